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

/**
 * A sheet-qualified reference, e.g. "'GovCloud Inputs'!E7" or "Forecast!$D$2": the one place a sheet
 * name is quoted for A1 text (formulas, names, addresses shown to users). A plain name (letters,
 * digits and _ after a letter) stays bare unless it reads as a cell in A1 or R1C1 style ("AB12",
 * "R2C3", "R", "C"), which Excel would take for a reference; anything else is quoted, with ' doubled.
 * Quoting is always allowed, so the rule errs towards quotes.
 */
export function qualifiedAddress(sheet: string, reference: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^(R\d*C?\d*|C\d*)$/i.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${reference}`;
}

/** The same function under the name the Forecast sheet's formulas (src/workbook) import it by. */
export { qualifiedAddress as onSheet };
