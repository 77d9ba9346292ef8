import type { TableEditPlan } from "../workbook/inputsTableEdits";
import { cellAddress, columnAddress, type RangeBox } from "../workbook/addresses";
import { literalRows, textCell } from "../model/textCell";
import type { Cell } from "../model/inputsTable/shared";
import { formatInputColumn } from "./inputsFormatting";
import type { WorkbookNameItem } from "./inputsTableReader";
import { defineName, keepNamesOnTable, removeName } from "./workbookNames";

/**
 * Carries out an inputs-table edit plan (src/workbook/inputsTableEdits.ts) with Office.js, in one
 * batch: headers and cells first (their places are the table as read), then deleted rows and
 * column, inserted columns, appended rows, and the workbook names last, so a name's structured
 * reference resolves against the renamed or new header.
 */
export interface EditedTable {
  readonly table: Excel.Table;
  /** The whole table as read, header row included. */
  readonly box: RangeBox;
  readonly names: readonly WorkbookNameItem[];
}

/** Consecutive body rows of one column, written as one range. */
function columnRuns(cells: TableEditPlan["cells"]): { column: number; bodyRow: number; values: Cell[] }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.bodyRow - b.bodyRow);
  const runs: { column: number; bodyRow: number; values: Cell[] }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.bodyRow + last.values.length === cell.bodyRow) {
      last.values.push(cell.value);
    } else {
      runs.push({ column: cell.column, bodyRow: cell.bodyRow, values: [cell.value] });
    }
  }
  return runs;
}

/**
 * Queues the plan and syncs. `beforeSync` gets the A1 addresses (without the sheet) of the cells
 * written, before the sync that writes them, so a change event cannot arrive before they are known.
 */
export async function applyTableEdit(
  context: Excel.RequestContext,
  target: EditedTable,
  plan: TableEditPlan,
  beforeSync?: (addresses: readonly string[]) => void,
): Promise<void> {
  const { table, box } = target;
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  const firstBodyRow = box.top + 1;
  for (const { column, text } of plan.headers) {
    sheet.getRange(cellAddress(box.top, box.left + column)).values = [[textCell(text)]];
  }
  const written: string[] = [];
  for (const run of columnRuns(plan.cells)) {
    const top = firstBodyRow + run.bodyRow;
    const address = columnAddress(box.left + run.column, top, top + run.values.length - 1);
    sheet.getRange(address).values = literalRows(run.values.map((value) => [value]));
    written.push(address);
  }
  // A TableRow keeps the index it was made for (TableRowCollection.getItemAt, ExcelApi 1.1:
  // https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-getitemat-member(1)),
  // so the lowest row is deleted last: deleting it first would shift the rows the later deletes mean.
  for (const bodyRow of [...plan.deleteRows].reverse()) table.rows.getItemAt(bodyRow).delete();
  if (plan.deleteColumn !== undefined) table.columns.getItemAt(plan.deleteColumn).delete();
  for (const column of plan.insertColumns) {
    const header = textCell(column.header);
    // The header comes from the first row, kept as text; the name argument only when it needs no mark.
    table.columns.add(
      column.index,
      literalRows([[column.header], ...column.values.map((value) => [value])]),
      header === column.header ? column.header : undefined,
    );
    if (column.numberFormats) {
      formatInputColumn(sheet, box.left + column.index, firstBodyRow, column.numberFormats);
    }
  }
  if (plan.appendRows.length > 0) {
    table.rows.add(undefined, literalRows(plan.appendRows.map((row) => row.cells)));
    const bodyRows = box.bottom - box.top - plan.deleteRows.length;
    const formats = plan.appendRows.map((row) => row.numberFormat);
    for (const column of plan.inputColumns) {
      formatInputColumn(sheet, box.left + column, firstBodyRow + bodyRows, formats);
    }
  }
  const removed = new Set(plan.names.remove.map((name) => name.toUpperCase()));
  for (const name of plan.names.remove) removeName(context, target.names, name);
  const remaining = target.names.filter((item) => !removed.has(item.name.toUpperCase()));
  for (const entry of plan.names.define) defineName(context, remaining, entry);
  beforeSync?.(written);
  await context.sync();
  await keepNamesOnTable(context, plan.names.define);
}
