import type { LayoutSheet } from "../model/modelLayout";

/**
 * Row heights for rows with wrapped text. A file's rows carry no height unless written, and
 * LibreOffice does not re-measure them on opening an .xlsx, so wrapped lines would print on top of
 * each other: the writer sets each such row tall enough for its longest cell, estimated from the
 * text (a CJK character is about two character widths, others about one).
 */

/** Points per line of the default 11 pt font, as Excel's default row height. */
export const LINE_HEIGHT = 15;

/** Width of `text` in character widths of the default font. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(character) ? 2 : 1;
  return width;
}

/** Lines `text` takes wrapped in a column `columnWidth` characters wide (one padding character). */
export function wrappedLines(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1);
  return text
    .split("\n")
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(textWidth(paragraph) / usable)), 0);
}

/** Row number → height in points, for the rows of `layout` whose wrapped cells need more than one line. */
export function wrappedRowHeights(layout: LayoutSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const wrapped = new Set(layout.wrappedColumns ?? []);
  for (const cell of layout.cells) {
    if (!wrapped.has(cell.column) || typeof cell.value !== "string") continue;
    const lines = wrappedLines(cell.value, layout.columnWidths[cell.column - 1] ?? 10);
    if (lines > 1) heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, lines * LINE_HEIGHT));
  }
  return heights;
}
