import { findAssumption } from "../../model/assumptions";
import { BUILT_IN_SCENARIOS } from "../../model/assumptionTypes";
import { numberFromCell } from "../../model/cellValues";
import { BUILT_IN_SCENARIO_NAMES } from "../../model/inputsTable";
import {
  createScenario,
  parseBuiltInScenario,
  type AssumptionOverride,
  type Scenario,
} from "../../model/scenario";
import type { ScenarioSet } from "../../model/scenarioInput";
import type { InputsSnapshot } from "../../workbook/workbookOperations";

/**
 * The engine's scenarios from the inputs table as the pane read it. A cell that is not a number or
 * is out of bounds is left out (the catalogue default stands in): the table's problems list names
 * it, and the forecast stays visible while the user fixes it.
 */

/** A cell's number the way the engine reads cells; undefined for text, blanks and errors. */
export function cellNumber(raw: unknown): number | undefined {
  try {
    return numberFromCell(raw, "cell");
  } catch {
    return undefined;
  }
}

/** The cell's value when the engine would accept it for `key`. */
export function usableValue(key: string, raw: unknown): number | undefined {
  const definition = findAssumption(key);
  const value = cellNumber(raw);
  if (!definition || value === undefined) return undefined;
  return value >= definition.lower && value <= definition.upper ? value : undefined;
}

/**
 * The scenario of one column: a built-in column on top of its own defaults, a custom one on top of
 * Base (as Add scenario fills it). `drafts` are values typed but not yet written. Throws the engine's
 * ModelError when the values contradict each other (the gov-cloud market above the whole market).
 */
export function scenarioOfColumn(
  snapshot: InputsSnapshot,
  column: string,
  drafts: Readonly<Record<string, number>> = {},
): Scenario {
  const overrides: AssumptionOverride[] = [];
  for (const row of snapshot.rows) {
    if (Object.hasOwn(drafts, row.key)) continue;
    const value = usableValue(row.key, row.values[column]);
    if (value !== undefined) overrides.push({ key: row.key, value });
  }
  for (const [key, value] of Object.entries(drafts)) overrides.push({ key, value });
  return createScenario(parseBuiltInScenario(column) ?? "base", overrides, column);
}

/** Bear, Base and Bull as the table holds them: what the risk run and the tornado span. */
export function scenarioSetOf(snapshot: InputsSnapshot): ScenarioSet {
  const [bear, base, bull] = BUILT_IN_SCENARIOS.map((s) =>
    scenarioOfColumn(snapshot, BUILT_IN_SCENARIO_NAMES[s]),
  );
  if (!bear || !base || !bull) throw new Error("unreachable: three built-in scenarios");
  return { bear, base, bull };
}
