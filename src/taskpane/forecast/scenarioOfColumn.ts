import { tableScenario, tableScenarioSet } from "../../model/inputsTable";
import type { Scenario } from "../../model/scenario";
import type { ScenarioSet } from "../../model/scenarioInput";
import type { InputsSnapshot } from "../../workbook/workbookOperations";

/**
 * The engine's scenarios from the inputs table as the pane read it, by the same strict rule as the
 * custom functions and the Forecast sheet (model/inputsTable/scenarios.ts): a cell that is not a
 * number or is out of bounds is never replaced by a default; the scenario is not computed and the
 * reader's message for that cell is thrown, which the pane shows in place of the numbers.
 */

/**
 * The scenario of one column; `drafts` are values typed but not yet written. Throws a ModelError
 * naming the bad cell, or the engine's when the values contradict each other.
 */
export function scenarioOfColumn(
  snapshot: InputsSnapshot,
  column: string,
  drafts: Readonly<Record<string, number>> = {},
): Scenario {
  return tableScenario(snapshot, column, drafts);
}

/** Bear, Base and Bull as the table holds them: what the risk run and the tornado span. */
export function scenarioSetOf(snapshot: InputsSnapshot): ScenarioSet {
  return tableScenarioSet(snapshot);
}
