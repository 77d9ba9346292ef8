import type { BuiltInScenario } from "../model/assumptionTypes";
import type { InputRowWrite } from "../model/inputsTable/rowWrites";
import {
  planAddScenario,
  planAddVendor,
  planAddVendorAssumption,
  planDeleteScenario,
  planRemoveVendor,
  planRenameScenario,
  planResetScenario,
  planWriteRows,
  planWriteValue,
  type TableEditPlan,
  type TablePlanner,
} from "../workbook/inputsTableEdits";
import type { VendorDefinition } from "../workbook/workbookOperations";
import { requireInputsTable } from "./inputsTableReader";
import { applyTableEdit } from "./tableEditWriter";

/**
 * The pane's edits of the inputs table in Excel: each reads the table, has its pure plan
 * (src/workbook/inputsTableEdits.ts) say what to write or refuse, and carries it out in one batch.
 */

async function editTable(
  context: Excel.RequestContext,
  plan: TablePlanner,
  beforeSync?: (addresses: readonly string[]) => void,
): Promise<TableEditPlan> {
  const loaded = await requireInputsTable(context);
  const planned = plan(loaded);
  await applyTableEdit(context, loaded, planned, beforeSync);
  return planned;
}

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
  let written = "";
  await editTable(context, planWriteValue(key, scenario, value), ([address = ""]) => {
    written = address;
    beforeWrite?.(address);
  });
  return written;
}

/** Puts the article defaults back into a scenario column; returns how many cells were reset. */
export async function resetScenarioColumn(
  context: Excel.RequestContext,
  scenario: string,
  defaults: BuiltInScenario,
): Promise<number> {
  const plan = await editTable(context, planResetScenario(scenario, defaults));
  return plan.cells.length;
}

/** A custom scenario column after the last one, a copy of `copyFrom` with its formats, and its GC_ name. */
export async function addScenarioColumn(
  context: Excel.RequestContext,
  name: string,
  copyFrom: string,
): Promise<void> {
  await editTable(context, planAddScenario(name, copyFrom));
}

/** Renames a custom scenario's header and moves its workbook name along. */
export async function renameScenarioColumn(
  context: Excel.RequestContext,
  from: string,
  to: string,
): Promise<void> {
  await editTable(context, planRenameScenario(from, to));
}

/** Deletes a custom scenario's column and its workbook name. */
export async function deleteScenarioColumn(context: Excel.RequestContext, name: string): Promise<void> {
  await editTable(context, planDeleteScenario(name));
}

/** Appends a vendor's rows, labelled in the table's language. */
export async function addVendorRows(context: Excel.RequestContext, vendor: VendorDefinition): Promise<void> {
  await editTable(context, planAddVendor(vendor));
}

/** Deletes a user vendor's rows; returns how many. */
export async function removeVendorRows(context: Excel.RequestContext, name: string): Promise<number> {
  const plan = await editTable(context, planRemoveVendor(name));
  return plan.deleteRows.length;
}

/** Adds the row of a user vendor's fade assumption that had none, with its value by scenario column. */
export async function addVendorAssumptionRow(
  context: Excel.RequestContext,
  key: string,
  values: ReadonlyMap<string, number>,
): Promise<void> {
  await editTable(context, planAddVendorAssumption(key, values));
}

/** Writes rows by key: cells of existing rows, new rows appended (actual.… and anchor.… rows). */
export async function writeInputRows(
  context: Excel.RequestContext,
  rows: readonly InputRowWrite[],
): Promise<void> {
  await editTable(context, planWriteRows(rows));
}
