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
}
