import { numberFormatFor } from "../model/inputsTable";
import { planRowWrites, type InputRowWrite } from "../model/inputsTable/rowWrites";
import { cellAddress } from "../workbook/addresses";
import { formatInputColumn } from "./inputsFormatting";
import { requireInputsTable } from "./inputsTableReader";

/** Carries out `planRowWrites`: cells of existing rows, then new rows appended to the table (as Add vendor does). */
export async function writeInputRows(
  context: Excel.RequestContext,
  rows: readonly InputRowWrite[],
): Promise<void> {
  const loaded = await requireInputsTable(context);
  const { reading, box } = loaded;
  const plan = planRowWrites(reading, rows);
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  for (const { bodyRow, column, value } of plan.cells) {
    sheet.getRange(cellAddress(box.top + 1 + bodyRow, box.left + column)).values = [[value]];
  }
  if (plan.newRows.length > 0) {
    loaded.table.rows.add(
      undefined,
      plan.newRows.map((row) => [...row.cells]),
    );
    const formats = plan.newRows.map(({ key }) => numberFormatFor(key));
    reading.columns.scenarios.forEach((column) => {
      formatInputColumn(sheet, box.left + column.index, box.top + 1 + reading.body.length, formats);
    });
  }
  await context.sync();
}
