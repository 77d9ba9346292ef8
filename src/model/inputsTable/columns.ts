import { ASSUMPTIONS, findAssumption } from "../assumptions";
import { BUILT_IN_SCENARIOS, type AssumptionDefinition, type BuiltInScenario } from "../assumptionTypes";
import { baselineFigure } from "../baseline";
import { canonicalKey, parseBuiltInScenario } from "../scenario";
import { INPUTS_SHEET } from "../layout/inputsSheet";
import {
  LAYOUT_TEXT,
  SCENARIO_HEADERS,
  inLanguage,
  unitFormat,
  unitText,
  type Bilingual,
  type LayoutLanguage,
} from "../layout/layoutText";
import type { Cell } from "./shared";

/** The model layout's inputs sheet: the Forecast sheet's formulas look assumptions up there. */
export const INPUTS_SHEET_NAME = INPUTS_SHEET;
export const INPUTS_TABLE_NAME = "GovCloudInputs";
/**
 * Version of the table's shape, stamped in the document settings. Bump it when a release adds a
 * column or catalogue row that older workbooks lack, so their tables report `olderVersion` and
 * Repair adds the new parts.
 */
export const INPUTS_TABLE_VERSION = 1;
/** Workbook name of the whole table, header included: the `table` argument of the risk functions. */
export const TABLE_WORKBOOK_NAME = "GC_TABLE";

/** The table's shape, recognised by header text in English or Chinese. */
export type FixedColumn = "key" | "label" | "unit" | "kind" | "source";

export const FIXED_HEADERS: Readonly<Record<FixedColumn, Bilingual>> = {
  key: LAYOUT_TEXT.key,
  label: LAYOUT_TEXT.assumption,
  unit: LAYOUT_TEXT.unit,
  kind: LAYOUT_TEXT.kind,
  source: LAYOUT_TEXT.source,
};

/** Names of the built-in scenario columns as the snapshot reports them, whatever the header language. */
export const BUILT_IN_SCENARIO_NAMES: Readonly<Record<BuiltInScenario, string>> = {
  bear: SCENARIO_HEADERS.bear.en,
  base: SCENARIO_HEADERS.base.en,
  bull: SCENARIO_HEADERS.bull.en,
};

export type ColumnRole =
  | { readonly kind: "fixed"; readonly column: FixedColumn }
  | { readonly kind: "scenario"; readonly name: string; readonly builtIn?: BuiltInScenario }
  /** A column the user added that is not a scenario (after Kind, say): kept, never written. */
  | { readonly kind: "extra" };

export interface ScenarioColumn {
  /** "Bear", "Base", "Bull" or the custom scenario's header. */
  readonly name: string;
  readonly header: string;
  /** 0-based column within the table. */
  readonly index: number;
  readonly builtIn?: BuiltInScenario;
}

export interface InputsTableColumns {
  readonly fixed: Readonly<Partial<Record<FixedColumn, number>>>;
  readonly scenarios: readonly ScenarioColumn[];
  readonly roles: readonly ColumnRole[];
}

// ---------------------------------------------------------------------------------------------
// Cells of a row

function isUserDefined(definition: AssumptionDefinition): boolean {
  return !ASSUMPTIONS.some((a) => a.key === definition.key);
}

function kindText(definition: AssumptionDefinition, language: LayoutLanguage): string {
  if (isUserDefined(definition)) return inLanguage(LAYOUT_TEXT.userValue, language);
  return inLanguage(
    definition.source.kind === "article" ? LAYOUT_TEXT.articleFigure : LAYOUT_TEXT.ourAssumption,
    language,
  );
}

/** The baseline keys and quotes of an article figure; the rationale of one of our assumptions. */
function sourceText(definition: AssumptionDefinition, language: LayoutLanguage): string {
  if (isUserDefined(definition)) return inLanguage(LAYOUT_TEXT.userValue, language);
  const { source } = definition;
  if (source.kind === "assumption") return source.rationale;
  const parts = source.baselineKeys.map((key) => `${key}: “${baselineFigure(key).quote}”`);
  if (source.note) parts.push(source.note);
  return parts.join(" ");
}

export function fixedCell(
  definition: AssumptionDefinition,
  column: FixedColumn,
  language: LayoutLanguage,
): string {
  switch (column) {
    case "key":
      return canonicalKey(definition.key) ?? definition.key;
    case "label":
      return inLanguage(definition.label, language);
    case "unit":
      return unitText(definition.unit, language);
    case "kind":
      return kindText(definition, language);
    case "source":
      return sourceText(definition, language);
  }
}

/**
 * The default of an assumption in a built-in scenario; undefined where there is none (a user
 * vendor's observed values, which only the user knows).
 */
export function defaultValue(key: string, scenario: BuiltInScenario): number | undefined {
  const value = findAssumption(key)?.values[scenario];
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** Number format of a key's value cells: percent for fractions, thousands for money (layoutText). */
export function numberFormatFor(key: string): string {
  const definition = findAssumption(key);
  return definition ? unitFormat(definition.unit) : "General";
}

/**
 * A whole row for `key` under the given columns; `scenarioValue` gives each scenario column's value
 * (custom scenarios start from Base).
 */
export function rowCells(
  key: string,
  roles: readonly ColumnRole[],
  language: LayoutLanguage,
  scenarioValue: (column: { name: string; builtIn?: BuiltInScenario }) => Cell | undefined,
): Cell[] {
  const definition = findAssumption(key);
  if (!definition) throw new Error(`Unknown assumption "${key}".`);
  return roles.map((role) => {
    if (role.kind === "fixed") return fixedCell(definition, role.column, language);
    if (role.kind === "scenario") return scenarioValue(role) ?? "";
    return "";
  });
}

export function catalogueValue(key: string): (column: { builtIn?: BuiltInScenario }) => number | undefined {
  return (column) => defaultValue(key, column.builtIn ?? "base");
}

// ---------------------------------------------------------------------------------------------
// A new table

export function standardRoles(customScenarios: readonly string[]): ColumnRole[] {
  return [
    { kind: "fixed", column: "key" },
    { kind: "fixed", column: "label" },
    { kind: "fixed", column: "unit" },
    ...BUILT_IN_SCENARIOS.map((builtIn): ColumnRole => ({
      kind: "scenario",
      name: BUILT_IN_SCENARIO_NAMES[builtIn],
      builtIn,
    })),
    ...customScenarios.map((name): ColumnRole => ({ kind: "scenario", name })),
    { kind: "fixed", column: "kind" },
    { kind: "fixed", column: "source" },
  ];
}

/** The header text of a column in the table's language. */
export function headerText(role: ColumnRole, language: LayoutLanguage): string {
  if (role.kind === "fixed") return inLanguage(FIXED_HEADERS[role.column], language);
  if (role.kind === "scenario") {
    return role.builtIn ? inLanguage(SCENARIO_HEADERS[role.builtIn], language) : role.name;
  }
  return "";
}

export interface ExpectedInputsTable {
  readonly header: readonly string[];
  readonly roles: readonly ColumnRole[];
  readonly keys: readonly string[];
  /** One row of cells per catalogue assumption, in catalogue order. */
  readonly rows: readonly (readonly Cell[])[];
  /** Number format of each row's scenario cells. */
  readonly numberFormats: readonly string[];
}

/** The table Set up writes: every catalogue assumption with the article defaults; custom columns copy Base. */
export function expectedInputsTable(
  language: LayoutLanguage,
  customScenarios: readonly string[] = [],
): ExpectedInputsTable {
  const roles = standardRoles(customScenarios);
  const keys = ASSUMPTIONS.map((a) => a.key);
  return {
    header: roles.map((role) => headerText(role, language)),
    roles,
    keys,
    rows: keys.map((key) => rowCells(key, roles, language, catalogueValue(key))),
    numberFormats: keys.map(numberFormatFor),
  };
}

// ---------------------------------------------------------------------------------------------
// Recognising the columns of a table read back

export function fixedColumnOf(header: string): FixedColumn | undefined {
  const lower = header.trim().toLowerCase();
  return (Object.keys(FIXED_HEADERS) as FixedColumn[]).find((column) =>
    [FIXED_HEADERS[column].en, FIXED_HEADERS[column].zh].some((text) => text.toLowerCase() === lower),
  );
}

/**
 * Roles of the header cells. A header that is neither fixed nor built-in is a custom scenario when
 * it sits between Unit (or Key) and Kind (or Source): that is where Add scenario puts columns.
 */
export function tableColumns(header: readonly string[]): InputsTableColumns {
  const fixed: Partial<Record<FixedColumn, number>> = {};
  const builtIns: Partial<Record<BuiltInScenario, number>> = {};
  header.forEach((text, index) => {
    const column = fixedColumnOf(text);
    if (column !== undefined && fixed[column] === undefined) {
      fixed[column] = index;
      return;
    }
    const builtIn = parseBuiltInScenario(text);
    if (builtIn && builtIns[builtIn] === undefined) builtIns[builtIn] = index;
  });
  const start = fixed.unit ?? fixed.label ?? fixed.key ?? -1;
  const end = fixed.kind ?? fixed.source ?? header.length;
  const roles: ColumnRole[] = [];
  const scenarios: ScenarioColumn[] = [];
  const customNames = new Set<string>();
  header.forEach((text, index) => {
    const fixedColumn = (Object.keys(fixed) as FixedColumn[]).find((column) => fixed[column] === index);
    if (fixedColumn) {
      roles.push({ kind: "fixed", column: fixedColumn });
      return;
    }
    const builtIn = BUILT_IN_SCENARIOS.find((s) => builtIns[s] === index);
    if (builtIn) {
      const name = BUILT_IN_SCENARIO_NAMES[builtIn];
      roles.push({ kind: "scenario", name, builtIn });
      scenarios.push({ name, header: text, index, builtIn });
      return;
    }
    const name = text.trim();
    if (index > start && index < end && name !== "" && !customNames.has(name.toLowerCase())) {
      customNames.add(name.toLowerCase());
      roles.push({ kind: "scenario", name });
      scenarios.push({ name, header: text, index });
      return;
    }
    roles.push({ kind: "extra" });
  });
  return { fixed, scenarios, roles };
}
