import { refersToInputsTable, type WorkbookName } from "../model/inputsTable";
import type { WorkbookNameItem } from "./inputsTableReader";
import { WorkbookError } from "../workbook/workbookErrors";

/**
 * The workbook names the functions read (GC_BEAR, GC_BASE, GC_BULL, GC_<custom>, GC_TABLE). Each is
 * a structured reference to the table (see `expectedWorkbookNames`), so it follows rows the table
 * gains and header renames; the add-in only adds missing names and re-points damaged ones: #REF!, or
 * a fixed range that no longer follows the table (`refersToInputsTable`). Names are compared
 * case-insensitively, as Excel does.
 */

function find(existing: readonly WorkbookNameItem[], name: string): WorkbookNameItem | undefined {
  return existing.find((item) => item.name.toUpperCase() === name.toUpperCase());
}

/** Adds `name` or points an existing one at `formula`; the caller syncs (and then `keepNamesOnTable`). */
export function defineName(
  context: Excel.RequestContext,
  existing: readonly WorkbookNameItem[],
  { name, formula }: WorkbookName,
): void {
  const found = find(existing, name);
  if (found) context.workbook.names.getItem(found.name).formula = formula;
  else context.workbook.names.add(name, formula);
}

/** Removes `name` when the workbook has it; the caller syncs. */
export function removeName(
  context: Excel.RequestContext,
  existing: readonly WorkbookNameItem[],
  name: string,
): void {
  const found = find(existing, name);
  if (found) context.workbook.names.getItem(found.name).delete();
}

async function formulasOf(context: Excel.RequestContext, names: readonly WorkbookName[]): Promise<string[]> {
  const items = names.map((entry) => {
    const item = context.workbook.names.getItem(entry.name);
    item.load("formula");
    return item;
  });
  await context.sync();
  return items.map((item) => String(item.formula));
}

/**
 * Reads back names just defined (after the caller's sync) and makes each one refer to the table.
 * Excel has stored a structured reference given to `names.add` as a fixed A1 range
 * (OfficeDev/office-js#740, since Excel 1904); the reporters' workaround is `addFormulaLocal`, which
 * kept the structured reference. A name that still does not follow the table is an error that says
 * how to define it by hand, never a silent fixed range.
 */
export async function keepNamesOnTable(
  context: Excel.RequestContext,
  names: readonly WorkbookName[],
): Promise<void> {
  if (names.length === 0) return;
  const formulas = await formulasOf(context, names);
  const fixed = names.filter((_, i) => !refersToInputsTable(formulas[i] ?? ""));
  if (fixed.length === 0) return;
  for (const entry of fixed) {
    context.workbook.names.getItem(entry.name).delete();
    context.workbook.names.addFormulaLocal(entry.name, entry.formula);
  }
  await context.sync();
  const again = await formulasOf(context, fixed);
  const still = fixed.filter((_, i) => !refersToInputsTable(again[i] ?? ""));
  if (still.length > 0) {
    throw new WorkbookError({
      en: `Excel stored the workbook name${still.length > 1 ? "s" : ""} ${still.map((n) => n.name).join(", ")} as fixed cells instead of the inputs table, so rows added later would fall outside. Define ${still.length > 1 ? "them" : "it"} in Formulas › Name Manager as ${still.map((n) => `${n.name} ${n.formula}`).join("; ")}.`,
      zh: `Excel 将工作簿名称 ${still.map((n) => n.name).join("、")} 存成了固定单元格而不是输入表,之后添加的行会落在其范围之外。请在“公式 › 名称管理器”中将其定义为 ${still.map((n) => `${n.name} ${n.formula}`).join(";")}。`,
    });
  }
}
