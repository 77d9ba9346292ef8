import type { SheetView } from "../../../src/taskpane/preview/memorySheets";
import type { ChartSpec } from "../../../src/workbook/chartSpec";
import { columnLetters, type FakeChart, type FakeSheet } from "../../office/fakeExcel";

/** Helpers of the tests that run the Office applier and the preview's on the same input and compare. */

export interface Written {
  readonly formula?: string;
  readonly value?: string | number | boolean;
}

/** Every non-empty cell Office.js wrote: a formula ("=…"), or a constant's value. */
export function excelCells(sheet: FakeSheet): Map<string, Written> {
  const cells = new Map<string, Written>();
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(",").map(Number);
    const address = `${columnLetters(column ?? 0)}${row}`;
    if (cell.formula !== undefined && cell.formula !== "") cells.set(address, { formula: cell.formula });
    else if (cell.value !== "") cells.set(address, { value: cell.value });
  }
  return cells;
}

/** The preview's cells in the same terms (its formulas keep their last value, compared separately). */
export function previewCells(sheet: SheetView): Map<string, Written> {
  const cells = new Map<string, Written>();
  for (const cell of sheet.cells) {
    if (cell.formula !== undefined) cells.set(cell.address, { formula: cell.formula });
    else if (cell.value !== "") cells.set(cell.address, { value: cell.value });
  }
  return cells;
}

export function sorted(cells: Map<string, Written>): [string, Written][] {
  return [...cells].sort(([a], [b]) => a.localeCompare(b));
}

/** What a chart shows, every option spelled out (Excel's defaults where the spec leaves one out). */
export interface ShownChart {
  readonly type: string;
  readonly seriesBy: string;
  readonly title: string;
  readonly series: readonly { name: string; values: string; categories: string | undefined }[];
  readonly position: readonly [string, string] | undefined;
  readonly valueAxisTitle: string;
  readonly reverseCategories: boolean;
  readonly overlap: number | undefined;
}

/**
 * office-addin-mock answers a property the code never set (nor loaded) with this text; for the
 * chart it stands for Excel's default (no axis title, categories in order).
 */
const NEVER_SET = "Error, property was not loaded";

function setText(text: string): string {
  return text === NEVER_SET ? "" : text;
}

/** A native chart as the fake recorded what Office.js did to it. */
export function excelChart(chart: FakeChart): ShownChart {
  return {
    type: chart.type,
    seriesBy: chart.seriesBy,
    title: chart.mock.title.text,
    series: chart.series.map(({ name, values, categories }) => ({ name, values, categories })),
    position: chart.position,
    valueAxisTitle: setText(chart.mock.axes.valueAxis.title.text),
    reverseCategories: chart.mock.axes.categoryAxis.reversePlotOrder === true,
    overlap: chart.series[0]?.overlap,
  };
}

/** A chart the preview lists, in the same terms. */
export function previewChart(spec: ChartSpec): ShownChart {
  return {
    type: spec.type,
    seriesBy: spec.seriesBy ?? "Rows",
    title: spec.title,
    series: spec.series.map(({ name, values }) => ({ name, values, categories: spec.categories })),
    position: [spec.topLeft, spec.bottomRight],
    valueAxisTitle: spec.valueAxisTitle ?? "",
    reverseCategories: spec.reverseCategories ?? false,
    overlap: spec.overlap,
  };
}
