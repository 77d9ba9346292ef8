import { ASSUMPTIONS, findAssumption } from "../assumptions";
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from "../assumptionTypes";
import { isEmptyCell, textFromCell } from "../cellValues";
import { boundsProblem, type BoundsProblem } from "../bounds";
import { NUMBER_TEXT_HINT } from "../numberText";
import { canonicalKey } from "../scenario";
import { cellAddress } from "../layout/a1";
import { SCENARIO_HEADERS, inLanguage, type Bilingual, type LayoutLanguage } from "../layout/layoutText";
import {
  BUILT_IN_SCENARIO_NAMES,
  FIXED_HEADERS,
  INPUTS_SHEET_NAME,
  INPUTS_TABLE_NAME,
  INPUTS_TABLE_VERSION,
  tableColumns,
  type FixedColumn,
  type InputsTableColumns,
} from "./columns";
import { numberIn, qualifiedAddress, say } from "./shared";

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
  /**
   * The scenario column whose values the problem changes ("Base", a custom scenario's name); absent
   * when it changes every column's (a row's key) or none.
   */
  readonly scenario?: string;
  /**
   * Whether the problem changes a value a scenario would be computed with (a cell that is not a
   * number or out of bounds, a key unknown or given twice, a missing Key or scenario column): no
   * reader computes past it (inputsTable/scenarios.ts). Absent for problems that change no value.
   */
  readonly changesValues?: true;
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

// ---------------------------------------------------------------------------------------------
// Reading a table back

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
    const builtIn = BUILT_IN_SCENARIOS.find((s) => s === column);
    problems.push({
      kind: "missingColumn",
      // Without Key no row is read; without a scenario column that scenario has no values of its own.
      ...(column === "key" ? { changesValues: true } : {}),
      ...(builtIn ? { scenario: BUILT_IN_SCENARIO_NAMES[builtIn], changesValues: true } : {}),
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

/** A scenario cell the engine cannot take: it changes that scenario's value of `key`. */
function scenarioCellProblem(
  kind: "notANumber" | "outOfBounds",
  where: { readonly key: string; readonly scenario: string; readonly address: string },
  message: string,
): TableProblem {
  return { kind, ...where, changesValues: true, message };
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
  return scenarioCellProblem(
    "notANumber",
    { key, scenario, address },
    say(
      language,
      `${key} (${scenario}) at ${address} ${what}, not ${NUMBER_TEXT_HINT.en}. Type a number there; until then nothing computes the ${scenario} scenario from this table.`,
      `${key}(${scenario})位于${address},该单元格${what},不是${NUMBER_TEXT_HINT.zh}。请在此输入数字;在此之前无法用此表计算${scenario}情景。`,
    ),
  );
}

function outOfBoundsProblem(
  context: ReadContext,
  bounds: BoundsProblem,
  scenario: string,
  address: string,
): TableProblem {
  const { language } = context;
  const { key, value, lower, upper } = bounds;
  return scenarioCellProblem(
    "outOfBounds",
    { key, scenario, address },
    say(
      language,
      `${key} (${scenario}) at ${address} is ${value}; it must be between ${lower} and ${upper}.`,
      `${key}(${scenario})位于${address},取值${value}超出范围,应介于${lower}与${upper}之间。`,
    ),
  );
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
  // By key ignoring case: the engine takes vendor.X and vendor.x for one vendor (vendorKeys.ts), so
  // vendor.X.revenue.2019 and vendor.x.revenue.2019 are one assumption given twice.
  const firstRowOf = new Map<string, { readonly address: string; readonly spelled: string }>();
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
          changesValues: true,
          address,
          message: say(
            language,
            `The row at ${address} has values but no key. Type its key (GOVCLOUD.ASSUMPTIONS() lists them) or delete the row; until then nothing computes a forecast from this table.`,
            `${address}所在行有取值但没有键。请填写键(GOVCLOUD.ASSUMPTIONS()列出所有键)或删除该行;在此之前无法用此表计算预测。`,
          ),
        });
      }
      return;
    }
    const address = rowAt(context, bodyIndex, header.length);
    // Null-prototype: a column headed "__proto__" or "constructor" is a scenario like any other.
    const rowValues: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const formats: Record<string, string> = Object.create(null) as Record<string, string>;
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
        changesValues: true,
        address: keyAddress,
        message: say(
          language,
          `"${keyText}" at ${keyAddress} is not an assumption key. Correct it (GOVCLOUD.ASSUMPTIONS() lists the keys; vendors use vendor.<Name>.revenue.<year>) or delete the row; until then nothing computes a forecast from this table.`,
          `${keyAddress}中的“${keyText}”不是假设键。请更正(GOVCLOUD.ASSUMPTIONS()列出所有键;厂商使用vendor.<名称>.revenue.<年份>)或删除该行;在此之前无法用此表计算预测。`,
        ),
      });
      return;
    }
    const first = firstRowOf.get(canonical.toLowerCase());
    if (first !== undefined) {
      const spelling =
        first.spelled === canonical
          ? { en: "", zh: "" }
          : {
              en: ` (as ${first.spelled} and ${canonical}: vendor names ignore case)`,
              zh: `(写作${first.spelled}和${canonical}:厂商名称不区分大小写)`,
            };
      problems.push({
        kind: "duplicateKey",
        key: canonical,
        changesValues: true,
        address: keyAddress,
        message: say(
          language,
          `${canonical} appears twice${spelling.en}: at ${first.address} and at ${keyAddress}. Delete one of the two rows; until then nothing computes a forecast from this table.`,
          `${canonical}出现了两次${spelling.zh}:${first.address}和${keyAddress}。请删除其中一行;在此之前无法用此表计算预测。`,
        ),
      });
    } else {
      firstRowOf.set(canonical.toLowerCase(), { address: keyAddress, spelled: canonical });
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
      const bounds = boundsProblem(definition, value);
      if (bounds) problems.push(outOfBoundsProblem(context, bounds, scenario.name, cell));
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
        scenario,
        changesValues: true,
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
      if (firstRowOf.has(key.toLowerCase())) continue;
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
