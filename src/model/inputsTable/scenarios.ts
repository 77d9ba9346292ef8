import { findAssumption } from "../assumptions";
import { BUILT_IN_SCENARIOS } from "../assumptionTypes";
import { boundsProblem } from "../bounds";
import { numberFromCell } from "../cellValues";
import { ModelError } from "../errors";
import { createScenario, parseBuiltInScenario, type AssumptionOverride, type Scenario } from "../scenario";
import { BUILT_IN_SCENARIO_NAMES } from "./columns";
import type { InputsRow, TableProblem } from "./read";
import { numberIn } from "./shared";

/**
 * The one way the inputs table becomes scenarios, for the custom functions (GC_TABLE), the pane's
 * forecast, the Risk tab and the Forecast sheet alike: a scenario is computed from exactly the values
 * its column holds, or not at all. A cell that is not a number, a value out of bounds, a key unknown
 * or given twice is never replaced by a default: the caller gets the reader's message for it (the
 * functions as #VALUE!, the pane in place of the numbers, the sheet as the reason it is not inserted).
 */

/** The table as read (`readInputsTable`) or as the pane holds it (`InputsSnapshot`). */
export interface TableValues {
  readonly rows: readonly InputsRow[];
  readonly problems: readonly TableProblem[];
}

/**
 * Which of the table's problems stop a caller.
 * - `strict` (custom functions, the pane): every problem that changes a value (`changesValues`):
 *   the pane lists all problems, and computes with the same values as the functions, so one bad
 *   cell is the same error in GOVCLOUD.SIMULATE(…,GC_TABLE), the forecast view and the Risk tab.
 *   A missing catalogue row is no error: the scenario's built-in value stands, as in any argument
 *   range that leaves a key out.
 * - `forecastSheet`: those, and every missing column or catalogue row, since the sheet's formulas
 *   look each catalogue key up in the table and chart every scenario column.
 */
export type InputsPolicy = "strict" | "forecastSheet";

function blocks(policy: InputsPolicy, problem: TableProblem): boolean {
  if (problem.changesValues) return true;
  return policy === "forecastSheet" && (problem.kind === "missingColumn" || problem.kind === "missingRow");
}

export interface UsedColumns {
  /** The scenario columns the caller computes; all of them when absent. */
  readonly scenarios?: readonly string[];
  /** Values typed in the pane but not written yet, by key: they replace their cells. */
  readonly drafts?: Readonly<Record<string, number>>;
}

/** The problems that stop `policy`'s caller from using the table the way `used` says, in table order. */
export function blockingProblems(
  table: TableValues,
  policy: InputsPolicy,
  used: UsedColumns = {},
): TableProblem[] {
  const { scenarios, drafts = {} } = used;
  return table.problems.filter((problem) => {
    if (!blocks(policy, problem)) return false;
    if (problem.scenario === undefined) return true;
    if (scenarios !== undefined && !scenarios.includes(problem.scenario)) return false;
    // A value typed over a damaged cell replaces it.
    const cellProblem = problem.kind === "notANumber" || problem.kind === "outOfBounds";
    return !(cellProblem && problem.key !== undefined && Object.hasOwn(drafts, problem.key));
  });
}

/**
 * Throws the first blocking problem's message as a ModelError ("invalidValue": #VALUE! in a cell).
 * The message is the reader's own, naming the key, the cell and its text, so every caller says the
 * same thing; the pane's problem list shows the rest.
 */
export function requireUsableTable(table: TableValues, policy: InputsPolicy, used: UsedColumns = {}): void {
  const [first] = blockingProblems(table, policy, used);
  // The reader wrote the message in the reading's language already (read.ts, `say`), so that one
  // text stands for both: whoever shows it gets the language the table was read in.
  if (first) throw new ModelError("invalidValue", { en: first.message, zh: first.message });
}

/**
 * The scenario of one column, strictly: a built-in column on top of its own defaults, a custom one
 * on top of Base (as Add scenario fills it), with `drafts` in place of their cells. Throws the
 * reader's message when a problem changes one of its values, and the engine's ModelError when
 * values contradict each other (the gov-cloud market above the whole market).
 */
export function tableScenario(
  table: TableValues,
  column: string,
  drafts: Readonly<Record<string, number>> = {},
): Scenario {
  requireUsableTable(table, "strict", { scenarios: [column], drafts });
  const overrides: AssumptionOverride[] = [];
  for (const row of table.rows) {
    if (Object.hasOwn(drafts, row.key) || !(column in row.values)) continue;
    // Every cell here passed the reader (a damaged one blocks above): numberFromCell cannot throw
    // unless rows and problems come from different readings, and then it names the cell's key.
    const value = numberFromCell(row.values[column], {
      en: `${row.key} (${column})`,
      zh: `${row.key}(${column})`,
    });
    overrides.push({
      key: row.key,
      value,
      where: { en: ` (${column}, ${row.address})`, zh: `(${column},${row.address})` },
    });
  }
  for (const [key, value] of Object.entries(drafts)) overrides.push({ key, value });
  return createScenario(parseBuiltInScenario(column) ?? "base", overrides, column);
}

/** The cell's value when the reader accepts it for `key` (a number within its bounds), else undefined. */
export function usableCellValue(key: string, raw: unknown): number | undefined {
  const definition = findAssumption(key);
  const value = numberIn(raw);
  return definition && value !== undefined && !boundsProblem(definition, value) ? value : undefined;
}

/** A bear/base/bull triple: what the Monte Carlo and tornado span. */
export interface ScenarioSet {
  readonly bear: Scenario;
  readonly base: Scenario;
  readonly bull: Scenario;
}

/** Bear, Base and Bull as the table holds them, strictly: the risk functions' and the Risk tab's set. */
export function tableScenarioSet(table: TableValues): ScenarioSet {
  const names = BUILT_IN_SCENARIOS.map((s) => BUILT_IN_SCENARIO_NAMES[s]);
  requireUsableTable(table, "strict", { scenarios: names });
  const [bear, base, bull] = names.map((name) => tableScenario(table, name));
  if (!bear || !base || !bull) throw new Error("unreachable: three built-in scenarios");
  return { bear, base, bull };
}
