import type { InputsTableReading, ScenarioColumn } from "../model/inputsTable";
import { INPUTS_TABLE_NAME } from "../model/inputsTable";
import { isModelError } from "../model/errors";
import type { Bilingual } from "../model/language";
import { FIRST_YEAR, LAST_YEAR, checkYear } from "../model/years";
import { FORMULAS_SHEET } from "./functionFormulas";
import { WorkbookError } from "./workbookErrors";

/**
 * The checks a workbook edit makes before it changes anything, shared by the Excel operations
 * (src/office) and the preview's (src/taskpane/preview), so the same bad input gets the same
 * message in both (test/workbook/sharedValidation.test.ts compares them).
 */

/** The edit needs the inputs table and the workbook has none. */
export function noInputsTable(): WorkbookError {
  return new WorkbookError({
    en: `This workbook has no ${INPUTS_TABLE_NAME} table yet: press Set up workbook first, then try again.`,
    zh: `此工作簿还没有 ${INPUTS_TABLE_NAME} 表格:请先点击“设置工作簿”,然后重试。`,
  });
}

/** The header of the Key column, which names a scenario's workbook name (GC_<NAME> = Key…column). */
export function requireKeyHeader(reading: InputsTableReading): string {
  const index = reading.columns.fixed.key;
  if (index === undefined) {
    throw new WorkbookError({
      en: "The inputs table has no Key column, so scenarios cannot be named: press Repair first.",
      zh: "输入表没有“键”列,无法为情景命名:请先点击“修复”。",
    });
  }
  return reading.header[index] ?? "";
}

/** A value written from the pane is a finite number (NaN and Infinity would become errors in Excel). */
export function checkWritableValue(key: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new WorkbookError({
      en: `The value for ${key} must be a number (got ${String(value)}): correct it and try again.`,
      zh: `${key} 的取值必须是数字(而不是 ${String(value)}):请更正后重试。`,
    });
  }
}

/** Bear, Base and Bull are the article's scenarios: they can be changed in place but not renamed or deleted. */
export function requireCustomScenario(column: ScenarioColumn, doing: "renamed" | "deleted"): void {
  if (column.builtIn) {
    const zhDoing = doing === "renamed" ? "重命名" : "删除";
    throw new WorkbookError({
      en: `${column.name} is a built-in scenario and cannot be ${doing}: duplicate it (Add scenario) and change the copy instead.`,
      zh: `${column.name}是内置情景,不能${zhDoing}:请复制它(添加情景)并修改副本。`,
    });
  }
}

/** A new vendor's name is not one the table already has rows for (names ignore case, as the reader's do). */
export function checkNewVendorName(bodyKeys: readonly (string | undefined)[], name: string): void {
  // Any row under the name blocks it, a damaged one too: the new rows would be read with it.
  const prefix = `vendor.${name.trim().toLowerCase()}.`;
  if (bodyKeys.some((key) => key?.toLowerCase().startsWith(prefix))) {
    throw new WorkbookError({
      en: `The inputs table already has rows for ${name.trim()}: change those rows, or choose another name.`,
      zh: `输入表中已有 ${name.trim()} 的行:请修改这些行,或换一个名称。`,
    });
  }
}

/**
 * The Forecast sheet's years, each a model year and the first not after the last; the messages say
 * what to change in the pane (its year fields), not in the inputs table.
 */
export function checkForecastYears(options: { readonly from: number; readonly to: number }): {
  from: number;
  to: number;
} {
  const checked = (year: number, what: Bilingual): number => {
    try {
      return checkYear(year, what);
    } catch (error) {
      if (!isModelError(error)) throw error;
      // The engine says what is wrong with the year in both languages; the pane adds what to choose.
      throw new WorkbookError(
        {
          en: `${error.text.en} Choose years from ${FIRST_YEAR} to ${LAST_YEAR}.`,
          zh: `${error.text.zh}请选择 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间的整数年份。`,
        },
        { cause: error },
      );
    }
  };
  const from = checked(options.from, { en: "The first year", zh: "起始年份" });
  const to = checked(options.to, { en: "The last year", zh: "结束年份" });
  if (from > to) {
    throw new WorkbookError({
      en: `The first year (${from}) comes after the last (${to}): swap them.`,
      zh: `起始年份(${from})晚于结束年份(${to}):请交换两者。`,
    });
  }
  return { from, to };
}

/**
 * Restore puts each kept GOVCLOUD formula back on the sheet it came from; when one of those sheets is
 * gone or renamed it changes nothing and says which (the kept list names them).
 */
export function requireKeptFormulaSheets(missing: readonly string[]): void {
  if (missing.length === 0) return;
  const quoted = missing.map((name) => `"${name}"`);
  throw new WorkbookError({
    en: `The sheet ${quoted.join(", ")} that held GOVCLOUD formulas is gone or renamed: restore its name (as listed on "${FORMULAS_SHEET}"), then press Restore again. Nothing was changed.`,
    zh: `存放 GOVCLOUD 公式的工作表 ${missing.map((name) => `“${name}”`).join("、")} 已不存在或已重命名:请恢复其名称(见“${FORMULAS_SHEET}”中的列表),然后再次点击“恢复公式”。未做任何更改。`,
  });
}
