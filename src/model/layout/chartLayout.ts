import type { Forecast } from "../forecast";
import { yearIndex } from "../years";
import { absoluteAddress, onSheet } from "./a1";
import type { ForecastPlacement } from "./forecastSheet";
import { inLanguage, type Bilingual, type LayoutLanguage } from "./layoutText";

/**
 * The exported workbook's charts as data: the gov-cloud and total market, vendor revenue, and
 * top-down vs bottom-up, each series a row of the Forecast sheet over the years shown, so a chart
 * follows a changed input or scenario once the workbook recalculates. The task pane draws the
 * last two alike (src/workbook/chartsOnForecastSheet.ts); its first chart shows the market per scenario
 * column, rows only the pane's sheet has. The command line writes these as DrawingML
 * (src/cli/xlsxCharts.ts); exceljs has no charts.
 */

export type ChartKind = "line" | "column";

export interface ChartSeriesLayout {
  /** The series name: a label cell of the Forecast sheet, e.g. "Forecast!$B$6". */
  readonly nameReference: string;
  readonly name: string;
  /** The values: one Forecast row over the years shown, e.g. "Forecast!$G$6:$R$6". */
  readonly values: string;
  /** The engine's numbers for `values`, written as the chart's cache. */
  readonly cached: readonly number[];
}

/** A cell corner plus an offset into that column, in characters of the default font. */
export interface ChartCorner {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly columnOffset: number;
}

export interface ChartLayout {
  /** The sheet the chart is drawn on. */
  readonly sheet: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly valueAxisTitle: string;
  /** The Forecast year headers over the years shown, e.g. "Forecast!$G$5:$R$5". */
  readonly categories: string;
  readonly years: readonly number[];
  readonly series: readonly ChartSeriesLayout[];
  readonly from: ChartCorner;
  readonly to: ChartCorner;
  /** Number format of the value axis. */
  readonly valueFormat: string;
}

export const CHART_TEXT = {
  market: { en: "Gov-cloud and total cloud market", zh: "政务云与云计算市场总规模" },
  vendorRevenue: { en: "Vendor cloud revenue", zh: "厂商云收入" },
  topDownBottomUp: {
    en: "Top-down market vs bottom-up city spend",
    zh: "自上而下市场规模与自下而上城市支出",
  },
  money: { en: "亿 CNY", zh: "亿元" },
} as const satisfies Record<string, Bilingual>;

export interface ChartArea {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  /** Column widths of the sheet the charts are drawn on (characters), column A first. */
  readonly columnWidths: readonly number[];
  /** How many of those columns the charts share, side by side. */
  readonly columns: number;
}

/** Where a horizontal position (characters from the left edge) falls: a column and an offset into it. */
export function cornerAt(row: number, columnWidths: readonly number[], position: number): ChartCorner {
  let left = 0;
  for (let i = 0; i < columnWidths.length; i++) {
    const width = columnWidths[i] ?? 0;
    if (position < left + width || i === columnWidths.length - 1) {
      return { row, column: i + 1, columnOffset: Math.min(position - left, width) };
    }
    left += width;
  }
  return { row, column: 1, columnOffset: 0 };
}

export interface ChartLayoutOptions {
  readonly forecast: Forecast;
  readonly placement: ForecastPlacement;
  readonly forecastSheet: string;
  readonly from: number;
  readonly language: LayoutLanguage;
  readonly area: ChartArea;
}

/** The three charts, side by side across `area`. Rows without values (no vendor) drop their chart. */
export function forecastCharts(options: ChartLayoutOptions): ChartLayout[] {
  const { forecast, placement, forecastSheet, from, language, area } = options;
  const text = (words: Bilingual): string => inLanguage(words, language);
  const shown = placement.yearColumns.filter(({ year }) => year >= from);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return [];
  const span = (row: number): string =>
    onSheet(forecastSheet, `${absoluteAddress(row, first.column)}:${absoluteAddress(row, last.column)}`);
  const rowOf = new Map(placement.seriesRows.map(({ key, row }) => [key, row]));
  const series = (key: string): ChartSeriesLayout | undefined => {
    const row = rowOf.get(key);
    if (row === undefined) return undefined;
    const values = forecast.values(key);
    return {
      nameReference: onSheet(forecastSheet, absoluteAddress(row, 2)),
      name: inLanguage(forecast.info(key).label, language),
      values: span(row),
      cached: shown.map(({ year }) => values[yearIndex(year)] ?? Number.NaN),
    };
  };
  const defined = (keys: readonly string[]): ChartSeriesLayout[] =>
    keys.map(series).filter((s): s is ChartSeriesLayout => s !== undefined);
  const vendorRevenue = placement.seriesRows
    .map(({ key }) => key)
    .filter((key) => /^vendor\.[^.]+\.revenue$/.test(key));
  const specs: { kind: ChartKind; title: Bilingual; series: ChartSeriesLayout[] }[] = [
    { kind: "line", title: CHART_TEXT.market, series: defined(["market.gov", "market.total"]) },
    { kind: "column", title: CHART_TEXT.vendorRevenue, series: defined(vendorRevenue) },
    { kind: "line", title: CHART_TEXT.topDownBottomUp, series: defined(["market.gov", "city.spend"]) },
  ];
  const total = area.columnWidths.slice(0, area.columns).reduce((sum, width) => sum + width, 0);
  const gap = 1;
  const width = (total - gap * (specs.length - 1)) / specs.length;
  return specs
    .filter((spec) => spec.series.length > 0)
    .map((spec, i) => ({
      sheet: area.sheet,
      kind: spec.kind,
      title: text(spec.title),
      valueAxisTitle: text(CHART_TEXT.money),
      categories: span(placement.yearRow),
      years: shown.map(({ year }) => year),
      series: spec.series,
      from: cornerAt(area.top, area.columnWidths, i * (width + gap)),
      to: cornerAt(area.bottom, area.columnWidths, i * (width + gap) + width),
      valueFormat: "#,##0",
    }));
}
