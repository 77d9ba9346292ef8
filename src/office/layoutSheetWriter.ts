import type { CellRole, LayoutCell, LayoutSheet } from "../model/modelLayout";
import { boxAddress, wholeColumns } from "../workbook/addresses";
import { INPUT_FILL, INPUT_FONT, characterWidth } from "./inputsFormatting";
import { literalCell } from "../model/textCell";
import { supportsApiSet } from "./requirements";
import { listSource } from "../workbook/listValidation";

/**
 * Writes model-layout cells (src/model/layout/cells.ts) with Office.js: one `formulas` and one
 * `numberFormat` assignment for the cells' bounding rectangle, then a range per run of equally
 * styled cells. Nothing here syncs; the caller does, once.
 */

interface RoleStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fill?: string;
  readonly font?: string;
}

/** FAST: inputs (the selector) stand out, checks are visibly separate, calculations stay plain. */
const ROLE_STYLES: Partial<Record<CellRole, RoleStyle>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "#D9E1F2" },
  year: { bold: true, fill: "#D9E1F2" },
  key: { font: "#7F7F7F" },
  unit: { italic: true },
  selector: { bold: true, fill: INPUT_FILL, font: INPUT_FONT },
  input: { fill: INPUT_FILL, font: INPUT_FONT },
  check: { fill: "#E2EFDA" },
};

/** Runs of adjacent cells in a row with the same role, as A1 ranges. */
function styleRuns(cells: readonly LayoutCell[]): { role: CellRole; address: string }[] {
  const runs: { role: CellRole; row: number; left: number; right: number }[] = [];
  for (const cell of [...cells].sort((a, b) => a.row - b.row || a.column - b.column)) {
    const last = runs[runs.length - 1];
    if (last && last.role === cell.role && last.row === cell.row && last.right === cell.column - 1) {
      last.right = cell.column;
    } else {
      runs.push({ role: cell.role, row: cell.row, left: cell.column, right: cell.column });
    }
  }
  return runs.map(({ role, row, left, right }) => ({
    role,
    address: boxAddress({ top: row, bottom: row, left, right }),
  }));
}

function applyStyle(range: Excel.Range, style: RoleStyle): void {
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size) range.format.font.size = style.size;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.font) range.format.font.color = style.font;
}

/**
 * Writes cells: constants as values, formulas with the "=" the layout leaves out (after
 * `mapFormula`, which lets the caller point references at the workbook's own inputs table).
 */
export function writeCells(
  sheet: Excel.Worksheet,
  cells: readonly LayoutCell[],
  mapFormula: (formula: string) => string = (formula) => formula,
): void {
  if (cells.length === 0) return;
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.column));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.column));
  const grid = (fill: string): (string | number)[][] =>
    Array.from({ length: bottom - top + 1 }, () => Array<string | number>(right - left + 1).fill(fill));
  const formulas = grid("");
  const formats = grid("General");
  for (const cell of cells) {
    const row = formulas[cell.row - top];
    const formatRow = formats[cell.row - top];
    if (!row || !formatRow) continue;
    row[cell.column - left] =
      cell.formula !== undefined ? `=${mapFormula(cell.formula)}` : literalCell(cell.value ?? "");
    if (cell.numberFormat) formatRow[cell.column - left] = cell.numberFormat;
  }
  const range = sheet.getRange(boxAddress({ top, left, bottom, right }));
  range.numberFormat = formats as string[][];
  range.formulas = formulas;
  for (const { role, address } of styleRuns(cells)) {
    const style = ROLE_STYLES[role];
    if (style) applyStyle(sheet.getRange(address), style);
  }
  // Drop-down lists need ExcelApi 1.8; without it the selector is a plain cell to type a name into.
  if (supportsApiSet("ExcelApi", "1.8")) {
    for (const cell of cells) {
      const source = listSource(cell);
      if (source)
        sheet.getRange(cell.address).dataValidation.rule = { list: { inCellDropDown: true, source } };
    }
  }
}

/** Contiguous runs of column numbers, so hiding E:N is one range, not ten. */
function columnRuns(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === column - 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

/** Column widths, hidden columns (years before the first shown) and frozen panes of a layout sheet. */
export function formatSheet(sheet: Excel.Worksheet, layout: Omit<LayoutSheet, "cells" | "name">): void {
  layout.columnWidths.forEach((width, index) => {
    sheet.getRange(wholeColumns(index + 1)).format.columnWidth = characterWidth(width);
  });
  for (const [first, last] of columnRuns(layout.hiddenColumns)) {
    sheet.getRange(wholeColumns(first, last)).columnHidden = true;
  }
  const { rows, columns } = layout.frozen;
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(boxAddress({ top: 1, left: 1, bottom: rows, right: columns }));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}
