import { checkScenarioName, scenarioName, scenarioWorkbookName } from "../model/inputsTable";
import { cellAddress, columnAddress } from "../workbook/addresses";
import { INPUT_FILL, INPUT_FONT } from "./inputsFormatting";
import { requireScenarioColumn } from "../workbook/inputsLookup";
import { requireInputsTable, requireScenarioInTable, type LoadedInputsTable } from "./inputsTableReader";
import { requireCustomScenario, requireKeyHeader } from "../workbook/editChecks";
import { defineName, keepNamesOnTable, removeName } from "./workbookNames";
import { literalRows, textCell } from "../model/textCell";

/**
 * Custom scenarios: a table column between Bull and Kind plus a workbook name GC_<NAME> over
 * Key…that column. Every change does both in one batch, so column and name never drift apart.
 */

function keyHeader(loaded: LoadedInputsTable): string {
  return requireKeyHeader(loaded.reading);
}

/**
 * Adds a scenario column after the last scenario column, holding a copy of `copyFrom`'s current
 * values (values, not formulas: relative references would shift by a column) and its formats.
 */
export async function addScenarioColumn(
  context: Excel.RequestContext,
  name: string,
  copyFrom: string,
): Promise<void> {
  const loaded = await requireInputsTable(context);
  const { reading, box } = loaded;
  const newName = checkScenarioName(name, reading.scenarios);
  const source = requireScenarioColumn(loaded.reading, copyFrom);
  const index = Math.max(...reading.columns.scenarios.map((s) => s.index)) + 1;
  const body = reading.body.map((row): [string | number | boolean] => {
    const value = row[source.index];
    return [
      typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : "",
    ];
  });
  // The header comes from the first row, kept as text; the name argument only when it needs no mark.
  const header = textCell(newName);
  loaded.table.columns.add(
    index,
    literalRows([[newName], ...body]),
    header === newName ? newName : undefined,
  );
  if (body.length > 0) {
    const formats = loaded.numberFormats.slice(1).map((row) => [String(row[source.index] ?? "General")]);
    const cells = context.workbook.worksheets
      .getItem(box.sheet)
      .getRange(columnAddress(box.left + index, box.top + 1, box.top + body.length));
    cells.numberFormat = formats;
    cells.format.fill.color = INPUT_FILL;
    cells.format.font.color = INPUT_FONT;
  }
  const entry = scenarioName(keyHeader(loaded), { name: newName, header: newName });
  defineName(context, loaded.names, entry);
  await context.sync();
  await keepNamesOnTable(context, [entry]);
}

/** Renames a custom scenario's header and moves its workbook name along (GC_OLD goes, GC_NEW comes). */
export async function renameScenarioColumn(
  context: Excel.RequestContext,
  from: string,
  to: string,
): Promise<void> {
  const { loaded, column } = await requireScenarioInTable(context, from);
  requireCustomScenario(column, "renamed");
  const newName = checkScenarioName(to, loaded.reading.scenarios, column.name);
  const { box } = loaded;
  const key = keyHeader(loaded);
  context.workbook.worksheets
    .getItem(box.sheet)
    .getRange(cellAddress(box.top, box.left + column.index)).values = [[textCell(newName)]];
  const oldName = scenarioWorkbookName(column.name);
  const entry = scenarioName(key, { name: newName, header: newName });
  // A new spelling of the same name (case only) keeps the name; otherwise the old one goes.
  const moved = oldName !== entry.name;
  if (moved) removeName(context, loaded.names, oldName);
  // The header is renamed first in the same batch, so the new name's reference resolves.
  defineName(
    context,
    moved ? loaded.names.filter((item) => item.name.toUpperCase() !== oldName) : loaded.names,
    entry,
  );
  await context.sync();
  await keepNamesOnTable(context, [entry]);
}

/** Deletes a custom scenario's column and its workbook name. */
export async function deleteScenarioColumn(context: Excel.RequestContext, name: string): Promise<void> {
  const { loaded, column } = await requireScenarioInTable(context, name);
  requireCustomScenario(column, "deleted");
  removeName(context, loaded.names, scenarioWorkbookName(column.name));
  loaded.table.columns.getItemAt(column.index).delete();
  await context.sync();
}
