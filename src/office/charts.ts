import type { ChartSpec } from "../workbook/chartSpec";
import { supportsApiSet } from "./requirements";

/**
 * Native Excel charts over cells of one sheet (ExcelApi 1.7 for series), so they keep working, and
 * follow the formulas, without the add-in.
 */
/**
 * Creates the chart from its first series, then adds the others one by one: the series are rows
 * that need not be adjacent (the Forecast sheet's market and city rows are apart). The caller syncs.
 */
export function addChart(sheet: Excel.Worksheet, spec: ChartSpec): Excel.Chart {
  const [first, ...others] = spec.series;
  if (!first) throw new Error(`The chart "${spec.title}" has no data to show.`);
  const chart = sheet.charts.add(spec.type, sheet.getRange(first.values), spec.seriesBy ?? "Rows");
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  const categories = sheet.getRange(spec.categories);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const other of others) {
    const series = chart.series.add(other.name);
    series.setValues(sheet.getRange(other.values));
    series.setXAxisValues(categories);
  }
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  if (spec.reverseCategories === true) chart.axes.categoryAxis.reversePlotOrder = true;
  // ChartSeries.overlap ("how bars and columns are positioned", -100 to 100) is ExcelApi 1.8
  // (https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-overlap-member);
  // without it the bars of a category stand side by side instead of on one line. Excel keeps overlap
  // per group of bars (VBA ChartGroup.Overlap, https://learn.microsoft.com/office/vba/api/excel.overlap),
  // so the first series' setting holds for the others.
  if (spec.overlap !== undefined && supportsApiSet("ExcelApi", "1.8")) {
    firstSeries.overlap = spec.overlap;
  }
  chart.setPosition(spec.topLeft, spec.bottomRight);
  return chart;
}
