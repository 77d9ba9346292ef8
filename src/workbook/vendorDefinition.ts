import { findAssumption } from "../model/assumptions";
import { checkAssumptionValue } from "../model/scenario";
import {
  BUILT_IN_VENDOR,
  OBSERVED_YEAR_MAX,
  OBSERVED_YEAR_MIN,
  formatVendorKey,
  parseVendorKey,
  vendorHalfLifeKey,
  vendorObservedKey,
  vendorTerminalGrowthKey,
} from "../model/vendorKeys";
import { WorkbookError } from "./workbookErrors";
import type { VendorDefinition } from "./workbookOperations";

/**
 * The rows a user-defined vendor adds to the inputs table (keys of src/model/vendorKeys.ts):
 * revenue in two observed years, and optionally the long-run growth it fades to and the half-life
 * of that fade (otherwise the engine uses the built-in vendor's). Pure: checked before Excel is
 * touched, so a bad definition changes nothing.
 */
export interface VendorRow {
  readonly key: string;
  readonly value: number;
}

export function vendorRows(vendor: VendorDefinition): VendorRow[] {
  const name = vendor.name.trim();
  const [first, second] = [...vendor.revenue].sort((a, b) => a.year - b.year);
  if (!first || !second)
    throw new WorkbookError({
      en: "A vendor needs revenue in two observed years.",
      zh: "厂商需要两个观测年份的收入。",
    });
  if (name.toLowerCase() === BUILT_IN_VENDOR.toLowerCase()) {
    throw new WorkbookError({
      en: `${BUILT_IN_VENDOR} is built in already: give the new vendor another name.`,
      zh: `${BUILT_IN_VENDOR} 已是内置厂商:请为新厂商另取一个名称。`,
    });
  }
  // The name becomes one segment of keys such as vendor.<Name>.revenue.2019 (vendorKeys.ts).
  if (!/^[^\s.]+$/u.test(name)) {
    throw new WorkbookError({
      en: `The vendor name "${name}" must be one word without spaces or dots (it becomes part of keys such as vendor.<Name>.revenue.2019): change it and try again.`,
      zh: `厂商名称“${name}”必须是不含空格或句点的一个词(它会成为 vendor.<Name>.revenue.2019 等键的一部分):请修改后重试。`,
    });
  }
  for (const { year } of [first, second]) {
    if (!Number.isInteger(year) || !parseVendorKey(vendorObservedKey(name, "revenue", year))) {
      throw new WorkbookError({
        en: `The observed year ${year} must be a whole year between ${OBSERVED_YEAR_MIN} and ${OBSERVED_YEAR_MAX}.`,
        zh: `观测年份 ${year} 必须是 ${OBSERVED_YEAR_MIN} 至 ${OBSERVED_YEAR_MAX} 之间的整数年份。`,
      });
    }
  }
  if (first.year === second.year) {
    throw new WorkbookError({
      en: `The two observed years are both ${first.year}: enter two different years.`,
      zh: `两个观测年份都是 ${first.year}:请输入两个不同的年份。`,
    });
  }
  const rows: VendorRow[] = [
    { key: vendorObservedKey(name, "revenue", first.year), value: first.value },
    { key: vendorObservedKey(name, "revenue", second.year), value: second.value },
  ];
  if (vendor.terminalGrowth !== undefined) {
    rows.push({ key: vendorTerminalGrowthKey(name, "revenue"), value: vendor.terminalGrowth });
  }
  if (vendor.halfLife !== undefined) rows.push({ key: vendorHalfLifeKey(name), value: vendor.halfLife });
  for (const { key, value } of rows) {
    const definition = findAssumption(key);
    if (!definition)
      throw new WorkbookError({
        en: `"${key}" is not a vendor key the model knows.`,
        zh: `“${key}”不是模型认识的厂商键。`,
      });
    try {
      checkAssumptionValue(definition, value);
    } catch (error) {
      throw new WorkbookError(
        {
          en: `${(error as Error).message} Correct it and try again.`,
          zh: `${(error as Error).message} 请更正后重试。`,
        },
        { cause: error },
      );
    }
  }
  return rows;
}

/** The 0-based body rows of `name`'s keys; an error the pane can show for the built-in or an unknown vendor. */
export function vendorBodyRows(bodyKeys: readonly (string | undefined)[], name: string): number[] {
  const vendor = name.trim();
  if (vendor.toLowerCase() === BUILT_IN_VENDOR.toLowerCase()) {
    throw new WorkbookError({
      en: `${BUILT_IN_VENDOR} is built in and cannot be removed.`,
      zh: `${BUILT_IN_VENDOR} 是内置厂商,不能删除。`,
    });
  }
  const rows = bodyKeys.flatMap((key, index) =>
    key !== undefined && parseVendorKey(key)?.vendor.toLowerCase() === vendor.toLowerCase() ? [index] : [],
  );
  if (rows.length === 0) {
    throw new WorkbookError({
      en: `The inputs table has no rows for the vendor ${vendor}: read the workbook again.`,
      zh: `输入表中没有厂商 ${vendor} 的行:请重新读取工作簿。`,
    });
  }
  return rows;
}

/**
 * Checks a row to add for a user vendor's fade assumption (long-run growth, half-life, share cap)
 * and its value in each scenario column, before Excel is touched: the key must be such a key of a
 * vendor the table has, its row not there yet (then the value is written in place instead), and a
 * value for every scenario column, each within the assumption's bounds. Returns the key as the catalogue spells it.
 */
export function checkVendorAssumptionRow(
  bodyKeys: readonly (string | undefined)[],
  key: string,
  values: ReadonlyMap<string, number>,
  scenarios: readonly string[],
): string {
  // An empty cell in a row is a damaged row (the reader reports it): every column gets a value.
  const missing = scenarios.filter((scenario) => !values.has(scenario));
  if (missing.length > 0) {
    throw new WorkbookError({
      en: `No value for ${key} in ${missing.join(", ")}: correct the damaged cells of that column, then try again.`,
      zh: `${key} 在 ${missing.join("、")} 中没有取值:请更正该列中损坏的单元格后重试。`,
    });
  }
  const parsed = parseVendorKey(key);
  if (!parsed || parsed.field.kind === "observed") {
    throw new WorkbookError({
      en: `${key} is not a vendor's growth setting: read the workbook again.`,
      zh: `${key} 不是厂商的增长设置:请重新读取工作簿。`,
    });
  }
  if (parsed.vendor.toLowerCase() === BUILT_IN_VENDOR.toLowerCase()) {
    throw new WorkbookError({
      en: `${BUILT_IN_VENDOR}'s rows are built in: change the value in its row.`,
      zh: `${BUILT_IN_VENDOR} 的行是内置的:请在其所在行中修改取值。`,
    });
  }
  const [first] = vendorBodyRows(bodyKeys, parsed.vendor); // the vendor is in the table
  // The vendor's name as its rows spell it, so the new row reads as one of them.
  const vendor = parseVendorKey(bodyKeys[first ?? -1] ?? "")?.vendor ?? parsed.vendor;
  const canonical = formatVendorKey({ vendor, field: parsed.field });
  const lower = canonical.toLowerCase();
  if (bodyKeys.some((k) => k?.toLowerCase() === lower)) {
    throw new WorkbookError({
      en: `The inputs table has a row for ${canonical} already: read the workbook again.`,
      zh: `输入表中已有 ${canonical} 这一行:请重新读取工作簿。`,
    });
  }
  const definition = findAssumption(canonical);
  if (!definition)
    throw new WorkbookError({
      en: `${canonical} is not an assumption the model knows.`,
      zh: `${canonical} 不是模型认识的假设。`,
    });
  for (const value of values.values()) {
    try {
      checkAssumptionValue(definition, value);
    } catch (error) {
      throw new WorkbookError(
        {
          en: `${(error as Error).message} Correct it and try again.`,
          zh: `${(error as Error).message} 请更正后重试。`,
        },
        { cause: error },
      );
    }
  }
  return canonical;
}
