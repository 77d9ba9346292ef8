import type { BuiltInScenario } from "../model/assumptionTypes";
import { numberFromCell } from "../model/cellValues";
import { compileForecast } from "../model/forecast";
import {
  BUILT_IN_SCENARIO_NAMES,
  blockingProblems,
  type InputsTableReading,
  type ScenarioColumn,
} from "../model/inputsTable";
import { FORECAST_COLUMNS, INPUTS_SHEET, type LayoutCell, type ModelLayout } from "../model/modelLayout";
import { absoluteAddress, cellAddress, onSheet } from "../model/layout/a1";
import { seriesRows } from "../model/layout/forecastRows";
import { LOOKUP_LAST_COLUMN, scenarioHeaderRange, scenarioValueLookup } from "../model/layout/inputsSheet";
import { inLanguage, unitFormat, unitText, type LayoutLanguage } from "../model/layout/layoutText";
import { isModelError } from "../model/errors";
import { createScenario, effectiveKey, type AssumptionOverride } from "../model/scenario";
import { yearIndex } from "../model/years";
import { CORE_SERIES_INFO } from "../model/series";
import { columnNumber, type RangeBox } from "./addresses";
import { SHEET_TEXT } from "./sheetText";
import { WorkbookError } from "./workbookErrors";

/**
 * Pure glue between the model layout and the workbook's inputs table. The layout's Forecast sheet
 * looks assumptions up by key in the Key column (A) of the inputs sheet and finds the scenario
 * column by its header in row 1, so its formulas are written unchanged; this module checks the
 * table is where those lookups look, and adds what only the pane's table has: custom scenarios.
 */

/** The last column the layout's lookups reach ("AZ" in `'GovCloud Inputs'!$A:$AZ`). */
function lookupLastColumn(): number {
  return columnNumber(LOOKUP_LAST_COLUMN);
}

/** The layout's lookups need the table at A1 of its sheet with Key first and every scenario in reach. */
export function requireLookupPlacement(box: RangeBox, reading: InputsTableReading): void {
  const last = Math.max(...reading.columns.scenarios.map((s) => box.left + s.index));
  if (box.sheet !== INPUTS_SHEET || box.top !== 1 || box.left !== 1 || reading.columns.fixed.key !== 0) {
    throw new WorkbookError({
      en: `The Forecast sheet looks assumptions up by key in column A of "${INPUTS_SHEET}", with the headers in row 1: move the inputs table back to A1 with Key as its first column, then insert the sheet again.`,
      zh: `预测工作表按键在“${INPUTS_SHEET}”的 A 列中查找假设,标题位于第 1 行:请把输入表移回 A1 并以“键”为第一列,然后重新插入工作表。`,
    });
  }
  if (last > lookupLastColumn()) {
    throw new WorkbookError({
      en: "The inputs table has more scenario columns than the Forecast sheet's lookups reach: delete a custom scenario, then insert the sheet again.",
      zh: "输入表的情景列超出了预测工作表查找的范围:请删除一个自定义情景,然后重新插入工作表。",
    });
  }
}

/** The forecast would inherit these problems (a #VALUE!, a wrong row), so they are fixed first. */
export function requireUsableInputs(reading: InputsTableReading): void {
  // The reader's forecastSheet policy, and its message: the one GOVCLOUD.SIMULATE and the pane give.
  // Both appliers read the table in the pane's language (ForecastSheetOptions.language), so this
  // message is the one the pane's problem list shows; SIMULATE, which has no pane, gives it in the
  // table's own language.
  const [first] = blockingProblems(reading, "forecastSheet");
  if (first) throw new WorkbookError({ en: first.message, zh: first.message });
}

/** One scenario column of the table as overrides of built-in base: what the formulas reading that column compute. */
export function columnOverrides(reading: InputsTableReading, scenario: string): AssumptionOverride[] {
  return reading.rows.map((row) => ({
    key: row.key,
    value: numberFromCell(row.values[scenario], {
      en: `${row.key} (${scenario})`,
      zh: `${row.key}(${scenario})`,
    }),
    where: { en: ` (${row.address})`, zh: `(${row.address})` },
  }));
}

/** The Base column as overrides of built-in base: the layout's cached values and its user vendors come from it. */
export function baseOverrides(reading: InputsTableReading): AssumptionOverride[] {
  return columnOverrides(reading, BUILT_IN_SCENARIO_NAMES.base);
}

/**
 * The engine's gov-cloud market for one scenario column, by year index: the cached values of that
 * column's market row. Undefined when the engine refuses the column (a rule the table's reading does
 * not check): Excel computes the row anyway, there is just no value to cache.
 */
function marketOfColumn(
  reading: InputsTableReading,
  scenario: ScenarioColumn,
): ArrayLike<number> | undefined {
  try {
    return compileForecast(createScenario("base", columnOverrides(reading, scenario.name))).values(
      "market.gov",
    );
  } catch (error) {
    if (isModelError(error)) return undefined;
    throw error;
  }
}

function builtInHeader(reading: InputsTableReading, scenario: BuiltInScenario): string {
  return (
    reading.columns.scenarios.find((s) => s.builtIn === scenario)?.header ?? BUILT_IN_SCENARIO_NAMES[scenario]
  );
}

/**
 * The selector is matched against the table's header row, which may be in the other language and
 * hold custom scenarios: it offers exactly the table's scenario headers. Its drop-down points at those
 * header cells rather than listing them, so it follows renames and never meets Excel's 255-character
 * cap on a comma-joined list however many scenarios the user adds. The scenario columns are adjacent
 * (Bear, Base, Bull, then custom ones), so one range holds them.
 */
export function withTableSelector(
  layout: ModelLayout,
  reading: InputsTableReading,
  box: RangeBox,
): LayoutCell[] {
  const selector = layout.placement.selector;
  const indexes = reading.columns.scenarios.map((s) => s.index);
  const adjacent = indexes.every((index, i) => i === 0 || index === (indexes[i - 1] ?? 0) + 1);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  const choicesSource =
    adjacent && first !== undefined && last !== undefined
      ? onSheet(
          box.sheet,
          `${absoluteAddress(box.top, box.left + first)}:${absoluteAddress(box.top, box.left + last)}`,
        )
      : undefined;
  return layout.forecast.cells.map((cell) =>
    cell.address === selector
      ? {
          ...cell,
          value: builtInHeader(reading, layout.exported),
          choices: reading.columns.scenarios.map((s) => s.header),
          ...(choicesSource ? { choicesSource } : {}),
        }
      : cell,
  );
}

export interface ScenarioBlock {
  readonly cells: LayoutCell[];
  /** The sheet row of each scenario's market row. */
  readonly rows: readonly { readonly name: string; readonly label: string; readonly row: number }[];
}

function layoutCell(
  row: number,
  column: number,
  content: Omit<LayoutCell, "address" | "row" | "column">,
): LayoutCell {
  return { address: cellAddress(row, column), row, column, ...content };
}

/**
 * The gov-cloud market once per scenario column, below the model: the layout's own `market.gov`
 * formula (forecastRows.ts) reading every assumption through the layout's lookup, by key from the
 * Forecast sheet's key cells, in the column found by matching that scenario's header cell of the
 * inputs table. So every scenario, custom ones included, is charted with native formulas that
 * follow header renames and sorted rows. Each formula carries the engine's value for that column.
 */
export function marketByScenarioBlock(
  layout: ModelLayout,
  box: RangeBox,
  reading: InputsTableReading,
  firstRow: number,
  language: LayoutLanguage,
): ScenarioBlock {
  const scenarios = reading.columns.scenarios;
  const forecast = compileForecast(layout.scenario);
  const info = CORE_SERIES_INFO["market.gov"];
  const { key: keyColumn, label: labelColumn, unit: unitColumn, value: valueColumn } = FORECAST_COLUMNS;
  const keyRowOf = new Map(layout.placement.valueRows.map(({ key, row }) => [key, row]));
  const cells: LayoutCell[] = [
    layoutCell(firstRow, labelColumn, {
      value: inLanguage(SHEET_TEXT.marketByScenario, language),
      role: "header",
    }),
  ];
  const rows = scenarios.map((scenario, index) => {
    const row = firstRow + 1 + index;
    const columnCell = absoluteAddress(row, valueColumn);
    const refs = {
      input: (key: string): string => {
        const keyRow = keyRowOf.get(effectiveKey(layout.scenario, key));
        if (keyRow === undefined) throw new Error(`layout bug: no value row for ${key}`);
        return scenarioValueLookup(absoluteAddress(keyRow, keyColumn), columnCell);
      },
      derived: (key: string): string => {
        throw new Error(`layout bug: the market row reads the derived constant ${key}`);
      },
    };
    const market = seriesRows({ forecast, vendors: forecast.layout.vendors, refs }).find(
      (r) => r.key === info.key,
    );
    if (!market) throw new Error("layout bug: no market.gov row");
    const own = (key: string, column: number): string => {
      if (key !== info.key) throw new Error(`layout bug: the market row reads ${key}`);
      return cellAddress(row, column);
    };
    const header = onSheet(box.sheet, absoluteAddress(box.top, box.left + scenario.index));
    cells.push(
      layoutCell(row, keyColumn, { value: info.key, role: "key" }),
      layoutCell(row, labelColumn, {
        value: `${inLanguage(info.label, language)}: ${scenario.header}`,
        role: "label",
      }),
      layoutCell(row, unitColumn, { value: unitText(info.unit, language), role: "unit" }),
      // The scenario's column among the inputs columns, as the layout's own scenario.column cell.
      layoutCell(row, valueColumn, {
        formula: `MATCH(${header},${scenarioHeaderRange()},0)`,
        cached: box.left + scenario.index,
        numberFormat: "0",
        role: "calculation",
      }),
    );
    const values = marketOfColumn(reading, scenario);
    for (const { column, year } of layout.placement.yearColumns) {
      const cached = values?.[yearIndex(year)];
      cells.push(
        layoutCell(row, column, {
          formula: market.formula({
            year: cellAddress(layout.placement.yearRow, column, { absoluteRow: true }),
            current: (key) => own(key, column),
            previous: (key) => own(key, column - 1),
          }),
          ...(cached !== undefined ? { cached } : {}),
          numberFormat: unitFormat(info.unit),
          role: "calculation",
        }),
      );
    }
    return { name: scenario.name, label: scenario.header, row };
  });
  return { cells, rows };
}
