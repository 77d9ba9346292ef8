import type { BuiltInScenario } from "../model/assumptionTypes";
import { ASSUMPTIONS } from "../model/assumptions";
import { defaultValue, findScenario, type ScenarioColumn } from "../model/inputsTable";
import { canonicalKey } from "../model/scenario";
import { cellAddress, columnAddress } from "./addresses";
import { requireInputsTable, type LoadedInputsTable } from "./inputsTableReader";
import { WorkbookError } from "./workbookErrors";

/** Edits of single values and whole scenario columns of the inputs table. */

/** The scenario column a name means, or an error naming the columns there are. */
export function requireScenarioColumn(loaded: LoadedInputsTable, scenario: string): ScenarioColumn {
  const { columns, scenarios } = loaded.reading;
  const name = findScenario(scenarios, scenario);
  const column = columns.scenarios.find((s) => s.name === name);
  if (!column) {
    throw new WorkbookError(
      `The inputs table has no scenario "${scenario}" (it has ${scenarios.join(", ") || "none"}): pick one of those, or press Repair if Bear, Base or Bull is missing.`,
    );
  }
  return column;
}

/** The body row (0-based) of a key; an error when the key has no row or more than one. */
function requireKeyRow(loaded: LoadedInputsTable, key: string): number {
  const canonical = canonicalKey(key) ?? key.trim();
  const rows = loaded.reading.bodyKeys.flatMap((k, index) => (k === canonical ? [index] : []));
  if (rows.length === 0) {
    const inCatalogue = ASSUMPTIONS.some((a) => a.key === canonical);
    throw new WorkbookError(
      inCatalogue
        ? `The inputs table has no row for ${canonical}: press Repair to add it, then try again.`
        : `The inputs table has no row for ${canonical}: add the vendor first (Add vendor), then try again.`,
    );
  }
  if (rows.length > 1) {
    const at = rows.map((index) => loaded.box.top + 1 + index).join(" and ");
    throw new WorkbookError(
      `${canonical} is in the inputs table twice (rows ${at}), so the add-in cannot tell which to change: delete one of the rows, then try again.`,
    );
  }
  return rows[0] ?? 0;
}

/** Writes one assumption value into its scenario column. */
export async function writeInputValue(
  context: Excel.RequestContext,
  key: string,
  scenario: string,
  value: number,
): Promise<void> {
  if (!Number.isFinite(value)) {
    throw new WorkbookError(
      `The value for ${key} must be a number (got ${String(value)}): correct it and try again.`,
    );
  }
  const loaded = await requireInputsTable(context);
  const column = requireScenarioColumn(loaded, scenario);
  const bodyIndex = requireKeyRow(loaded, key);
  const { box } = loaded;
  const cell = context.workbook.worksheets
    .getItem(box.sheet)
    .getRange(cellAddress(box.top + 1 + bodyIndex, box.left + column.index));
  cell.values = [[value]];
  await context.sync();
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
  const loaded = await requireInputsTable(context);
  const column = requireScenarioColumn(loaded, scenario);
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
