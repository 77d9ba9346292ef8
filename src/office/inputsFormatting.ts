import type { ColumnRole } from "../model/inputsTable";
import { columnAddress, wholeColumns } from "../workbook/addresses";

/**
 * How the inputs table looks (FAST: inputs on their own sheet, visibly marked, units in their own
 * column). Only formats are set here, never values, so formatting a repaired table cannot touch a
 * user's number.
 */

/** Input cells: the usual financial-model convention, blue figures on a light yellow fill. */
export const INPUT_FILL = "#FFF2CC";
export const INPUT_FONT = "#0000FF";
/** A table style with no fill of its own, so the input fill stands out. */
export const INPUTS_TABLE_STYLE = "TableStyleLight1";

/** Widths in characters by role, as the model workbook's Inputs sheet (layout/inputsSheet.ts). */
const WIDTHS: Readonly<Record<string, number>> = {
  key: 36,
  label: 46,
  unit: 10,
  scenario: 12,
  kind: 14,
  source: 90,
  extra: 12,
};

/** Excel column widths are in points; one character of the default font is about 5.7 points. */
export function characterWidth(characters: number): number {
  return Math.round(characters * 5.7);
}

/**
 * Marks one column's value cells (1-based sheet column, rows `firstRow`…) as inputs and gives each
 * row its unit's number format (percent for fractions).
 */
export function formatInputColumn(
  sheet: Excel.Worksheet,
  column: number,
  firstRow: number,
  numberFormats: readonly string[],
): void {
  if (numberFormats.length === 0) return;
  const range = sheet.getRange(columnAddress(column, firstRow, firstRow + numberFormats.length - 1));
  range.numberFormat = numberFormats.map((format) => [format]);
  range.format.fill.color = INPUT_FILL;
  range.format.font.color = INPUT_FONT;
}

/** Column widths, wrapped source text and a frozen header row and key column, for a new table. */
export function formatTableColumns(
  sheet: Excel.Worksheet,
  left: number,
  roles: readonly ColumnRole[],
  top: number,
): void {
  roles.forEach((role, index) => {
    const name = role.kind === "fixed" ? role.column : role.kind;
    const columns = sheet.getRange(wholeColumns(left + index));
    columns.format.columnWidth = characterWidth(WIDTHS[name] ?? 12);
    if (name === "source") columns.format.wrapText = true;
  });
  if (top === 1 && left === 1) sheet.freezePanes.freezeAt("A1");
}
