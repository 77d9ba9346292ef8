/**
 * A1-style cell addresses, the notation both exceljs and Office.js accept. Rows and columns count
 * from 1, as spreadsheets show them.
 */

/** Column letters of a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1)
    throw new RangeError(`column must be a whole number ≥ 1 (got ${column}).`);
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export interface AnchorOptions {
  /** `$` before the column letters. */
  readonly absoluteColumn?: boolean;
  /** `$` before the row number. */
  readonly absoluteRow?: boolean;
}

/** The A1 address of a cell, e.g. `cellAddress(5, 3)` → "C5", with `$` anchors on request. */
export function cellAddress(row: number, column: number, anchors: AnchorOptions = {}): string {
  const columnPart = `${anchors.absoluteColumn ? "$" : ""}${columnLetters(column)}`;
  return `${columnPart}${anchors.absoluteRow ? "$" : ""}${row}`;
}

/** An absolute reference such as "$D$7": for constants that every column of a row reads. */
export function absoluteAddress(row: number, column: number): string {
  return cellAddress(row, column, { absoluteColumn: true, absoluteRow: true });
}

/** A reference on another sheet, with the sheet name quoted when it has spaces or other symbols. */
export function onSheet(sheet: string, reference: string): string {
  const name = /^[A-Za-z_][\w.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${reference}`;
}
