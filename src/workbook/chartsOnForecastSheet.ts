import type { ModelLayout } from "../model/modelLayout";
import { inLanguage } from "../model/layout/layoutText";
import { cellAddress } from "./addresses";
import type { ChartSpec } from "./chartSpec";
import type { ScenarioBlock } from "./forecastFormulas";
import { SHEET_TEXT } from "./sheetText";

/** Rows each chart spans; two blank rows separate the charts. */
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

/**
 * The Forecast sheet's three charts over the years shown, stacked from row `top` in the wide label
 * columns A:B: the market per scenario column (the block below the model), vendor revenue, and the
 * top-down market against bottom-up city spend. A chart with no series is left out (a chart needs
 * one to be created).
 */
export function forecastSheetCharts(layout: ModelLayout, block: ScenarioBlock, top: number): ChartSpec[] {
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
  return charts.filter((chart) => chart.series.length > 0);
}
