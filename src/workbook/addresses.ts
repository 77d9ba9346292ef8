import { cellAddress, columnLetters, qualifiedAddress } from "../model/layout/a1";

/**
 * A1 addresses as Office.js returns them ("'GovCloud Inputs'!A1:I30") taken apart into numbers, so
 * the writers can compute where a table's cells are without another round trip to Excel.
 */
export interface RangeBox {
  readonly sheet: string;
  /** 1-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export { cellAddress, qualifiedAddress };

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function parseCell(text: string, address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
  if (!match) throw new Error(`Excel returned an address the add-in cannot read: ${address}`);
  return { column: columnNumber(match[1] ?? ""), row: Number(match[2]) };
}

/** Reads "Sheet!A1:B2", "'My sheet'!A1" or "A1:B2" (then `sheet` is the given default). */
export function parseRangeAddress(address: string, defaultSheet = ""): RangeBox {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : defaultSheet;
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const [first = "", last = first] = address.slice(bang + 1).split(":");
  const from = parseCell(first, address);
  const to = parseCell(last, address);
  return { sheet, top: from.row, left: from.column, bottom: to.row, right: to.column };
}

/** "A1:C3" (no sheet) of a box; a single cell when the box is one cell. */
export function boxAddress(box: Omit<RangeBox, "sheet">): string {
  const first = cellAddress(box.top, box.left);
  const last = cellAddress(box.bottom, box.right);
  return first === last ? first : `${first}:${last}`;
}

/** A column's cells from row `top` to `bottom` (1-based sheet column). */
export function columnAddress(column: number, top: number, bottom: number): string {
  return boxAddress({ top, bottom, left: column, right: column });
}

/** Whole sheet columns, e.g. "E:G", for widths and hiding. */
export function wholeColumns(first: number, last: number = first): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}
