import { inLanguage, type Language } from "../model/language";
import { boxAddress } from "./addresses";
import type { ChartSpec } from "./chartSpec";
import type { PlannedSheet } from "./plannedSheet";
import { PERCENTILE_HEADER_ROW, riskLayout, RISK_SHEET, type RiskLayout } from "./riskSheetLayout";
import { freeSheetName } from "./sheetNames";
import { SHEET_TEXT, sheetText } from "./sheetText";
import type { RiskSheetData } from "./workbookOperations";

/**
 * Write risk sheet, as a plan: the risk layout's cells on a sheet of its own under a free name, with
 * a fan chart of P10/P50/P90 over the years and a tornado bar chart, largest swing on top. The Office
 * applier (src/office/riskSheet.ts) and the browser preview (src/taskpane/preview/memorySheets.ts)
 * both carry it out.
 */

/** Rows each chart spans; a blank row or two separates the charts from the tables and each other. */
const CHART_ROWS = 18;
const CHART_GAP = 2;

/** Widths in characters: the labels, the facts' values (and keys), then one column a year. */
function columnWidths(data: RiskSheetData): number[] {
  return [44, 30, ...data.years.map(() => 12)];
}

function fanChart(data: RiskSheetData, layout: RiskLayout, language: Language, top: number): ChartSpec {
  const span = (row: number): string =>
    boxAddress({ top: row, bottom: row, left: 2, right: 1 + data.years.length });
  return {
    type: "Line",
    title: sheetText(SHEET_TEXT.fanChart, language, { series: data.series }),
    categories: span(PERCENTILE_HEADER_ROW),
    series: layout.percentileRows.map(({ name, row }) => ({ name, values: span(row) })),
    topLeft: `A${top}`,
    bottomRight: `B${top + CHART_ROWS}`,
  };
}

/** One bar line per assumption: its result at the low and at the high end (or their swings from base). */
function tornadoChart(data: RiskSheetData, layout: RiskLayout, language: Language, top: number): ChartSpec {
  const { tornadoFirstRow: first, tornadoLastRow: last, tornadoColumns } = layout;
  const column = (c: number): string => boxAddress({ top: first, bottom: last, left: c, right: c });
  return {
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
    // Bar charts draw the first category at the bottom: reversed, the largest swing is on top.
    reverseCategories: true,
    // Low and high of one assumption on one line.
    overlap: 100,
  };
}

/**
 * The risk sheet, named "GovCloud Risk" or the first free "GovCloud Risk (n)" among
 * `existingSheetNames` (compared case-insensitively, as Excel does). A chart with nothing to show
 * (no years, no tornado entries) is left out: a chart needs a series to be created.
 */
export function planRiskSheet(
  data: RiskSheetData,
  language: Language,
  existingSheetNames: readonly string[],
): PlannedSheet {
  const layout = riskLayout(data, language);
  const charts: ChartSpec[] = [];
  const chartTop = layout.lastRow + CHART_GAP;
  if (data.years.length > 0) charts.push(fanChart(data, layout, language, chartTop));
  if (data.tornado.length > 0) {
    const top = chartTop + (charts.length > 0 ? CHART_ROWS + CHART_GAP : 0);
    charts.push(tornadoChart(data, layout, language, top));
  }
  return {
    sheet: {
      name: freeSheetName(RISK_SHEET, existingSheetNames),
      cells: layout.cells,
      columnWidths: columnWidths(data),
      hiddenColumns: [],
      frozen: { rows: 0, columns: 1 },
    },
    charts,
    position: "last",
  };
}
