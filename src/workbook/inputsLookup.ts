import { ASSUMPTIONS } from "../model/assumptions";
import { findScenario, type InputsTableReading, type ScenarioColumn } from "../model/inputsTable";
import { canonicalKey } from "../model/scenario";
import { WorkbookError } from "./workbookErrors";

/**
 * Finding a scenario column and a key's row in a read inputs table, with the message the pane shows
 * when there is none. Pure, so the Excel workbook and the browser preview's in-memory one share it.
 */

/** The scenario column a name means, or an error naming the columns there are. */
export function requireScenarioColumn(reading: InputsTableReading, scenario: string): ScenarioColumn {
  const name = findScenario(reading.scenarios, scenario);
  const column = reading.columns.scenarios.find((s) => s.name === name);
  if (!column) {
    throw new WorkbookError({
      en: `The inputs table has no scenario "${scenario}" (it has ${reading.scenarios.join(", ") || "none"}): pick one of those, or press Repair if Bear, Base or Bull is missing.`,
      zh: `输入表中没有情景“${scenario}”(现有:${reading.scenarios.join("、") || "无"}):请从中选择一个;如果缺少 Bear、Base 或 Bull,请点击“修复”。`,
    });
  }
  return column;
}

/**
 * The body row (0-based) of a key; an error when the key has no row or more than one.
 * `firstBodyRow` is the sheet row of the first body row, for naming the duplicates' rows.
 */
export function requireKeyRow(reading: InputsTableReading, key: string, firstBodyRow?: number): number {
  const canonical = canonicalKey(key) ?? key.trim();
  const rows = reading.bodyKeys.flatMap((k, index) => (k === canonical ? [index] : []));
  if (rows.length === 0) {
    const inCatalogue = ASSUMPTIONS.some((a) => a.key === canonical);
    throw new WorkbookError(
      inCatalogue
        ? {
            en: `The inputs table has no row for ${canonical}: press Repair to add it, then try again.`,
            zh: `输入表中没有 ${canonical} 这一行:请点击“修复”添加后重试。`,
          }
        : {
            en: `The inputs table has no row for ${canonical}: add the vendor first (Add vendor), then try again.`,
            zh: `输入表中没有 ${canonical} 这一行:请先添加该厂商(添加厂商),然后重试。`,
          },
    );
  }
  if (rows.length > 1) {
    const sheetRows = rows.map((index) => (firstBodyRow ?? 0) + index);
    const at = firstBodyRow === undefined ? "" : ` (rows ${sheetRows.join(" and ")})`;
    const atZh = firstBodyRow === undefined ? "" : `(第 ${sheetRows.join(" 行和第 ")} 行)`;
    throw new WorkbookError({
      en: `${canonical} is in the inputs table twice${at}, so the add-in cannot tell which to change: delete one of the rows, then try again.`,
      zh: `${canonical} 在输入表中出现了两次${atZh},加载项无法确定要修改哪一行:请删除其中一行后重试。`,
    });
  }
  return rows[0] ?? 0;
}
