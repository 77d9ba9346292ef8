import { findAssumption } from "./assumptions";
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from "./assumptionTypes";
import { isEmptyCell, numberFromCell, textFromCell } from "./cellValues";
import { ModelError } from "./errors";
import type { Bilingual } from "./language";
import { BUILT_IN_SCENARIO_NAMES } from "./inputsTable/columns";
import { readInputsTable } from "./inputsTable/read";
import { tableScenarioSet, type ScenarioSet } from "./inputsTable/scenarios";
import { builtInScenario, createScenario, type AssumptionOverride, type Scenario } from "./scenario";

export type { ScenarioSet } from "./inputsTable/scenarios";

/**
 * Scenarios as users keep them in cells. Two shapes:
 * - a range whose first column holds assumption keys and last column values (the inputs table's
 *   Key…Base columns, named GC_BASE), applied on top of built-in base;
 * - the whole inputs table (GC_TABLE): a header row, a Key column and Bear/Base/Bull columns.
 * Row numbers in a key/value range's messages count from 1 at its first row, as the user sees it.
 */

export type CellRows = readonly (readonly unknown[])[];

function looksLikeHeader(row: readonly unknown[]): boolean {
  const key = textFromCell(row[0]);
  const value = row[row.length - 1];
  return key !== undefined && !findAssumption(key) && !isEmptyCell(value) && typeof value === "string";
}

/** Key/value overrides from a range; empty rows are skipped, an optional header row too. */
export function overridesFromRows(rows: CellRows): AssumptionOverride[] {
  const overrides: AssumptionOverride[] = [];
  rows.forEach((row, index) => {
    if (index === 0 && looksLikeHeader(row)) return;
    const line = index + 1;
    const where: Bilingual = { en: ` (row ${line} of the scenario range)`, zh: `(情景区域第 ${line} 行)` };
    if (row.length < 2) {
      throw new ModelError("invalidValue", {
        en: "The scenario range needs two columns: keys first, values last.",
        zh: "情景区域需要两列:第一列为键,最后一列为值。",
      });
    }
    const key = textFromCell(row[0]);
    const cell = row[row.length - 1];
    if (key === undefined) {
      if (isEmptyCell(cell)) return;
      throw new ModelError("missingValue", {
        en: `Row ${line} of the scenario range has a value but no key.`,
        zh: `情景区域第 ${line} 行有值但没有键。`,
      });
    }
    const what = { en: `${key}${where.en}`, zh: `${key}${where.zh}` };
    overrides.push({ key, value: numberFromCell(cell, what), where });
  });
  return overrides;
}

export function scenarioFromRows(rows: CellRows, base: BuiltInScenario = "base", name = "custom"): Scenario {
  return createScenario(base, overridesFromRows(rows), name);
}

/**
 * Bear, base and bull scenarios from a whole inputs table with a header row (GC_TABLE), read by the
 * one inputs-table reader under its strict policy (inputsTable/scenarios.ts): a bad cell is an
 * error naming the key, the cell and its text, as the pane and the Forecast sheet report it.
 * Addresses in messages count from A1 of the inputs sheet, where Set up puts the table that
 * GC_TABLE names (Excel does not tell a function where its argument range lies).
 */
export function scenarioSetFromTable(rows: CellRows): ScenarioSet {
  if (rows.length === 0)
    throw new ModelError("missingValue", {
      en: "The table is empty: it needs a header row and assumption rows.",
      zh: "表格为空:需要一行标题和若干假设行。",
    });
  const reading = readInputsTable(rows);
  const missing = [
    ...(reading.columns.fixed.key === undefined ? ["Key"] : []),
    ...BUILT_IN_SCENARIOS.filter((s) => !reading.columns.scenarios.some((c) => c.builtIn === s)).map(
      (s) => BUILT_IN_SCENARIO_NAMES[s],
    ),
  ];
  if (missing.length > 0) {
    throw new ModelError("invalidValue", {
      en: `The table's header row needs a Key column and Bear, Base and Bull columns; missing ${missing.join(", ")}.`,
      zh: `表格的标题行需要 Key 列以及 Bear、Base、Bull 列;缺少 ${missing.join("、")}。`,
    });
  }
  return tableScenarioSet(reading);
}

const BUILT_IN_SET: ScenarioSet = {
  bear: builtInScenario("bear"),
  base: builtInScenario("base"),
  bull: builtInScenario("bull"),
};

export function builtInScenarioSet(): ScenarioSet {
  return BUILT_IN_SET;
}
