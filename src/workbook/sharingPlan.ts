import { boxAddress, parseRangeAddress, type RangeBox } from "./addresses";
import { requireKeptFormulaSheets } from "./editChecks";
import { FORMULAS_SHEET } from "./functionFormulas";
import { WorkbookError } from "./workbookErrors";

/**
 * Prepare for sharing and Restore, as plans: the layout of the visible sheet "GovCloud Formulas"
 * that keeps each converted GOVCLOUD formula (sheet, cell, formula, the range it spilled into), how
 * its rows are read back, and what Restore writes where. The Office applier (src/office/sharing.ts)
 * and the browser preview (src/taskpane/preview/memorySheets.ts) both carry them out, so the
 * preview's formulas sheet is the one Excel gets.
 */

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const FIRST_ENTRY_ROW = 3;
const ENTRY_COLUMNS = 4;

const TITLE =
  "GOVCLOUD formulas replaced by their values for sharing. Restore (GovCloud pane) puts them back; keep this sheet until then.";
const HEADER = ["Sheet", "Cell", "Formula", "Spilled range"];

/**
 * Text to write from column A of row `top` down, one rectangle. The applier writes each value as
 * text (a kept formula must not compute on this sheet): Excel through `literalRows`.
 */
export interface TextBlock {
  readonly top: number;
  readonly rows: readonly (readonly string[])[];
  readonly bold?: boolean;
}

/** The A1 address of a block's rectangle. */
export function blockAddress(block: TextBlock): string {
  const width = Math.max(1, ...block.rows.map((row) => row.length));
  return boxAddress({ top: block.top, left: 1, bottom: block.top + block.rows.length - 1, right: width });
}

/** What a new formulas sheet starts with: its title and the entries' header, bold, and wide columns. */
export const FORMULAS_SHEET_HEADING = {
  blocks: [
    { top: TITLE_ROW, rows: [[TITLE]], bold: true },
    { top: HEADER_ROW, rows: [HEADER], bold: true },
  ] satisfies readonly TextBlock[],
  /** The entries' columns and their width in points (Excel's `format.columnWidth`). */
  columns: "A:D",
  columnWidth: 120,
} as const;

/** A converted formula as the formulas sheet keeps it. */
export interface KeptFormula {
  readonly sheet: string;
  /** The cell, A1 without the sheet. */
  readonly cell: string;
  /** With its "=". */
  readonly formula: string;
  /** The range the formula spilled into ("A3:B5"), "" when it did not spill. */
  readonly spill: string;
}

/** The row for the next entries: below the sheet's last used row (`usedBottom`, none when empty). */
export function nextEntryRow(usedBottom: number | undefined): number {
  return Math.max((usedBottom ?? HEADER_ROW) + 1, FIRST_ENTRY_ROW);
}

/** The entries' rows for `kept`, from row `top`. */
export function entryBlock(kept: readonly KeptFormula[], top: number): TextBlock {
  return { top, rows: kept.map(({ sheet, cell, formula, spill }) => [sheet, cell, formula, spill]) };
}

/**
 * The entries among `values`, the formulas sheet's cells from row `top` and column `left` (its used
 * range, read whole or in blocks of rows). Tolerant of what a user may have done to the sheet: blank
 * or incomplete rows are skipped, a formula typed with a leading apostrophe or without its "=" is
 * taken as the formula.
 */
export function keptFormulas(
  values: readonly (readonly unknown[])[],
  top: number,
  left: number,
): KeptFormula[] {
  const kept: KeptFormula[] = [];
  values.forEach((row, i) => {
    if (top + i < FIRST_ENTRY_ROW) return;
    const cells = Array.from({ length: ENTRY_COLUMNS }, (_, c) => String(row[c + 1 - left] ?? "").trim());
    const [sheet = "", cell = "", text = "", spill = ""] = cells;
    if (sheet === "" || cell === "" || text === "") return;
    const bare = text.startsWith("'") ? text.slice(1) : text;
    kept.push({ sheet, cell, formula: bare.startsWith("=") ? bare : `=${bare}`, spill });
  });
  return kept;
}

/** One formula Restore puts back. */
export interface RestoreStep {
  /** The sheet as the workbook names it now. */
  readonly sheet: string;
  /** "B7": no sheet, no "$". */
  readonly cell: string;
  readonly formula: string;
  /** The values a spill left, to clear first so the formula can spill again; absent when it did not spill. */
  readonly clear?: RangeBox;
}

/** A cell ("B7", "$B$7"), no sheet; and a range of cells ("A3:B5"). */
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** A kept cell or spill address that is not one (edited by hand): refused before anything changes. */
function requireCells(text: string, entry: KeptFormula, pattern: RegExp): void {
  if (pattern.test(text)) return;
  throw new WorkbookError({
    en: `"${text}" on "${FORMULAS_SHEET}" (the row of ${entry.sheet}, formula ${entry.formula}) is not a cell address such as B7 or A3:B5: correct it there, then press Restore again. Nothing was changed.`,
    zh: `“${FORMULAS_SHEET}”中的“${text}”(${entry.sheet} 的公式 ${entry.formula} 所在行)不是单元格地址(例如 B7 或 A3:B5):请在该处更正,然后再次点击“恢复公式”。未做任何更改。`,
  });
}

/**
 * What Restore writes, or a WorkbookError naming the sheets that are gone or renamed, or an address
 * that is not one (then nothing is changed). Sheet names are compared case-insensitively, as Excel
 * does.
 */
export function planRestore(kept: readonly KeptFormula[], sheetNames: readonly string[]): RestoreStep[] {
  const byName = new Map(sheetNames.map((name) => [name.toLowerCase(), name]));
  const missing = [...new Set(kept.map((entry) => entry.sheet))].filter(
    (name) => !byName.has(name.toLowerCase()),
  );
  requireKeptFormulaSheets(missing);
  for (const entry of kept) {
    requireCells(entry.cell, entry, CELL);
    if (entry.spill !== "") requireCells(entry.spill, entry, RANGE);
  }
  return kept.map(({ sheet, cell, formula, spill }) => ({
    sheet: byName.get(sheet.toLowerCase()) ?? sheet,
    // "$b$7" as "B7": the same cell, named as the preview keys its cells.
    cell: boxAddress(parseRangeAddress(cell)),
    formula,
    ...(spill !== "" ? { clear: parseRangeAddress(spill, sheet) } : {}),
  }));
}
