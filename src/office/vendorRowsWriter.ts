import { numberFormatFor, rowCells } from "../model/inputsTable";
import { requireInputsTable } from "./inputsTableReader";
import { formatInputColumn } from "./inputsFormatting";
import { checkVendorAssumptionRow, vendorBodyRows, vendorRows } from "../workbook/vendorDefinition";
import { checkNewVendorName } from "../workbook/editChecks";
import type { VendorDefinition } from "../workbook/workbookOperations";
import { literalRows } from "../model/textCell";

/**
 * Add vendor: appends the vendor's rows to the inputs table with the same value in every scenario
 * column (observed figures do not depend on the scenario; the user can vary the fade assumptions per
 * scenario afterwards), labelled in the table's language.
 */
export async function addVendorRows(context: Excel.RequestContext, vendor: VendorDefinition): Promise<void> {
  const rows = vendorRows(vendor);
  const loaded = await requireInputsTable(context);
  const { reading, box } = loaded;
  checkNewVendorName(reading.bodyKeys, vendor.name);
  const cells = rows.map(({ key, value }) =>
    rowCells(key, reading.columns.roles, reading.language, () => value),
  );
  loaded.table.rows.add(undefined, literalRows(cells));
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  const formats = rows.map(({ key }) => numberFormatFor(key));
  reading.columns.scenarios.forEach((column) => {
    formatInputColumn(sheet, box.left + column.index, box.top + 1 + reading.body.length, formats);
  });
  await context.sync();
}

/**
 * Remove vendor: deletes every row of the inputs table whose key is one of `name`'s (compared
 * case-insensitively, as the reader does), in every scenario column at once. The workbook names
 * point at table columns (GC_BASE = GovCloudInputs[Key]:[Base]), so they stay valid. Returns the
 * number of rows deleted. The built-in vendor cannot be removed (its rows are the article's).
 *
 * Rows are deleted bottom-up: a TableRow from `rows.getItemAt` keeps the index it was created for
 * ("if the data is sorted or if new rows are added, a table row will continue to point at the index
 * for which it was created", TableRowCollection.getItemAt, ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-getitemat-member(1)),
 * so deleting the lowest first would shift the rows the later deletes mean.
 */
export async function removeVendorRows(context: Excel.RequestContext, name: string): Promise<number> {
  const loaded = await requireInputsTable(context);
  const bodyRows = vendorBodyRows(loaded.reading.bodyKeys, name);
  for (const index of [...bodyRows].reverse()) loaded.table.rows.getItemAt(index).delete();
  await context.sync();
  return bodyRows.length;
}

/**
 * Sets a user vendor's fade assumption that had no row (it followed the built-in vendor's): adds the
 * row inside the inputs table, so every GC_* name (a structured reference to the table's columns)
 * covers it, with `values` by scenario column (one for each: an empty cell would be a damaged row).
 */
export async function addVendorAssumptionRow(
  context: Excel.RequestContext,
  key: string,
  values: ReadonlyMap<string, number>,
): Promise<void> {
  const loaded = await requireInputsTable(context);
  const { reading, box } = loaded;
  const canonical = checkVendorAssumptionRow(
    reading.bodyKeys,
    key,
    values,
    reading.columns.scenarios.map((column) => column.name),
  );
  const cells = rowCells(canonical, reading.columns.roles, reading.language, (column) =>
    values.get(column.name),
  );
  loaded.table.rows.add(undefined, [cells]);
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  reading.columns.scenarios.forEach((column) => {
    formatInputColumn(sheet, box.left + column.index, box.top + 1 + reading.body.length, [
      numberFormatFor(canonical),
    ]);
  });
  await context.sync();
}
