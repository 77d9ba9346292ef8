import { ASSUMPTIONS, findAssumption } from "../assumptions";
import type { BuiltInScenario } from "../assumptionTypes";
import {
  catalogueValue,
  defaultValue,
  fixedCell,
  headerText,
  numberFormatFor,
  rowCells,
  standardRoles,
  type ColumnRole,
  type ScenarioColumn,
} from "./columns";
import type { InputsTableReading } from "./read";
import { numberIn, type Cell } from "./shared";

// ---------------------------------------------------------------------------------------------
// Repair

export interface PlannedColumn {
  readonly header: string;
  readonly role: ColumnRole;
  /** 0-based table column at which it is inserted, counted after the columns inserted before it. */
  readonly index: number;
  /** One cell per existing body row. */
  readonly values: readonly Cell[];
}

export interface PlannedRow {
  readonly key: string;
  /** Cells in the order of the repaired table's columns. */
  readonly cells: readonly Cell[];
  readonly numberFormat: string;
}

export interface RepairPlan {
  readonly columns: readonly PlannedColumn[];
  readonly rows: readonly PlannedRow[];
  /** Header of the table after the repair. */
  readonly header: readonly string[];
  readonly roles: readonly ColumnRole[];
}

const ROLE_ORDER = ["key", "label", "unit", "bear", "base", "bull", "custom", "kind", "source"] as const;

function roleRank(role: ColumnRole): number | undefined {
  if (role.kind === "fixed") return ROLE_ORDER.indexOf(role.column);
  if (role.kind === "scenario") return ROLE_ORDER.indexOf(role.builtIn ?? "custom");
  return undefined;
}

/** Where a missing column goes: right of the last column that comes before it in the standard order. */
function insertionIndex(roles: readonly ColumnRole[], missing: ColumnRole): number {
  const rank = roleRank(missing) ?? ROLE_ORDER.length;
  let index = 0;
  roles.forEach((role, i) => {
    const other = roleRank(role);
    if (other !== undefined && other < rank) index = i + 1;
  });
  return index;
}

/** A built-in scenario value for an existing row: the catalogue's, or (user vendors' observed values) the row's own. */
function valueForExistingRow(
  key: string | undefined,
  builtIn: BuiltInScenario,
  row: readonly unknown[],
  scenarios: readonly ScenarioColumn[],
): Cell {
  if (key === undefined) return "";
  const catalogue = defaultValue(key, builtIn);
  if (catalogue !== undefined) return catalogue;
  for (const scenario of scenarios) {
    const value = numberIn(row[scenario.index]);
    if (value !== undefined) return value;
  }
  return "";
}

/**
 * What Repair adds to a damaged table: missing columns (filled from the catalogue for every row
 * whose key is known) and missing catalogue rows, appended at the end. Existing cells are never
 * part of the plan, so the user's values stay as they are. Without a Key column nothing can be
 * matched, so nothing is planned (the problem says how to recover).
 */
export function planRepair(reading: InputsTableReading): RepairPlan {
  const { language } = reading;
  if (reading.columns.fixed.key === undefined) {
    return { columns: [], rows: [], header: reading.header, roles: reading.columns.roles };
  }
  const roles = [...reading.columns.roles];
  const header = [...reading.header];
  const columns: PlannedColumn[] = [];
  for (const role of standardRoles([])) {
    const present = roles.some(
      (r) =>
        (role.kind === "fixed" && r.kind === "fixed" && r.column === role.column) ||
        (role.kind === "scenario" && r.kind === "scenario" && r.builtIn === role.builtIn),
    );
    if (present) continue;
    const index = insertionIndex(roles, role);
    const values = reading.body.map((row, bodyIndex): Cell => {
      const key = reading.bodyKeys[bodyIndex];
      if (role.kind === "scenario" && role.builtIn) {
        return valueForExistingRow(key, role.builtIn, row, reading.columns.scenarios);
      }
      const definition = key === undefined ? undefined : findAssumption(key);
      return definition && role.kind === "fixed" ? fixedCell(definition, role.column, language) : "";
    });
    const text = headerText(role, language);
    columns.push({ header: text, role, index, values });
    roles.splice(index, 0, role);
    header.splice(index, 0, text);
  }
  const present = new Set(reading.bodyKeys.filter((key): key is string => key !== undefined));
  const rows = ASSUMPTIONS.filter(({ key }) => !present.has(key)).map(({ key }): PlannedRow => ({
    key,
    cells: rowCells(key, roles, language, catalogueValue(key)),
    numberFormat: numberFormatFor(key),
  }));
  return { columns, rows, header, roles };
}
