import type { ChartSpec } from "../workbook/chartSpec";

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
  chart.setPosition(spec.topLeft, spec.bottomRight);
  return chart;
}
