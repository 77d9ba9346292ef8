import { ASSUMPTIONS } from "../model/assumptions";
import { findScenario, type InputsTableReading, type ScenarioColumn } from "../model/inputsTable";
import { canonicalKey } from "../model/scenario";
import { WorkbookError } from "./workbookErrors";

/**
 * Finding a scenario column and a key's row in a read inputs table, with the message the pane shows
 * when there is none. Pure, so the Excel workbook and the browser preview's in-memory one share it.
 */

/** The scenario column a name means, or an error naming the columns there are. */
export function requireScenarioColumn(reading: InputsTableReading, scenario: string): ScenarioColumn {
  const name = findScenario(reading.scenarios, scenario);
  const column = reading.columns.scenarios.find((s) => s.name === name);
  if (!column) {
    throw new WorkbookError(
      `The inputs table has no scenario "${scenario}" (it has ${reading.scenarios.join(", ") || "none"}): pick one of those, or press Repair if Bear, Base or Bull is missing.`,
    );
  }
  return column;
}

/**
 * The body row (0-based) of a key; an error when the key has no row or more than one.
 * `firstBodyRow` is the sheet row of the first body row, for naming the duplicates' rows.
 */
export function requireKeyRow(reading: InputsTableReading, key: string, firstBodyRow?: number): number {
  const canonical = canonicalKey(key) ?? key.trim();
  const rows = reading.bodyKeys.flatMap((k, index) => (k === canonical ? [index] : []));
  if (rows.length === 0) {
    const inCatalogue = ASSUMPTIONS.some((a) => a.key === canonical);
    throw new WorkbookError(
      inCatalogue
        ? `The inputs table has no row for ${canonical}: press Repair to add it, then try again.`
        : `The inputs table has no row for ${canonical}: add the vendor first (Add vendor), then try again.`,
    );
  }
  if (rows.length > 1) {
    const at =
      firstBodyRow === undefined ? "" : ` (rows ${rows.map((index) => firstBodyRow + index).join(" and ")})`;
    throw new WorkbookError(
      `${canonical} is in the inputs table twice${at}, so the add-in cannot tell which to change: delete one of the rows, then try again.`,
    );
  }
  return rows[0] ?? 0;
}
