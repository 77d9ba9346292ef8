import { BUILT_IN_SCENARIO_NAMES, usableCellValue } from "../../model/inputsTable";
import { parseBuiltInScenario } from "../../model/scenario";
import type { BuiltInScenario } from "../../model/assumptionTypes";
import type { InputsSnapshot } from "../../workbook/workbookOperations";

/** One assumption's values in the Bear, Base and Bull columns, as the table holds them. */
export type ScenarioRange = Readonly<Record<BuiltInScenario, number>>;

/**
 * Each assumption's Bear/Base/Bull values where all three columns hold a usable number (a
 * damaged cell is in the problems list instead). Keyed by the table's key spelling.
 */
export function scenarioRanges(snapshot: InputsSnapshot): Map<string, ScenarioRange> {
  const ranges = new Map<string, ScenarioRange>();
  for (const row of snapshot.rows) {
    const bear = usableCellValue(row.key, row.values[BUILT_IN_SCENARIO_NAMES.bear]);
    const base = usableCellValue(row.key, row.values[BUILT_IN_SCENARIO_NAMES.base]);
    const bull = usableCellValue(row.key, row.values[BUILT_IN_SCENARIO_NAMES.bull]);
    if (bear !== undefined && base !== undefined && bull !== undefined && !ranges.has(row.key)) {
      ranges.set(row.key, { bear, base, bull });
    }
  }
  return ranges;
}

/**
 * The range with `value` typed into `scenario`'s column (a built-in one; a custom scenario is not
 * part of the risk run's Bear–Base–Bull and changes nothing).
 */
export function withTyped(range: ScenarioRange, scenario: string, value: number): ScenarioRange {
  const builtIn = parseBuiltInScenario(scenario);
  return builtIn ? { ...range, [builtIn]: value } : range;
}

/**
 * Whether Base lies outside Bear…Bull. The risk run draws each assumption from a triangular
 * distribution from Bear to Bull peaking at Base; a Base outside that span cannot be its peak, so
 * the run's P50 drifts away from Base. Bear above Bull is allowed (an assumption where more is
 * worse), so the span is taken either way round.
 */
export function baseOutsideRange(range: ScenarioRange): boolean {
  const low = Math.min(range.bear, range.bull);
  const high = Math.max(range.bear, range.bull);
  return range.base < low || range.base > high;
}
