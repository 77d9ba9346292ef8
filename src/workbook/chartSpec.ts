/**
 * A native chart over cells of one sheet, as data: Office.js draws it (src/office/charts.ts) and the
 * browser preview lists it, from the same spec.
 */
export interface ChartSeriesSpec {
  readonly name: string;
  /** A1 address on the chart's sheet: one row (or column) of values. */
  readonly values: string;
}

export interface ChartSpec {
  readonly type: "Line" | "ColumnClustered" | "BarClustered";
  readonly title: string;
  /** A1 address of the category labels (the years, or the tornado's assumptions). */
  readonly categories: string;
  readonly series: readonly ChartSeriesSpec[];
  /** Cells the chart spans. */
  readonly topLeft: string;
  readonly bottomRight: string;
  readonly valueAxisTitle?: string;
  /** Whether each series is a row (the default: years across) or a column (the tornado's). */
  readonly seriesBy?: "Rows" | "Columns";
  /**
   * Draw the categories in reverse order. A bar chart draws its first category at the bottom; the
   * tornado lists the largest swing first and wants it on top.
   */
  readonly reverseCategories?: boolean;
  /**
   * How far the bars of one category overlap, -100 to 100 (Excel's ChartSeries.overlap): 100 puts
   * the tornado's low and high bars on one line. An Excel without ExcelApi 1.8 draws them side by side.
   */
  readonly overlap?: number;
}
