import { boxAddress } from "../workbook/addresses";
import { PERCENTILE_HEADER_ROW, riskLayout, RISK_SHEET } from "../workbook/riskSheetLayout";
import { SHEET_TEXT, sheetText } from "../workbook/sheetText";
import type { RiskSheetData } from "../workbook/workbookOperations";
import { inLanguage, type Language } from "../model/language";
import { addChart } from "./charts";
import { formatSheet, writeCells } from "./layoutSheetWriter";
import { supportsApiSet } from "./requirements";
import { uniqueSheetName } from "./sheetNames";
const CHART_ROWS = 18;

/** Writes the risk sheet with its two charts; returns the sheet's name. */
export async function writeRiskSheet(
  context: Excel.RequestContext,
  data: RiskSheetData,
  language: Language,
): Promise<string> {
  const layout = riskLayout(data, language);
  const name = await uniqueSheetName(context, RISK_SHEET);
  const sheet = context.workbook.worksheets.add(name);
  writeCells(sheet, layout.cells);
  formatSheet(sheet, {
    columnWidths: [44, 30, ...data.years.map(() => 12)],
    hiddenColumns: [],
    frozen: { rows: 0, columns: 1 },
  });
  const chartTop = layout.lastRow + 2;
  if (data.years.length > 0) {
    const yearsRow = PERCENTILE_HEADER_ROW;
    const span = (row: number): string =>
      boxAddress({ top: row, bottom: row, left: 2, right: 1 + data.years.length });
    addChart(sheet, {
      type: "Line",
      title: sheetText(SHEET_TEXT.fanChart, language, { series: data.series }),
      categories: span(yearsRow),
      series: layout.percentileRows.map(({ name: seriesName, row }) => ({
        name: seriesName,
        values: span(row),
      })),
      topLeft: `A${chartTop}`,
      bottomRight: `B${chartTop + CHART_ROWS}`,
    });
  }
  if (data.tornado.length > 0) {
    const { tornadoFirstRow: first, tornadoLastRow: last, tornadoColumns } = layout;
    const column = (c: number): string => boxAddress({ top: first, bottom: last, left: c, right: c });
    const top = chartTop + (data.years.length > 0 ? CHART_ROWS + 2 : 0);
    const chart = addChart(sheet, {
      type: "BarClustered",
      seriesBy: "Columns",
      title: sheetText(SHEET_TEXT.tornadoChart, language, { series: data.series, year: data.year }),
      categories: column(1),
      series: [
        { name: inLanguage(SHEET_TEXT.resultAtLow, language), values: column(tornadoColumns[0]) },
        { name: inLanguage(SHEET_TEXT.resultAtHigh, language), values: column(tornadoColumns[1]) },
      ],
      topLeft: `A${top}`,
      bottomRight: `B${top + CHART_ROWS}`,
    });
    // Largest swing on top (bar charts draw the first category at the bottom), low and high on one bar line.
    chart.axes.categoryAxis.reversePlotOrder = true;
    // ExcelApi 1.8; without it the two bars of an assumption stand side by side instead of on one line.
    if (supportsApiSet("ExcelApi", "1.8")) chart.series.getItemAt(0).overlap = 100;
  }
  sheet.activate();
  await context.sync();
  return name;
}
