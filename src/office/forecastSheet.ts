import {
  COVER_SHEET,
  FORECAST_SHEET,
  buildModelLayout,
  paneCover,
  type ModelLayout,
} from "../model/modelLayout";
import { inLanguage } from "../model/layout/layoutText";
import { cellAddress } from "../workbook/addresses";
import { addChart, type ChartSpec } from "./charts";
import {
  baseOverrides,
  marketByScenarioBlock,
  requireLookupPlacement,
  requireUsableInputs,
  withTableSelector,
  type ScenarioBlock,
} from "../workbook/forecastFormulas";
import { requireInputsTable } from "./inputsTableReader";
import { formatSheet, writeCells } from "./layoutSheetWriter";
import { applyPageLayout } from "./pageLayout";
import { uniqueSheetName } from "./sheetNames";
import { SHEET_TEXT } from "../workbook/sheetText";
import type { ForecastSheetOptions } from "../workbook/workbookOperations";
import { checkForecastYears } from "../workbook/editChecks";

/**
 * Insert forecast sheet: the model layout's Forecast sheet (years across, series down, one formula
 * per row, checks) written natively (its formulas read the inputs table by key), the market once
 * per scenario column below it, and three native charts; then the layout's cover sheet, first in
 * the workbook, reading that Forecast sheet. Both print as the exported workbook does (where the
 * host has ExcelApi 1.9). It works without the add-in: nothing in it calls a GOVCLOUD function.
 */

const CHART_ROWS = 18;

function yearSpan(layout: ModelLayout, row: number): string {
  const shown = layout.placement.yearColumns.filter(({ year }) => year >= layout.from);
  const first = shown[0]?.column ?? 1;
  const last = shown[shown.length - 1]?.column ?? first;
  return `${cellAddress(row, first)}:${cellAddress(row, last)}`;
}

function rowOf(layout: ModelLayout, key: string): number | undefined {
  return layout.placement.seriesRows.find((r) => r.key === key)?.row;
}

/** The three charts, stacked under the scenario block in the wide label columns A:B. */
function forecastCharts(layout: ModelLayout, block: ScenarioBlock, top: number): ChartSpec[] {
  const { language } = layout;
  const text = (words: { en: string; zh: string }): string => inLanguage(words, language);
  const categories = yearSpan(layout, layout.placement.yearRow);
  const at = (index: number) => ({
    topLeft: `A${top + index * (CHART_ROWS + 2)}`,
    bottomRight: `B${top + index * (CHART_ROWS + 2) + CHART_ROWS}`,
  });
  const series = (name: string, row: number) => ({ name, values: yearSpan(layout, row) });
  const vendorRows = layout.placement.seriesRows.filter(({ key }) => /^vendor\.[^.]+\.revenue$/.test(key));
  const marketRow = rowOf(layout, "market.gov");
  const spendRow = rowOf(layout, "city.spend");
  const charts: ChartSpec[] = [
    {
      type: "Line",
      title: text(SHEET_TEXT.marketByScenarioChart),
      categories,
      series: block.rows.map(({ label, row }) => series(label, row)),
      valueAxisTitle: text(SHEET_TEXT.money),
      ...at(0),
    },
    {
      type: "ColumnClustered",
      title: text(SHEET_TEXT.vendorRevenueChart),
      categories,
      series: vendorRows.map(({ key, row }) => series(key.split(".")[1] ?? key, row)),
      valueAxisTitle: text(SHEET_TEXT.money),
      ...at(1),
    },
  ];
  if (marketRow !== undefined && spendRow !== undefined) {
    charts.push({
      type: "Line",
      title: text(SHEET_TEXT.topDownBottomUpChart),
      categories,
      series: [series(text(SHEET_TEXT.topDown), marketRow), series(text(SHEET_TEXT.bottomUp), spendRow)],
      valueAxisTitle: text(SHEET_TEXT.money),
      ...at(2),
    });
  }
  return charts;
}

/** The cover, first in the workbook, its formulas reading the Forecast sheet `forecastName`. */
function insertCover(
  context: Excel.RequestContext,
  layout: ModelLayout,
  coverName: string,
  forecastName: string,
): void {
  const cover = paneCover(layout, forecastName);
  const sheet = context.workbook.worksheets.add(coverName);
  sheet.position = 0;
  writeCells(sheet, cover.cells);
  formatSheet(sheet, cover);
  if (cover.page) applyPageLayout(sheet, cover.page);
}

/** Whether the workbook has a sheet named Forecast (Excel compares sheet names case-insensitively). */
export async function hasForecastSheet(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(FORECAST_SHEET);
  sheet.load("isNullObject");
  await context.sync();
  return !sheet.isNullObject;
}

/** A formula that reads the sheet named Forecast (`Forecast!A1` or `'Forecast'!A1`, not `'Forecast (2)'!`). */
const READS_FORECAST = /(^|[^\p{L}\p{N}_.'])'?Forecast'?!/iu;

/**
 * Replace: deletes the Forecast sheet, and the Cover when its formulas read that Forecast sheet (a
 * sheet named Cover that does not is the user's, and stays). Deleting a worksheet deletes what is
 * on it, charts included (Worksheet.delete, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 */
async function deleteForecastSheet(context: Excel.RequestContext): Promise<void> {
  const forecast = context.workbook.worksheets.getItemOrNullObject(FORECAST_SHEET);
  const cover = context.workbook.worksheets.getItemOrNullObject(COVER_SHEET);
  forecast.load("isNullObject");
  cover.load("isNullObject");
  await context.sync();
  if (forecast.isNullObject) return;
  if (!cover.isNullObject) {
    const coverCells = cover.getUsedRangeOrNullObject();
    coverCells.load("isNullObject, formulas");
    await context.sync();
    const readsForecast =
      !coverCells.isNullObject &&
      coverCells.formulas.some((row) => row.some((cell) => READS_FORECAST.test(String(cell))));
    if (readsForecast) cover.delete();
  }
  forecast.delete();
  await context.sync();
}

/**
 * Returns the new sheet's name: "Forecast", or "Forecast (2)" when taken and `replace` is not set;
 * with `replace` the existing Forecast sheet (and its cover) is deleted first.
 */
export async function insertForecastSheet(
  context: Excel.RequestContext,
  options: ForecastSheetOptions,
): Promise<string> {
  checkForecastYears(options);
  const loaded = await requireInputsTable(context);
  const { box, reading } = loaded;
  requireLookupPlacement(box, reading);
  requireUsableInputs(reading);
  // Only once the inputs are known to be usable: a refused insertion deletes nothing.
  if (options.replace === true) await deleteForecastSheet(context);
  const layout = buildModelLayout({
    scenario: "base",
    overrides: baseOverrides(reading),
    from: options.from,
    to: options.to,
    language: options.language,
  });
  const lastRow = Math.max(...layout.forecast.cells.map((cell) => cell.row));
  const block = marketByScenarioBlock(layout, box, reading.columns.scenarios, lastRow + 2, layout.language);
  const coverName = await uniqueSheetName(context, COVER_SHEET);
  const name = await uniqueSheetName(context, layout.forecast.name);
  const sheet = context.workbook.worksheets.add(name);
  writeCells(sheet, [...withTableSelector(layout, reading, box), ...block.cells]);
  formatSheet(sheet, layout.forecast);
  const chartsTop = lastRow + 2 + block.rows.length + 3;
  for (const chart of forecastCharts(layout, block, chartsTop)) {
    if (chart.series.length > 0) addChart(sheet, chart);
  }
  if (layout.forecast.page) applyPageLayout(sheet, layout.forecast.page);
  insertCover(context, layout, coverName, name);
  sheet.activate();
  await context.sync();
  return name;
}
