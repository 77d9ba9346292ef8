import { findAssumption } from "./assumptions";
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from "./assumptionTypes";
import { isEmptyCell, numberFromCell, textFromCell } from "./cellValues";
import { ModelError } from "./errors";
import {
  builtInScenario,
  createScenario,
  parseBuiltInScenario,
  type AssumptionOverride,
  type Scenario,
} from "./scenario";

/**
 * Scenarios as users keep them in cells. Two shapes:
 * - a range whose first column holds assumption keys and last column values (the inputs table's
 *   Key…Base columns, named GC_BASE), applied on top of built-in base;
 * - the whole inputs table (GC_TABLE): a header row, a Key column and Bear/Base/Bull columns.
 * Row numbers in messages count from 1 at the range's first row, as the user sees the range.
 */

export type CellRows = readonly (readonly unknown[])[];

/** A bear/base/bull triple: what the Monte Carlo and tornado span. */
export interface ScenarioSet {
  readonly bear: Scenario;
  readonly base: Scenario;
  readonly bull: Scenario;
}

function looksLikeHeader(row: readonly unknown[]): boolean {
  const key = textFromCell(row[0]);
  const value = row[row.length - 1];
  return key !== undefined && !findAssumption(key) && !isEmptyCell(value) && typeof value === "string";
}

/** Key/value overrides from a range; empty rows are skipped, an optional header row too. */
export function overridesFromRows(rows: CellRows, rangeName = "scenario range"): AssumptionOverride[] {
  const overrides: AssumptionOverride[] = [];
  rows.forEach((row, index) => {
    if (index === 0 && looksLikeHeader(row)) return;
    const where = ` (row ${index + 1} of the ${rangeName})`;
    if (row.length < 2) {
      throw new ModelError("invalidValue", `The ${rangeName} needs two columns: keys first, values last.`);
    }
    const key = textFromCell(row[0]);
    const cell = row[row.length - 1];
    if (key === undefined) {
      if (isEmptyCell(cell)) return;
      throw new ModelError("missingValue", `Row ${index + 1} of the ${rangeName} has a value but no key.`);
    }
    overrides.push({ key, value: numberFromCell(cell, `${key}${where}`), where });
  });
  return overrides;
}

export function scenarioFromRows(rows: CellRows, base: BuiltInScenario = "base", name = "custom"): Scenario {
  return createScenario(base, overridesFromRows(rows), name);
}

/** Column of each built-in scenario in an inputs table's header row (English or Chinese names). */
function scenarioColumns(header: readonly unknown[]): Record<BuiltInScenario, number> {
  const columns: Partial<Record<BuiltInScenario, number>> = {};
  header.forEach((cell, column) => {
    const scenario = parseBuiltInScenario(textFromCell(cell) ?? "");
    if (scenario && columns[scenario] === undefined) columns[scenario] = column;
  });
  const missing = BUILT_IN_SCENARIOS.filter((s) => columns[s] === undefined);
  if (missing.length > 0) {
    throw new ModelError(
      "invalidValue",
      `The table's header row needs Bear, Base and Bull columns; missing ${missing.join(", ")}.`,
    );
  }
  return columns as Record<BuiltInScenario, number>;
}

function keyColumn(header: readonly unknown[]): number {
  const found = header.findIndex((cell) => ["key", "键"].includes((textFromCell(cell) ?? "").toLowerCase()));
  return found >= 0 ? found : 0;
}

/** Bear, base and bull scenarios from an inputs table with a header row. */
export function scenarioSetFromTable(rows: CellRows): ScenarioSet {
  const [header, ...body] = rows;
  if (!header)
    throw new ModelError("missingValue", "The table is empty: it needs a header row and assumption rows.");
  const columns = scenarioColumns(header);
  const keyAt = keyColumn(header);
  const overrides: Record<BuiltInScenario, AssumptionOverride[]> = { bear: [], base: [], bull: [] };
  body.forEach((row, index) => {
    const key = textFromCell(row[keyAt]);
    if (key === undefined) return;
    for (const scenario of BUILT_IN_SCENARIOS) {
      const where = ` (${scenario}, row ${index + 2} of the table)`;
      overrides[scenario].push({
        key,
        value: numberFromCell(row[columns[scenario]], `${key}${where}`),
        where,
      });
    }
  });
  return {
    bear: createScenario("bear", overrides.bear),
    base: createScenario("base", overrides.base),
    bull: createScenario("bull", overrides.bull),
  };
}

const BUILT_IN_SET: ScenarioSet = {
  bear: builtInScenario("bear"),
  base: builtInScenario("base"),
  bull: builtInScenario("bull"),
};

export function builtInScenarioSet(): ScenarioSet {
  return BUILT_IN_SET;
}
