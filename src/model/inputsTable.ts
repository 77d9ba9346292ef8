import { ASSUMPTIONS, findAssumption } from "./assumptions";
import { BUILT_IN_SCENARIOS, type AssumptionDefinition, type BuiltInScenario } from "./assumptionTypes";
import { baselineFigure } from "./baseline";
import { isEmptyCell, numberFromCell, textFromCell } from "./cellValues";
import { canonicalKey, parseBuiltInScenario } from "./scenario";
import { cellAddress } from "./layout/a1";
import { INPUTS_SHEET } from "./layout/inputsSheet";
import {
  LAYOUT_TEXT,
  SCENARIO_HEADERS,
  inLanguage,
  unitFormat,
  unitText,
  type Bilingual,
  type LayoutLanguage,
} from "./layout/layoutText";

/**
 * The task pane's inputs table (`GovCloudInputs` on the sheet `GovCloud Inputs`), as plain data:
 * what a new table holds, how a table read back from a workbook is diagnosed, and what Repair adds.
 * No Office here: `src/office/` reads and writes the cells, this module decides what they mean.
 *
 * Columns: Key | Assumption | Unit | Bear | Base | Bull | (custom scenarios) | Kind | Source — the
 * Inputs sheet's columns (layout/inputsSheet.ts) with room for the user's own scenarios. Headers are
 * written in the workbook's language and recognised in either, so a table set up in Chinese still
 * reads in an English pane. The user's values are never changed here: a damaged cell is reported
 * with its address, and Repair only adds what is missing.
 */

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

const FIXED_HEADERS: Readonly<Record<FixedColumn, Bilingual>> = {
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

/** Something wrong with the inputs table, with where it is; the user's values are never dropped. */
export interface TableProblem {
  readonly kind:
    | "missingTable"
    | "missingColumn"
    | "missingRow"
    | "duplicateKey"
    | "unknownKey"
    | "notANumber"
    | "outOfBounds"
    | "olderVersion"
    | "missingName";
  /** What is wrong and what Repair will do, in the UI language. */
  readonly message: string;
  readonly key?: string;
  /** Worksheet address of the offending cell or row, e.g. "'GovCloud Inputs'!E7". */
  readonly address?: string;
}

/** One assumption row as read from the table: the raw cell of every scenario column. */
export interface InputsRow {
  /** The catalogue's spelling of the key when it is known, else the key as typed. */
  readonly key: string;
  /** Scenario column name → the cell's raw value (a number, or text when damaged). */
  readonly values: Readonly<Record<string, unknown>>;
  /** The row's worksheet address, e.g. "'GovCloud Inputs'!A7:I7". */
  readonly address: string;
  /** Scenario column name → the cell's number format, when number formats were read. */
  readonly numberFormats?: Readonly<Record<string, string>>;
}

export interface InputsTableReading {
  /** Scenario columns in table order: "Bear", "Base", "Bull", then custom scenarios. */
  readonly scenarios: readonly string[];
  readonly rows: readonly InputsRow[];
  readonly problems: readonly TableProblem[];
  /** The header row as read (text). */
  readonly header: readonly string[];
  readonly columns: InputsTableColumns;
  /** The language the table's headers are written in (decides the words Repair writes). */
  readonly language: LayoutLanguage;
  /** Canonical key of each body row (undefined for a blank or unknown key), in table order. */
  readonly bodyKeys: readonly (string | undefined)[];
  /** The body rows' raw values. */
  readonly body: readonly (readonly unknown[])[];
}

export interface ReadOptions {
  /** Language of the problem messages; by default the language of the table's headers. */
  readonly language?: LayoutLanguage;
  /**
   * The version stamp found in the document settings. When this option is present (even as
   * `undefined`, a table made before stamping) a stamp older than INPUTS_TABLE_VERSION is a problem.
   */
  readonly version?: number;
  /** The sheet the table is on, for addresses; default INPUTS_SHEET_NAME. */
  readonly sheet?: string;
  /** 1-based row and column of the table's header-left cell; default A1. */
  readonly origin?: { readonly row: number; readonly column: number };
  /** The table's number formats, the same shape as `values`. */
  readonly numberFormats?: readonly (readonly unknown[])[];
}

type Cell = string | number;

function say(language: LayoutLanguage, en: string, zh: string): string {
  return language === "en" ? en : zh;
}

/** A sheet-qualified A1 address, quoting the sheet name when Excel needs it: "'GovCloud Inputs'!E7". */
export function qualifiedAddress(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
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

function fixedCell(definition: AssumptionDefinition, column: FixedColumn, language: LayoutLanguage): string {
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

function catalogueValue(key: string): (column: { builtIn?: BuiltInScenario }) => number | undefined {
  return (column) => defaultValue(key, column.builtIn ?? "base");
}

// ---------------------------------------------------------------------------------------------
// A new table

function standardRoles(customScenarios: readonly string[]): ColumnRole[] {
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
// Reading a table back

function fixedColumnOf(header: string): FixedColumn | undefined {
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

function headerLanguage(header: readonly string[]): LayoutLanguage {
  const zh = Object.values(FIXED_HEADERS).filter((text) => header.includes(text.zh)).length;
  const en = Object.values(FIXED_HEADERS).filter((text) => header.includes(text.en)).length;
  return zh > en ? "zh-CN" : "en";
}

const COLUMN_WORDS: Readonly<Record<FixedColumn | BuiltInScenario, Bilingual>> = {
  ...FIXED_HEADERS,
  ...SCENARIO_HEADERS,
};

interface ReadContext {
  readonly language: LayoutLanguage;
  readonly sheet: string;
  readonly origin: { readonly row: number; readonly column: number };
}

function cellAt(context: ReadContext, bodyIndex: number, column: number): string {
  const row = context.origin.row + 1 + bodyIndex;
  return qualifiedAddress(context.sheet, cellAddress(row, context.origin.column + column));
}

function rowAt(context: ReadContext, bodyIndex: number, width: number): string {
  const row = context.origin.row + 1 + bodyIndex;
  const first = cellAddress(row, context.origin.column);
  const last = cellAddress(row, context.origin.column + Math.max(width, 1) - 1);
  return qualifiedAddress(context.sheet, `${first}:${last}`);
}

function missingColumnProblems(columns: InputsTableColumns, language: LayoutLanguage): TableProblem[] {
  const problems: TableProblem[] = [];
  const present = (column: FixedColumn | BuiltInScenario): boolean =>
    (BUILT_IN_SCENARIOS as readonly string[]).includes(column)
      ? columns.scenarios.some((s) => s.builtIn === column)
      : columns.fixed[column as FixedColumn] !== undefined;
  for (const column of ["key", "label", "unit", ...BUILT_IN_SCENARIOS, "kind", "source"] as const) {
    if (present(column)) continue;
    const name = inLanguage(COLUMN_WORDS[column], language);
    problems.push({
      kind: "missingColumn",
      message:
        column === "key"
          ? say(
              language,
              `The table has no "${name}" column, so no row can be read. Undo the change (Ctrl+Z), or rename the inputs sheet and set up the workbook again.`,
              `表中没有“${name}”列,无法读取任何行。请撤销该修改(Ctrl+Z),或重命名输入表所在工作表后重新设置工作簿。`,
            )
          : say(
              language,
              `The table has no "${name}" column. Repair adds it with the catalogue's values.`,
              `表中缺少“${name}”列。“修复”会按目录默认值添加该列。`,
            ),
    });
  }
  return problems;
}

function cellProblem(
  context: ReadContext,
  key: string,
  scenario: string,
  raw: unknown,
  formula: unknown,
  address: string,
): TableProblem {
  const { language } = context;
  const fromFormula = typeof formula === "string" && formula.startsWith("=");
  const what = isEmptyCell(raw)
    ? say(language, "is empty", "为空")
    : fromFormula
      ? say(
          language,
          `holds a formula that gives ${JSON.stringify(raw)}`,
          `中的公式结果为${JSON.stringify(raw)}`,
        )
      : say(language, `holds ${JSON.stringify(raw)}`, `中是${JSON.stringify(raw)}`);
  return {
    kind: "notANumber",
    key,
    address,
    message: say(
      language,
      `${key} (${scenario}) at ${address} ${what}, not a number. Type a number there; the functions and the Forecast sheet cannot use this row until then.`,
      `${key}(${scenario})位于${address},该单元格${what},不是数字。请在此输入数字;在此之前函数和预测表无法使用该行。`,
    ),
  };
}

function boundsProblem(
  context: ReadContext,
  definition: AssumptionDefinition,
  scenario: string,
  value: number,
  address: string,
): TableProblem {
  const { language } = context;
  return {
    kind: "outOfBounds",
    key: definition.key,
    address,
    message: say(
      language,
      `${definition.key} (${scenario}) at ${address} is ${value}; it must be between ${definition.lower} and ${definition.upper}.`,
      `${definition.key}(${scenario})位于${address},取值${value}超出范围,应介于${definition.lower}与${definition.upper}之间。`,
    ),
  };
}

/** Reads a number the way the engine does (numeric text counts); undefined when it is not one. */
function numberIn(raw: unknown): number | undefined {
  try {
    return numberFromCell(raw, "cell");
  } catch {
    return undefined;
  }
}

/**
 * Diagnoses the table's cells: `values` (and `formulas`, the same shape, when known) are the whole
 * table, header row first, as Office.js or exceljs return them.
 */
export function readInputsTable(
  values: readonly (readonly unknown[])[],
  formulas?: readonly (readonly unknown[])[],
  options: ReadOptions = {},
): InputsTableReading {
  const header = (values[0] ?? []).map((cell) => textFromCell(cell) ?? "");
  const tableLanguage = headerLanguage(header);
  const context: ReadContext = {
    language: options.language ?? tableLanguage,
    sheet: options.sheet ?? INPUTS_SHEET_NAME,
    origin: options.origin ?? { row: 1, column: 1 },
  };
  const { language } = context;
  const columns = tableColumns(header);
  const body = values.slice(1);
  const problems: TableProblem[] = [];
  const rows: InputsRow[] = [];
  const bodyKeys: (string | undefined)[] = [];

  if (values.length === 0) {
    problems.push({
      kind: "missingTable",
      message: say(
        language,
        `The ${INPUTS_TABLE_NAME} table is empty. Set up the workbook again to recreate it.`,
        `${INPUTS_TABLE_NAME}表为空。请重新设置工作簿以重建该表。`,
      ),
    });
  }
  if ("version" in options) problems.push(...versionProblems(options.version, language));
  problems.push(...missingColumnProblems(columns, language));

  const keyIndex = columns.fixed.key;
  const firstRowOf = new Map<string, string>();
  // Scenario name → the two market anchors' values and the gov anchor's address, for the share cross-check.
  const anchors = new Map<string, { gov?: number; total?: number; govAddress?: string }>();
  body.forEach((row, bodyIndex) => {
    const keyText = keyIndex === undefined ? undefined : textFromCell(row[keyIndex]);
    const canonical = keyText === undefined ? undefined : canonicalKey(keyText);
    bodyKeys.push(canonical);
    if (keyIndex === undefined) return;
    if (keyText === undefined) {
      if (columns.scenarios.some((s) => !isEmptyCell(row[s.index]))) {
        const address = cellAt(context, bodyIndex, keyIndex);
        problems.push({
          kind: "unknownKey",
          address,
          message: say(
            language,
            `The row at ${address} has values but no key. Type its key (GOVCLOUD.ASSUMPTIONS() lists them) or delete the row.`,
            `${address}所在行有取值但没有键。请填写键(GOVCLOUD.ASSUMPTIONS()列出所有键)或删除该行。`,
          ),
        });
      }
      return;
    }
    const address = rowAt(context, bodyIndex, header.length);
    const rowValues: Record<string, unknown> = {};
    const formats: Record<string, string> = {};
    for (const scenario of columns.scenarios) {
      rowValues[scenario.name] = row[scenario.index];
      const format = options.numberFormats?.[bodyIndex + 1]?.[scenario.index];
      if (typeof format === "string") formats[scenario.name] = format;
    }
    rows.push({
      key: canonical ?? keyText,
      values: rowValues,
      address,
      ...(options.numberFormats ? { numberFormats: formats } : {}),
    });
    const keyAddress = cellAt(context, bodyIndex, keyIndex);
    if (canonical === undefined) {
      problems.push({
        kind: "unknownKey",
        key: keyText,
        address: keyAddress,
        message: say(
          language,
          `"${keyText}" at ${keyAddress} is not an assumption key. Correct it (GOVCLOUD.ASSUMPTIONS() lists the keys; vendors use vendor.<Name>.revenue.<year>) or delete the row; its values are ignored until then.`,
          `${keyAddress}中的“${keyText}”不是假设键。请更正(GOVCLOUD.ASSUMPTIONS()列出所有键;厂商使用vendor.<名称>.revenue.<年份>)或删除该行;在此之前该行取值被忽略。`,
        ),
      });
      return;
    }
    const first = firstRowOf.get(canonical);
    if (first !== undefined) {
      problems.push({
        kind: "duplicateKey",
        key: canonical,
        address: keyAddress,
        message: say(
          language,
          `${canonical} appears twice: at ${first} and at ${keyAddress}. Delete one of the two rows; until then the later row's values are the ones used.`,
          `${canonical}出现了两次:${first}和${keyAddress}。请删除其中一行;在此之前使用后一行的取值。`,
        ),
      });
    } else {
      firstRowOf.set(canonical, keyAddress);
    }
    const definition = findAssumption(canonical);
    if (!definition) return;
    for (const scenario of columns.scenarios) {
      const raw = row[scenario.index];
      const cell = cellAt(context, bodyIndex, scenario.index);
      const value = numberIn(raw);
      if (value === undefined) {
        const formula = formulas?.[bodyIndex + 1]?.[scenario.index];
        problems.push(cellProblem(context, canonical, scenario.name, raw, formula, cell));
        continue;
      }
      if (value < definition.lower || value > definition.upper) {
        problems.push(boundsProblem(context, definition, scenario.name, value, cell));
      }
      if (canonical === "market.gov.2021" || canonical === "market.total.2021") {
        const anchor = anchors.get(scenario.name) ?? {};
        if (canonical === "market.gov.2021")
          anchors.set(scenario.name, { ...anchor, gov: value, govAddress: cell });
        else anchors.set(scenario.name, { ...anchor, total: value });
      }
    }
  });

  for (const [scenario, { gov, total, govAddress }] of anchors) {
    if (gov !== undefined && total !== undefined && gov > total) {
      problems.push({
        kind: "outOfBounds",
        key: "market.gov.2021",
        ...(govAddress ? { address: govAddress } : {}),
        message: say(
          language,
          `In ${scenario}, market.gov.2021 (${gov}) exceeds market.total.2021 (${total}): the gov-cloud share would be above 100%. Lower one or raise the other.`,
          `在${scenario}情景中,market.gov.2021(${gov})大于market.total.2021(${total}),政务云份额将超过100%。请调低前者或调高后者。`,
        ),
      });
    }
  }

  if (keyIndex !== undefined && values.length > 0) {
    for (const { key } of ASSUMPTIONS) {
      if (firstRowOf.has(key)) continue;
      problems.push({
        kind: "missingRow",
        key,
        message: say(
          language,
          `The row for ${key} is missing. Repair adds it at the end of the table with the article defaults.`,
          `缺少${key}所在行。“修复”会在表末尾按文章默认值添加该行。`,
        ),
      });
    }
  }

  return {
    scenarios: columns.scenarios.map((s) => s.name),
    rows,
    problems,
    header,
    columns,
    language: tableLanguage,
    bodyKeys,
    body,
  };
}

/** A table without a stamp, or with an older one, was made by an earlier release of the add-in. */
export function versionProblems(version: number | undefined, language: LayoutLanguage): TableProblem[] {
  if (version !== undefined && version >= INPUTS_TABLE_VERSION) return [];
  return [
    {
      kind: "olderVersion",
      message:
        version === undefined
          ? say(
              language,
              "The inputs table has no version stamp (it was made by an earlier release, or copied from another workbook). Repair adds anything missing and stamps it.",
              "输入表没有版本标记(由早期版本创建,或从其他工作簿复制而来)。“修复”会补充缺失内容并写入版本标记。",
            )
          : say(
              language,
              `The inputs table was made by an earlier release of the add-in (version ${version}, now ${INPUTS_TABLE_VERSION}). Repair adds what this release needs; your values are kept.`,
              `输入表由早期版本的加载项创建(版本${version},当前${INPUTS_TABLE_VERSION})。“修复”会补充本版本所需内容,并保留您的取值。`,
            ),
    },
  ];
}

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

// ---------------------------------------------------------------------------------------------
// Scenario names and workbook names

/**
 * The scenario column a user means: a built-in one by any of its names (Bear, bear, 悲观), a custom
 * one by its header (case-insensitive); undefined when the table has none.
 */
export function findScenario(scenarios: readonly string[], name: string): string | undefined {
  const builtIn = parseBuiltInScenario(name);
  const wanted = builtIn ? BUILT_IN_SCENARIO_NAMES[builtIn] : name.trim();
  return scenarios.find((s) => s.toLowerCase() === wanted.toLowerCase());
}

export function isBuiltInScenarioName(name: string): boolean {
  return parseBuiltInScenario(name) !== undefined;
}

/** The workbook name of a scenario column: GC_BEAR… for built-ins, GC_<NAME> (letters, digits, _ and .) for custom ones. */
export function scenarioWorkbookName(scenario: string): string {
  const builtIn = parseBuiltInScenario(scenario);
  const body = builtIn ?? scenario.trim().replace(/[^\p{L}\p{N}_.]+/gu, "_");
  return `GC_${body.toUpperCase()}`;
}

/**
 * Checks a new custom scenario name against the table's columns and returns it trimmed; throws an
 * Error that says what to change. `renaming` is the scenario being renamed, which may keep its name.
 */
export function checkScenarioName(name: string, scenarios: readonly string[], renaming?: string): string {
  const trimmed = name.trim();
  const reject = (why: string): never => {
    throw new Error(`The scenario name "${trimmed}" ${why}`);
  };
  if (trimmed === "") throw new Error("A scenario needs a name: type one and try again.");
  if (trimmed.length > 64) reject("is longer than 64 characters: choose a shorter one.");
  // Structured references (the GC_ names refer to table columns by header) need [ ] # ' escaped, and
  // the Forecast sheet's scenario drop-down separates its choices with commas.
  if (/[[\]#',\n\r]/.test(trimmed)) reject("contains [ ] # ' , or a line break: leave those out.");
  if (!/[\p{L}\p{N}]/u.test(trimmed)) reject("has no letter or digit: add one.");
  if (isBuiltInScenarioName(trimmed)) reject("is a built-in scenario's name: choose another.");
  if (fixedColumnOf(trimmed) !== undefined)
    reject("is the name of one of the table's columns: choose another.");
  const workbookName = scenarioWorkbookName(trimmed);
  if (workbookName === TABLE_WORKBOOK_NAME)
    reject(`would be named ${workbookName}, which the whole table uses.`);
  for (const other of scenarios) {
    if (renaming !== undefined && other.toLowerCase() === renaming.toLowerCase()) continue;
    if (other.toLowerCase() === trimmed.toLowerCase()) reject("is already a scenario: choose another.");
    if (scenarioWorkbookName(other) === workbookName) {
      reject(`would be named ${workbookName}, like the scenario "${other}": choose a more different name.`);
    }
  }
  return trimmed;
}

export interface WorkbookName {
  readonly name: string;
  /** The name's formula, a structured reference to the table, so the name follows rows the table gains. */
  readonly formula: string;
}

/** A column of a structured reference: `[`, `]`, `#` and `'` are escaped with `'`. */
function structuredColumn(header: string): string {
  return `[${header.replace(/([[\]#'])/g, "'$1")}]`;
}

/** GC_TABLE (the whole table, header included) and one name per scenario column spanning Key…that column. */
export function expectedWorkbookNames(
  reading: Pick<InputsTableReading, "header" | "columns">,
): WorkbookName[] {
  const names: WorkbookName[] = [{ name: TABLE_WORKBOOK_NAME, formula: `=${INPUTS_TABLE_NAME}[#All]` }];
  const keyIndex = reading.columns.fixed.key;
  if (keyIndex === undefined) return names;
  const keyHeader = reading.header[keyIndex] ?? "";
  for (const scenario of reading.columns.scenarios) names.push(scenarioName(keyHeader, scenario));
  return names;
}

/** The name of one scenario column: the table's Key column through that column, data rows only. */
export function scenarioName(keyHeader: string, scenario: { name: string; header: string }): WorkbookName {
  return {
    name: scenarioWorkbookName(scenario.name),
    formula: `=${INPUTS_TABLE_NAME}[${structuredColumn(keyHeader)}:${structuredColumn(scenario.header)}]`,
  };
}

/** Expected names that are absent, or whose reference was broken (#REF!) by a deleted column. */
export function nameProblems(
  existing: readonly { readonly name: string; readonly formula: string }[],
  expected: readonly WorkbookName[],
  language: LayoutLanguage,
): TableProblem[] {
  const byName = new Map(existing.map((item) => [item.name.toUpperCase(), item.formula]));
  return expected.flatMap(({ name }): TableProblem[] => {
    const formula = byName.get(name.toUpperCase());
    if (formula !== undefined && !formula.includes("#REF!")) return [];
    return [
      {
        kind: "missingName",
        message:
          formula === undefined
            ? say(
                language,
                `The workbook name ${name} is missing, so formulas using it show #NAME?. Repair adds it.`,
                `缺少工作簿名称${name},使用它的公式会显示#NAME?。“修复”会添加该名称。`,
              )
            : say(
                language,
                `The workbook name ${name} refers to a deleted range (#REF!). Repair points it at the table again.`,
                `工作簿名称${name}引用了已删除的区域(#REF!)。“修复”会使其重新指向输入表。`,
              ),
      },
    ];
  });
}
