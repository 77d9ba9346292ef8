import {
  COVER_SHEET,
  FORECAST_SHEET,
  buildModelLayout,
  paneCover,
  type LayoutCell,
  type LayoutSheet,
} from "../model/modelLayout";
import { absoluteAddress, onSheet } from "../model/layout/a1";
import type { PlacedInputsTable } from "./placedInputsTable";
export type { PlacedInputsTable } from "./placedInputsTable";
import { forecastSheetCharts } from "./chartsOnForecastSheet";
import {
  baseOverrides,
  marketByScenarioBlock,
  requireLookupPlacement,
  requireUsableInputs,
  withTableSelector,
} from "./forecastFormulas";
import type { PlannedSheet } from "./plannedSheet";
import { freeSheetName } from "./sheetNames";
import { checkForecastYears } from "./editChecks";
import type { ForecastSheetOptions } from "./workbookOperations";

/**
 * Insert forecast sheet, as a plan: the model layout's Forecast sheet (years across, series down,
 * one formula per row, checks; its formulas read the inputs table by key), the market once per
 * scenario column below it, three native charts, and the layout's cover sheet, first in the
 * workbook, reading that Forecast sheet. Every formula cell carries the engine's value. The Office
 * applier (src/office/forecastSheet.ts) and the browser preview (src/taskpane/preview/memorySheets.ts)
 * both carry it out, so the preview shows what Excel gets. Nothing in it calls a GOVCLOUD function:
 * the sheet works without the add-in.
 */

/** The workbook's sheets before the insertion. */
export interface ExistingSheets {
  /** Every sheet's name. */
  readonly names: readonly string[];
  /**
   * The formulas on the sheet named Cover (any case), when there is one; only read for `replace`,
   * to tell the add-in's cover (it reads the Forecast sheet) from a user's sheet of that name.
   */
  readonly coverFormulas?: readonly unknown[];
}

export type { PlannedSheet };

export interface ForecastSheetPlan {
  /** Sheets to delete first (replace): the Forecast sheet and the cover that reads it. */
  readonly deletes: readonly string[];
  readonly forecast: PlannedSheet;
  readonly cover: PlannedSheet;
}

/** A formula that reads the sheet named Forecast (`Forecast!A1` or `'Forecast'!A1`, not `'Forecast (2)'!`). */
const READS_FORECAST = /(^|[^\p{L}\p{N}_.'])'?Forecast'?!/iu;

/** Blank rows between the model and the block of markets by scenario, and between that block and the charts. */
const BLOCK_GAP = 2;
const CHARTS_GAP = 3;

/** Excel compares sheet names case-insensitively. */
function findSheet(names: readonly string[], name: string): string | undefined {
  return names.find((sheet) => sheet.toLowerCase() === name.toLowerCase());
}

/**
 * Replace deletes the Forecast sheet, and the Cover when its formulas read that Forecast sheet (a
 * sheet named Cover that does not is the user's, and stays).
 */
function replacedSheets(options: ForecastSheetOptions, existing: ExistingSheets): string[] {
  if (options.replace !== true) return [];
  const forecast = findSheet(existing.names, FORECAST_SHEET);
  if (forecast === undefined) return [];
  const cover = findSheet(existing.names, COVER_SHEET);
  const readsForecast = (existing.coverFormulas ?? []).some((formula) =>
    READS_FORECAST.test(String(formula)),
  );
  return cover !== undefined && readsForecast ? [cover, forecast] : [forecast];
}

/**
 * The cover, named `name`, its cell that shows the Forecast sheet's selector caching the selector's
 * value: the table's own header word ("基准" in a Chinese table), which is what Excel will show there.
 */
function coverShowingSelector(
  cover: LayoutSheet,
  name: string,
  forecastCells: readonly LayoutCell[],
  forecastName: string,
): LayoutSheet {
  const selector = forecastCells.find((cell) => cell.role === "selector");
  if (selector?.value === undefined) return { ...cover, name };
  const reference = onSheet(forecastName, absoluteAddress(selector.row, selector.column));
  const cells = cover.cells.map((cell) =>
    cell.formula === reference ? { ...cell, cached: selector.value } : cell,
  );
  return { ...cover, name, cells };
}

/**
 * Everything Insert forecast sheet writes, or a WorkbookError that says what to fix first (then
 * nothing is deleted or added): the table must be where the layout's lookups look and free of the
 * problems its formulas would inherit, and the years must make a timeline.
 */
export function planForecastSheet(
  table: PlacedInputsTable,
  options: ForecastSheetOptions,
  existing: ExistingSheets,
): ForecastSheetPlan {
  const { box, reading } = table;
  requireLookupPlacement(box, reading);
  requireUsableInputs(reading);
  const { from, to } = checkForecastYears(options);
  const layout = buildModelLayout({
    scenario: "base",
    overrides: baseOverrides(reading),
    from,
    to,
    language: options.language,
  });
  const deletes = replacedSheets(options, existing);
  const remaining = existing.names.filter((name) => !deletes.includes(name));
  const forecastName = freeSheetName(layout.forecast.name, remaining);
  const coverName = freeSheetName(COVER_SHEET, [...remaining, forecastName]);

  const lastRow = Math.max(...layout.forecast.cells.map((cell) => cell.row));
  const block = marketByScenarioBlock(layout, box, reading, lastRow + BLOCK_GAP, layout.language);
  const chartsTop = lastRow + BLOCK_GAP + block.rows.length + CHARTS_GAP;
  const forecastCells = [...withTableSelector(layout, reading, box), ...block.cells];
  return {
    deletes,
    forecast: {
      sheet: {
        ...layout.forecast,
        name: forecastName,
        cells: forecastCells,
      },
      charts: forecastSheetCharts(layout, block, chartsTop),
      position: "last",
    },
    cover: {
      sheet: coverShowingSelector(paneCover(layout, forecastName), coverName, forecastCells, forecastName),
      charts: [],
      position: "first",
    },
  };
}
