import type { BuiltInScenario } from "../model/assumptionTypes";
import { defaultValue } from "../model/inputsTable";
import { cellAddress, columnAddress } from "../workbook/addresses";
import { requireKeyRow } from "../workbook/inputsLookup";
import { requireScenarioInTable } from "./inputsTableReader";
import { checkWritableValue } from "../workbook/editChecks";

/** Edits of single values and whole scenario columns of the inputs table. */

/** Writes one assumption value into its scenario column. */
/**
 * Writes one assumption value; returns the cell's A1 address (without the sheet), which `beforeWrite`
 * also gets before the sync that writes it (so a change event cannot arrive before it is known).
 */
export async function writeInputValue(
  context: Excel.RequestContext,
  key: string,
  scenario: string,
  value: number,
  beforeWrite?: (address: string) => void,
): Promise<string> {
  checkWritableValue(key, value);
  const { loaded, column } = await requireScenarioInTable(context, scenario);
  const bodyIndex = requireKeyRow(loaded.reading, key, loaded.box.top + 1);
  const { box } = loaded;
  const address = cellAddress(box.top + 1 + bodyIndex, box.left + column.index);
  const cell = context.workbook.worksheets.getItem(box.sheet).getRange(address);
  cell.values = [[value]];
  beforeWrite?.(address);
  await context.sync();
  return address;
}

/**
 * Puts the article defaults of `defaults` back into a scenario column. Rows without a default (a
 * user vendor's observed values, unknown keys) keep what they hold: their formulas are written back
 * as they are, so the whole column is one write. Returns how many cells were reset.
 */
export async function resetScenarioColumn(
  context: Excel.RequestContext,
  scenario: string,
  defaults: BuiltInScenario,
): Promise<number> {
  const { loaded, column } = await requireScenarioInTable(context, scenario);
  const { box, reading, formulas } = loaded;
  if (reading.body.length === 0) return 0;
  let reset = 0;
  const cells = reading.bodyKeys.map((key, index): [unknown] => {
    const value = key === undefined ? undefined : defaultValue(key, defaults);
    if (value === undefined) return [formulas[index + 1]?.[column.index] ?? ""];
    reset += 1;
    return [value];
  });
  const sheetColumn = box.left + column.index;
  context.workbook.worksheets
    .getItem(box.sheet)
    .getRange(columnAddress(sheetColumn, box.top + 1, box.top + reading.body.length)).formulas = cells;
  await context.sync();
  return reset;
}
