import { parseBuiltInScenario } from "../scenario";
import type { LayoutLanguage } from "../layout/layoutText";
import { BUILT_IN_SCENARIO_NAMES, INPUTS_TABLE_NAME, TABLE_WORKBOOK_NAME, fixedColumnOf } from "./columns";
import type { InputsTableReading, TableProblem } from "./read";
import { say } from "./shared";
import { BilingualError } from "../language";

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
  const reject = (why: string, whyZh: string): never => {
    throw new BilingualError({
      en: `The scenario name "${trimmed}" ${why}`,
      zh: `情景名称“${trimmed}”${whyZh}`,
    });
  };
  if (trimmed === "")
    throw new BilingualError({
      en: "A scenario needs a name: type one and try again.",
      zh: "情景需要一个名称:请输入名称后重试。",
    });
  if (trimmed.length > 64)
    reject("is longer than 64 characters: choose a shorter one.", "超过 64 个字符:请换一个较短的名称。");
  // Structured references (the GC_ names refer to table columns by header) need [ ] # ' escaped, and
  // the Forecast sheet's scenario drop-down separates its choices with commas.
  if (/[[\]#',\n\r]/.test(trimmed))
    reject(
      "contains [ ] # ' , or a line break: leave those out.",
      "含有 [ ] # ' , 或换行符:请去掉这些字符。",
    );
  if (!/[\p{L}\p{N}]/u.test(trimmed))
    reject("has no letter or digit: add one.", "不含字母或数字:请至少加一个。");
  if (isBuiltInScenarioName(trimmed))
    reject("is a built-in scenario's name: choose another.", "是内置情景的名称:请换一个。");
  if (fixedColumnOf(trimmed) !== undefined)
    reject("is the name of one of the table's columns: choose another.", "是表中某一列的名称:请换一个。");
  const workbookName = scenarioWorkbookName(trimmed);
  if (workbookName === TABLE_WORKBOOK_NAME)
    reject(
      `would be named ${workbookName}, which the whole table uses.`,
      `会被命名为 ${workbookName},而整个表格已使用该名称。`,
    );
  for (const other of scenarios) {
    if (renaming !== undefined && other.toLowerCase() === renaming.toLowerCase()) continue;
    if (other.toLowerCase() === trimmed.toLowerCase())
      reject("is already a scenario: choose another.", "已是一个情景:请换一个。");
  }
  const clash = workbookNameClash(trimmed, scenarios, renaming);
  if (clash !== undefined) {
    reject(
      `would get the workbook name ${workbookName}, which the scenario "${clash}" already has ` +
        "(workbook names ignore case and turn spaces and signs into _): change or add a letter or digit.",
      `会得到工作簿名称 ${workbookName},而情景“${clash}”已使用该名称` +
        "(工作簿名称不区分大小写,空格和符号会变成 _):请修改或添加一个字母或数字。",
    );
  }
  return trimmed;
}

/**
 * The other scenario whose workbook name a new name would take (High-growth and "high growth" are
 * both GC_HIGH_GROWTH); undefined when there is none. `renaming` may keep its own workbook name.
 */
export function workbookNameClash(
  name: string,
  scenarios: readonly string[],
  renaming?: string,
): string | undefined {
  const workbookName = scenarioWorkbookName(name);
  return scenarios.find(
    (other) =>
      (renaming === undefined || other.toLowerCase() !== renaming.toLowerCase()) &&
      scenarioWorkbookName(other) === workbookName,
  );
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

/**
 * Whether a name's formula, as Excel reads it back, still refers to the inputs table by a structured
 * reference. Excel can store a name added as `=GovCloudInputs[…]` as a fixed A1 range
 * (OfficeDev/office-js#740), and *Convert to Range* turns it into one: rows the table gains later then
 * fall outside the name without any error, so such a name is as damaged as a #REF! one.
 */
export function refersToInputsTable(formula: string): boolean {
  return !formula.includes("#REF!") && formula.toUpperCase().includes(`${INPUTS_TABLE_NAME.toUpperCase()}[`);
}

/** Expected names that are absent, broken (#REF!) or no longer following the table (a fixed range). */
export function nameProblems(
  existing: readonly { readonly name: string; readonly formula: string }[],
  expected: readonly WorkbookName[],
  language: LayoutLanguage,
): TableProblem[] {
  const byName = new Map(existing.map((item) => [item.name.toUpperCase(), item.formula]));
  return expected.flatMap(({ name }): TableProblem[] => {
    const formula = byName.get(name.toUpperCase());
    if (formula !== undefined && refersToInputsTable(formula)) return [];
    const message =
      formula === undefined
        ? say(
            language,
            `The workbook name ${name} is missing, so formulas using it show #NAME?. Repair adds it.`,
            `缺少工作簿名称${name},使用它的公式会显示#NAME?。“修复”会添加该名称。`,
          )
        : formula.includes("#REF!")
          ? say(
              language,
              `The workbook name ${name} refers to a deleted range (#REF!). Repair points it at the table again.`,
              `工作簿名称${name}引用了已删除的区域(#REF!)。“修复”会使其重新指向输入表。`,
            )
          : say(
              language,
              `The workbook name ${name} refers to fixed cells (${formula}) instead of the inputs table, so rows added later fall outside it. Repair points it at the table again.`,
              `工作簿名称${name}引用的是固定单元格(${formula})而不是输入表,之后添加的行不在其范围内。“修复”会使其重新指向输入表。`,
            );
    return [{ kind: "missingName", message }];
  });
}
