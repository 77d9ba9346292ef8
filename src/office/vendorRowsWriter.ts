import { numberFormatFor, rowCells } from "../model/inputsTable";
import { requireInputsTable } from "./inputsTableReader";
import { formatInputColumn } from "./inputsFormatting";
import { vendorRows } from "./vendorDefinition";
import { WorkbookError } from "./workbookErrors";
import type { VendorDefinition } from "./workbookOperations";
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
  const prefix = `vendor.${vendor.name.trim().toLowerCase()}.`;
  if (reading.bodyKeys.some((key) => key?.toLowerCase().startsWith(prefix))) {
    throw new WorkbookError(
      `The inputs table already has rows for ${vendor.name.trim()}: change those rows, or choose another name.`,
    );
  }
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
