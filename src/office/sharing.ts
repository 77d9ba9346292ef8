import { boxAddress, cellAddress, parseRangeAddress, qualifiedAddress } from "../workbook/addresses";
import { supportsApiSet } from "./requirements";
import {
  FORMULAS_SHEET_HEADING,
  blockAddress,
  entryBlock,
  keptFormulas,
  nextEntryRow,
  planRestore,
  type KeptFormula,
  type TextBlock,
} from "../workbook/sharingPlan";
import { WorkbookError } from "../workbook/workbookErrors";
import type { FunctionFormula } from "../workbook/workbookOperations";
import { literalCell, literalRows } from "../model/textCell";
import { FORMULAS_SHEET, isFunctionFormula } from "../workbook/functionFormulas";

export { FORMULAS_SHEET, isFunctionFormula };

/**
 * Prepare for sharing: a colleague without the add-in sees #NAME? where a GOVCLOUD function was.
 * Converting replaces each such formula (and the cells it spills into) by its current values and
 * keeps the original — sheet, cell, formula — on the visible sheet "GovCloud Formulas", which is
 * all Restore needs to put the formulas back. Nothing is kept in hidden state. What that sheet
 * holds and what Restore writes is planned in src/workbook/sharingPlan.ts, which the preview
 * carries out too; this module reads and writes Excel in bounded requests.
 */

export interface FoundFormula {
  readonly sheet: string;
  /** The cell, A1 without the sheet. */
  readonly address: string;
  readonly formula: string;
  readonly value: unknown;
}

/**
 * Cells per request. Excel on the web rejects a request or response over 5 MB (Microsoft, "Resource
 * limits and performance optimization for Office Add-ins"), so the workbook is read sheet by sheet in
 * blocks of rows, each block its own sync: 5,000 cells of formulas and values stay far below 5 MB
 * for formulas of ordinary length (a few hundred bytes each).
 */
export const CELLS_PER_REQUEST = 5_000;

/** Row blocks of at most CELLS_PER_REQUEST cells covering `box`. */
function rowBlocks(box: { top: number; left: number; bottom: number; right: number }) {
  const width = box.right - box.left + 1;
  const rows = Math.max(1, Math.floor(CELLS_PER_REQUEST / width));
  const blocks: { top: number; bottom: number }[] = [];
  for (let top = box.top; top <= box.bottom; top += rows) {
    blocks.push({ top, bottom: Math.min(box.bottom, top + rows - 1) });
  }
  return blocks;
}

/** Every cell of every sheet whose formula calls a GOVCLOUD function, sheet by sheet, row by row. */
export async function findFunctionFormulas(context: Excel.RequestContext): Promise<FoundFormula[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  // First only where each sheet's data is (addresses are small), then its cells block by block.
  const used = sheets.items
    .filter((sheet) => sheet.name !== FORMULAS_SHEET)
    .map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject();
      range.load("isNullObject, address");
      return { sheet, range };
    });
  await context.sync();
  const found: FoundFormula[] = [];
  for (const { sheet, range } of used) {
    if (range.isNullObject) continue;
    const box = parseRangeAddress(range.address, sheet.name);
    for (const block of rowBlocks(box)) {
      const cells = sheet.getRange(
        `${cellAddress(block.top, box.left)}:${cellAddress(block.bottom, box.right)}`,
      );
      cells.load("formulas, values");
      await context.sync();
      cells.formulas.forEach((row, i) =>
        row.forEach((formula: unknown, j) => {
          if (isFunctionFormula(formula)) {
            found.push({
              sheet: sheet.name,
              address: cellAddress(block.top + i, box.left + j),
              formula,
              value: cells.values[i]?.[j],
            });
          }
        }),
      );
    }
  }
  return found;
}

export async function listFunctionFormulas(context: Excel.RequestContext): Promise<FunctionFormula[]> {
  const found = await findFunctionFormulas(context);
  return found.map(({ sheet, address, formula }) => ({ address: qualifiedAddress(sheet, address), formula }));
}

/** A planned block of text, kept as text (a kept formula must not compute on the formulas sheet). */
function writeBlock(sheet: Excel.Worksheet, block: TextBlock): void {
  const range = sheet.getRange(blockAddress(block));
  range.values = literalRows(block.rows);
  if (block.bold === true) range.format.font.bold = true;
}

/** The formulas sheet, created with its title and header when missing, and the next free row. */
async function formulasSheet(
  context: Excel.RequestContext,
): Promise<{ sheet: Excel.Worksheet; nextRow: number }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(FORMULAS_SHEET);
  existing.load("isNullObject");
  await context.sync();
  if (existing.isNullObject) {
    const sheet = context.workbook.worksheets.add(FORMULAS_SHEET);
    for (const block of FORMULAS_SHEET_HEADING.blocks) writeBlock(sheet, block);
    sheet.getRange(FORMULAS_SHEET_HEADING.columns).format.columnWidth = FORMULAS_SHEET_HEADING.columnWidth;
    return { sheet, nextRow: nextEntryRow(undefined) };
  }
  const used = existing.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address");
  await context.sync();
  const bottom = used.isNullObject ? undefined : parseRangeAddress(used.address, FORMULAS_SHEET).bottom;
  return { sheet: existing, nextRow: nextEntryRow(bottom) };
}

/** Formulas per request when converting: each loads its spill's address and values and writes them back. */
const FORMULAS_PER_REQUEST = 200;

/** Replaces every GOVCLOUD formula by its values, keeping the originals; returns how many. */
export async function convertFunctionFormulas(context: Excel.RequestContext): Promise<number> {
  // Finding what a formula spilled into needs ExcelApi 1.12; converting without it would leave the
  // spilled cells empty, so nothing is changed on an older Excel.
  if (!supportsApiSet("ExcelApi", "1.12")) {
    throw new WorkbookError({
      en: "Prepare for sharing needs a newer Excel (Excel API 1.12: Microsoft 365, Office 2021 or later, or Excel on the web). Nothing was changed; copy the GOVCLOUD cells and paste them as values instead.",
      zh: "“准备共享”需要更新版本的 Excel(Excel API 1.12:Microsoft 365、Office 2021 或更高版本,或 Excel 网页版)。未做任何更改;请改为复制 GOVCLOUD 单元格并以值的形式粘贴。",
    });
  }
  const found = await findFunctionFormulas(context);
  if (found.length === 0) return 0;
  const { sheet, nextRow } = await formulasSheet(context);
  // In slices, so no request carries more than a bounded number of cells (see CELLS_PER_REQUEST). A
  // slice's originals are written to the formulas sheet in the same sync that replaces them by values,
  // so an interrupted run leaves every converted formula recorded for Restore.
  const worksheets = new Map<string, Excel.Worksheet>();
  const worksheet = (name: string): Excel.Worksheet => {
    const known = worksheets.get(name) ?? context.workbook.worksheets.getItem(name);
    worksheets.set(name, known);
    return known;
  };
  for (let start = 0; start < found.length; start += FORMULAS_PER_REQUEST) {
    const slice = found.slice(start, start + FORMULAS_PER_REQUEST);
    const targets = slice.map((entry) => {
      const cell = worksheet(entry.sheet).getRange(entry.address);
      // A dynamic-array result: the anchor's formula fills more cells, which lose their values with it.
      const spill = cell.getSpillingToRangeOrNullObject();
      spill.load("isNullObject, address, values");
      return { entry, cell, spill };
    });
    await context.sync();
    const kept: KeptFormula[] = targets.map(({ entry, spill }) => ({
      sheet: entry.sheet,
      cell: entry.address,
      formula: entry.formula,
      spill: spill.isNullObject ? "" : spillAddress(spill.address),
    }));
    writeBlock(sheet, entryBlock(kept, nextRow + start));
    for (const { entry, cell, spill } of targets) {
      if (spill.isNullObject) cell.values = [[literalCell(toCellValue(entry.value))]];
      // The spill range starts at the anchor, so one write turns the formula and its spill into values.
      else {
        // Text a function returned ("2019-03" from BASELINES) must not become a date or a formula.
        spill.values = literalRows(spill.values);
      }
    }
    await context.sync();
  }
  return found.length;
}

function spillAddress(address: string): string {
  const box = parseRangeAddress(address);
  return `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
}

function toCellValue(value: unknown): string | number | boolean {
  return typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : "";
}

/**
 * Puts the kept formulas back (clearing the values a spill had left, so the formula can spill
 * again) and deletes the formulas sheet. Returns how many formulas were restored; 0 when nothing
 * was converted.
 */
export async function restoreFunctionFormulas(context: Excel.RequestContext): Promise<number> {
  const store = context.workbook.worksheets.getItemOrNullObject(FORMULAS_SHEET);
  store.load("isNullObject");
  await context.sync();
  if (store.isNullObject) return 0;
  const used = store.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address");
  await context.sync();
  if (used.isNullObject) return 0;
  const box = parseRangeAddress(used.address, FORMULAS_SHEET);
  const kept: KeptFormula[] = [];
  for (const block of rowBlocks(box)) {
    const cells = store.getRange(
      `${cellAddress(block.top, box.left)}:${cellAddress(block.bottom, box.right)}`,
    );
    cells.load("values");
    await context.sync();
    kept.push(...keptFormulas(cells.values, block.top, box.left));
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  // Complete before the first write: a kept sheet gone or a garbled address changes nothing.
  const steps = planRestore(
    kept,
    worksheets.items.map((sheet) => sheet.name),
  );
  for (const [index, { sheet: sheetName, cell, formula, clear }] of steps.entries()) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    if (clear) sheet.getRange(boxAddress(clear)).clear("Contents");
    // `formulas` takes the English (invariant) formula, so a formula kept in English Excel restores
    // the same in Chinese Excel: the GOVCLOUD function names are English in every language.
    sheet.getRange(cell).formulas = [[formula]];
    if ((index + 1) % FORMULAS_PER_REQUEST === 0) await context.sync();
  }
  store.delete();
  await context.sync();
  return steps.length;
}
