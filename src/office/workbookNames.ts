import type { WorkbookName } from "../model/inputsTable";
import type { WorkbookNameItem } from "./inputsTableReader";

/**
 * The workbook names the functions read (GC_BEAR, GC_BASE, GC_BULL, GC_<custom>, GC_TABLE). Each is
 * a structured reference to the table (see `expectedWorkbookNames`), so it follows rows the table
 * gains and header renames; the add-in only adds missing names and re-points broken (#REF!) ones.
 * Names are compared case-insensitively, as Excel does.
 */

function find(existing: readonly WorkbookNameItem[], name: string): WorkbookNameItem | undefined {
  return existing.find((item) => item.name.toUpperCase() === name.toUpperCase());
}

/** Adds `name` or points an existing one at `formula`; the caller syncs. */
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

/** Adds missing names and re-points broken ones; returns the names it changed. The caller syncs. */
export function repairNames(
  context: Excel.RequestContext,
  existing: readonly WorkbookNameItem[],
  expected: readonly WorkbookName[],
): string[] {
  const changed: string[] = [];
  for (const item of expected) {
    const found = find(existing, item.name);
    if (found && !found.formula.includes("#REF!")) continue;
    defineName(context, existing, item);
    changed.push(item.name);
  }
  return changed;
}
