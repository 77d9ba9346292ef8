import { cellAddress } from "./a1";
import type { PageLayout } from "./pageLayout";

/**
 * What a cell is for; each writer maps a role to its own styling (FAST conventions: inputs look
 * different from calculations, checks stand out).
 */
export type CellRole =
  | "title"
  | "header"
  | "key"
  | "label"
  | "unit"
  | "text"
  | "input"
  | "selector"
  | "year"
  | "calculation"
  | "check";

/**
 * One cell of the model workbook. Exactly one of `value` (a constant) and `formula` is set.
 * Formulas are A1-style **without** the leading "=" (exceljs's convention); an Office.js writer
 * prepends "=" when it sets `range.formulas`.
 */
export interface LayoutCell {
  /** A1 address on its sheet, e.g. "E12". */
  readonly address: string;
  /** 1-based row and column of `address`, for writers that address cells by position. */
  readonly row: number;
  readonly column: number;
  readonly value?: string | number;
  readonly formula?: string;
  /**
   * The engine's value of `formula`, written as the cached result so the file opens with numbers
   * (text for the few formulas that show text, such as the cover sheet's scenario).
   */
  readonly cached?: number | string;
  readonly numberFormat?: string;
  readonly role: CellRole;
  /** The values a selector cell accepts (a list data validation). */
  readonly choices?: readonly string[];
  /**
   * Where a writer that can should take the choices from instead: a sheet-qualified A1 range (Excel
   * caps a comma-joined list at 255 characters, a range has no such limit).
   */
  readonly choicesSource?: string;
}

export interface LayoutSheet {
  readonly name: string;
  /** Cells in row-major order. */
  readonly cells: readonly LayoutCell[];
  /** Widths in characters, column A first. */
  readonly columnWidths: readonly number[];
  /** 1-based columns to hide (years before the first year shown). */
  readonly hiddenColumns: readonly number[];
  /** Rows above and columns left of the scrolling area. */
  readonly frozen: { readonly rows: number; readonly columns: number };
  /**
   * 1-based columns whose long text wraps inside the column width, so that text running past its
   * column does not widen the printed page (and shrink everything to fit it).
   */
  readonly wrappedColumns?: readonly number[];
  /** How the sheet prints (set by modelLayout for every sheet of the model workbook). */
  readonly page?: PageLayout;
}

type CellContent = Omit<LayoutCell, "address" | "row" | "column">;

/** Collects cells by position and hands them out in row-major order. */
export class SheetCells {
  private readonly cells = new Map<string, LayoutCell>();

  put(row: number, column: number, content: CellContent): void {
    const address = cellAddress(row, column);
    if (this.cells.has(address)) throw new Error(`layout bug: ${address} written twice`);
    this.cells.set(address, { address, row, column, ...content });
  }

  /** A constant text cell; empty text writes nothing. */
  text(row: number, column: number, value: string, role: CellRole = "text"): void {
    if (value !== "") this.put(row, column, { value, role });
  }

  list(): LayoutCell[] {
    return [...this.cells.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  }
}
