import { BUILT_IN_SCENARIOS, type BuiltInScenario } from "../assumptionTypes";
import { ModelError } from "../errors";
import type { Forecast } from "../forecast";
import { effectiveKey } from "../scenario";
import { VENDOR_LABELS } from "../vendorKeys";
import { FIRST_YEAR, yearIndex } from "../years";
import { absoluteAddress, cellAddress } from "./a1";
import { SheetCells, type LayoutSheet } from "./cells";
import { anchoredSeriesRows } from "./anchoredRows";
import { checkRows, derivedRows, seriesRows, type RowContext, type TimelineRow } from "./forecastRows";
import { INPUT_COLUMNS, scenarioHeaderRange, scenarioValueLookup, type InputRow } from "./inputsSheet";
import { LAYOUT_TEXT, SCENARIO_HEADERS, unitFormat, unitText } from "./layoutText";
import { inLanguage, type Language } from "../language";

export const FORECAST_SHEET = "Forecast";

/** Key | Label | Unit | Value (the scenario's assumptions only) | one column per year. */
export const FORECAST_COLUMNS = { key: 1, label: 2, unit: 3, value: 4, firstYear: 5 } as const;
const TITLE_ROW = 1;
const SELECTOR_ROW = 2;
const SCENARIO_COLUMN_ROW = 3;
const YEAR_ROW = 5;
const FIRST_SERIES_ROW = YEAR_ROW + 1;

export interface RowPlacement {
  readonly key: string;
  readonly row: number;
}

/** Where everything is on the Forecast sheet, for writers, the task pane and tests. */
export interface ForecastPlacement {
  /** The scenario selector (Bear/Base/Bull in the workbook's language): change it to switch scenarios. */
  readonly selector: string;
  /** `MATCH` of the selector in the Inputs header row: the column of the selected scenario. */
  readonly scenarioColumn: string;
  readonly yearRow: number;
  /** Every year column, FIRST_YEAR first; years before the first shown year are hidden, not absent. */
  readonly yearColumns: readonly { readonly year: number; readonly column: number }[];
  readonly seriesRows: readonly RowPlacement[];
  readonly checkRows: readonly RowPlacement[];
  /** The scenario's value of each Inputs row, then the derived constants, in the Value column. */
  readonly valueRows: readonly RowPlacement[];
  readonly derivedRows: readonly RowPlacement[];
}

export interface ForecastSheetOptions {
  readonly forecast: Forecast;
  readonly inputs: readonly InputRow[];
  readonly exported: BuiltInScenario;
  readonly from: number;
  readonly to: number;
  readonly language: Language;
}

function requireRecursionsStartInTimeline(context: RowContext): void {
  for (const { name, observed } of context.vendors) {
    for (const [metric, [, lastYear]] of observed) {
      if (lastYear < FIRST_YEAR) {
        throw new ModelError("outOfRange", {
          en: `${name} ${metric} is last observed in ${lastYear}; the model workbook's timeline starts in ${FIRST_YEAR}, so it needs an observation in ${FIRST_YEAR} or later.`,
          zh: `${name} 的${VENDOR_LABELS[metric].zh}最后一次观测在 ${lastYear} 年;模型工作簿的时间轴从 ${FIRST_YEAR} 年开始,因此需要 ${FIRST_YEAR} 年或之后的观测值。`,
        });
      }
    }
  }
}

export function forecastSheet(options: ForecastSheetOptions): {
  sheet: LayoutSheet;
  placement: ForecastPlacement;
} {
  const { forecast, inputs, exported, from, to, language } = options;
  const text = (words: { en: string; zh: string }): string => inLanguage(words, language);
  const cells = new SheetCells();
  const valueColumn = FORECAST_COLUMNS.value;

  // Every recursion starts in FIRST_YEAR, so the timeline does too; --from only hides earlier years.
  const yearColumns: { year: number; column: number }[] = [];
  for (let year = FIRST_YEAR; year <= to; year++) {
    yearColumns.push({ year, column: FORECAST_COLUMNS.firstYear + year - FIRST_YEAR });
  }

  // Rows, top to bottom: series, checks, then the scenario's assumptions and derived constants.
  const vendors = forecast.layout.vendors;
  const valueRowOf = new Map<string, number>();
  const refs = {
    input: (key: string): string => {
      const row = valueRowOf.get(effectiveKey(forecast.scenario, key));
      if (row === undefined) throw new Error(`layout bug: no Inputs row for ${key}`);
      return absoluteAddress(row, valueColumn);
    },
    derived: (key: string): string => {
      const row = valueRowOf.get(key);
      if (row === undefined) throw new Error(`layout bug: no derived row ${key}`);
      return absoluteAddress(row, valueColumn);
    },
  };
  const context: RowContext = { forecast, vendors, refs };
  requireRecursionsStartInTimeline(context);
  const series = anchoredSeriesRows(seriesRows(context), context);
  const checks = checkRows(context);
  const checksStart = FIRST_SERIES_ROW + series.length + 1;
  const valuesHeaderRow = checksStart + checks.length + 1;
  const timelineRowOf = new Map<string, number>();
  series.forEach((row, i) => timelineRowOf.set(row.key, FIRST_SERIES_ROW + i));
  checks.forEach((row, i) => timelineRowOf.set(row.key, checksStart + i));
  inputs.forEach((input, i) => valueRowOf.set(input.key, valuesHeaderRow + 1 + i));
  // Derived constants build their formulas at once, from the Inputs rows just placed.
  const derived = derivedRows(context);
  derived.forEach((row, i) => valueRowOf.set(row.key, valuesHeaderRow + 1 + inputs.length + i));

  // Title, scenario selector and the selector's column among the Inputs scenario columns.
  const selector = absoluteAddress(SELECTOR_ROW, valueColumn);
  cells.text(TITLE_ROW, FORECAST_COLUMNS.key, text(LAYOUT_TEXT.title), "title");
  cells.text(SELECTOR_ROW, FORECAST_COLUMNS.key, "scenario", "key");
  cells.text(SELECTOR_ROW, FORECAST_COLUMNS.label, text(LAYOUT_TEXT.scenario), "label");
  cells.put(SELECTOR_ROW, valueColumn, {
    value: text(SCENARIO_HEADERS[exported]),
    role: "selector",
    choices: BUILT_IN_SCENARIOS.map((s) => text(SCENARIO_HEADERS[s])),
  });
  cells.text(SCENARIO_COLUMN_ROW, FORECAST_COLUMNS.key, "scenario.column", "key");
  cells.text(SCENARIO_COLUMN_ROW, FORECAST_COLUMNS.label, text(LAYOUT_TEXT.scenarioColumn), "label");
  cells.put(SCENARIO_COLUMN_ROW, valueColumn, {
    formula: `MATCH(${selector},${scenarioHeaderRange()},0)`,
    cached: INPUT_COLUMNS[exported],
    numberFormat: "0",
    role: "calculation",
  });

  // The year row: the only typed-in numbers of the timeline.
  cells.text(YEAR_ROW, FORECAST_COLUMNS.key, text(LAYOUT_TEXT.key), "header");
  cells.text(YEAR_ROW, FORECAST_COLUMNS.label, text(LAYOUT_TEXT.series), "header");
  cells.text(YEAR_ROW, FORECAST_COLUMNS.unit, text(LAYOUT_TEXT.unit), "header");
  for (const { year, column } of yearColumns)
    cells.put(YEAR_ROW, column, { value: year, numberFormat: "0", role: "year" });

  const rowIn = (key: string): number => {
    const found = timelineRowOf.get(key);
    if (found === undefined) throw new Error(`layout bug: no timeline row ${key}`);
    return found;
  };
  const writeTimelineRow = (row: TimelineRow): void => {
    const rowNumber = rowIn(row.key);
    cells.text(rowNumber, FORECAST_COLUMNS.key, row.key, "key");
    cells.text(rowNumber, FORECAST_COLUMNS.label, text(row.label), "label");
    if (row.unit) cells.text(rowNumber, FORECAST_COLUMNS.unit, unitText(row.unit, language), "unit");
    for (const { year, column } of yearColumns) {
      cells.put(rowNumber, column, {
        formula: row.formula({
          year: cellAddress(YEAR_ROW, column, { absoluteRow: true }),
          yearValue: year,
          current: (key) => cellAddress(rowIn(key), column),
          previous: (key) => cellAddress(rowIn(key), column - 1),
        }),
        cached: row.cached(yearIndex(year)),
        // Checks keep the General format, so any difference shows at full size.
        ...(row.role === "check" ? {} : { numberFormat: unitFormat(row.unit ?? "ratio") }),
        role: row.role,
      });
    }
  };
  series.forEach(writeTimelineRow);
  cells.text(checksStart - 1, FORECAST_COLUMNS.label, text(LAYOUT_TEXT.checks), "header");
  checks.forEach(writeTimelineRow);

  // The selected scenario's assumptions, looked up by key, so switching the selector recalculates.
  cells.text(valuesHeaderRow, FORECAST_COLUMNS.key, text(LAYOUT_TEXT.key), "header");
  cells.text(valuesHeaderRow, FORECAST_COLUMNS.label, text(LAYOUT_TEXT.scenarioValues), "header");
  cells.text(valuesHeaderRow, FORECAST_COLUMNS.unit, text(LAYOUT_TEXT.unit), "header");
  cells.text(valuesHeaderRow, valueColumn, text(LAYOUT_TEXT.value), "header");
  const scenarioColumn = absoluteAddress(SCENARIO_COLUMN_ROW, valueColumn);
  for (const input of inputs) {
    const row = valueRowOf.get(input.key) ?? 0;
    cells.text(row, FORECAST_COLUMNS.key, input.key, "key");
    cells.text(row, FORECAST_COLUMNS.label, text(input.definition.label), "label");
    cells.text(row, FORECAST_COLUMNS.unit, unitText(input.definition.unit, language), "unit");
    cells.put(row, valueColumn, {
      formula: scenarioValueLookup(
        cellAddress(row, FORECAST_COLUMNS.key, { absoluteColumn: true }),
        scenarioColumn,
      ),
      cached: input.values[exported],
      numberFormat: unitFormat(input.definition.unit),
      role: "calculation",
    });
  }
  for (const row of derived) {
    const rowNumber = valueRowOf.get(row.key) ?? 0;
    cells.text(rowNumber, FORECAST_COLUMNS.key, row.key, "key");
    cells.text(rowNumber, FORECAST_COLUMNS.label, text(row.label), "label");
    cells.text(rowNumber, FORECAST_COLUMNS.unit, unitText(row.unit, language), "unit");
    cells.put(rowNumber, valueColumn, {
      formula: row.formula,
      cached: row.cached,
      numberFormat: unitFormat(row.unit),
      role: "calculation",
    });
  }

  const placement: ForecastPlacement = {
    selector: cellAddress(SELECTOR_ROW, valueColumn),
    scenarioColumn: cellAddress(SCENARIO_COLUMN_ROW, valueColumn),
    yearRow: YEAR_ROW,
    yearColumns,
    seriesRows: series.map((row) => ({ key: row.key, row: timelineRowOf.get(row.key) ?? 0 })),
    checkRows: checks.map((row) => ({ key: row.key, row: timelineRowOf.get(row.key) ?? 0 })),
    valueRows: inputs.map((input) => ({ key: input.key, row: valueRowOf.get(input.key) ?? 0 })),
    derivedRows: derived.map((row) => ({ key: row.key, row: valueRowOf.get(row.key) ?? 0 })),
  };
  const sheet: LayoutSheet = {
    name: FORECAST_SHEET,
    cells: cells.list(),
    columnWidths: [40, 52, 10, 12, ...yearColumns.map(() => 11)],
    hiddenColumns: yearColumns.filter(({ year }) => year < from).map(({ column }) => column),
    frozen: { rows: YEAR_ROW, columns: valueColumn },
  };
  return { sheet, placement };
}
