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
  if (!first || !second) throw new WorkbookError("A vendor needs revenue in two observed years.");
  if (name.toLowerCase() === BUILT_IN_VENDOR.toLowerCase()) {
    throw new WorkbookError(`${BUILT_IN_VENDOR} is built in already: give the new vendor another name.`);
  }
  // The name becomes one segment of keys such as vendor.<Name>.revenue.2019 (vendorKeys.ts).
  if (!/^[^\s.]+$/u.test(name)) {
    throw new WorkbookError(
      `The vendor name "${name}" must be one word without spaces or dots (it becomes part of keys such as vendor.<Name>.revenue.2019): change it and try again.`,
    );
  }
  for (const { year } of [first, second]) {
    if (!Number.isInteger(year) || !parseVendorKey(vendorObservedKey(name, "revenue", year))) {
      throw new WorkbookError(
        `The observed year ${year} must be a whole year between ${OBSERVED_YEAR_MIN} and ${OBSERVED_YEAR_MAX}.`,
      );
    }
  }
  if (first.year === second.year) {
    throw new WorkbookError(`The two observed years are both ${first.year}: enter two different years.`);
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
    if (!definition) throw new WorkbookError(`"${key}" is not a vendor key the model knows.`);
    try {
      checkAssumptionValue(definition, value);
    } catch (error) {
      throw new WorkbookError(`${(error as Error).message} Correct it and try again.`, { cause: error });
    }
  }
  return rows;
}

/** The 0-based body rows of `name`'s keys; an error the pane can show for the built-in or an unknown vendor. */
export function vendorBodyRows(bodyKeys: readonly (string | undefined)[], name: string): number[] {
  const vendor = name.trim();
  if (vendor.toLowerCase() === BUILT_IN_VENDOR.toLowerCase()) {
    throw new WorkbookError(`${BUILT_IN_VENDOR} is built in and cannot be removed.`);
  }
  const rows = bodyKeys.flatMap((key, index) =>
    key !== undefined && parseVendorKey(key)?.vendor.toLowerCase() === vendor.toLowerCase() ? [index] : [],
  );
  if (rows.length === 0) {
    throw new WorkbookError(
      `The inputs table has no rows for the vendor ${vendor}: read the workbook again.`,
    );
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
    throw new WorkbookError(
      `No value for ${key} in ${missing.join(", ")}: correct the damaged cells of that column, then try again.`,
    );
  }
  const parsed = parseVendorKey(key);
  if (!parsed || parsed.field.kind === "observed") {
    throw new WorkbookError(`${key} is not a vendor's growth setting: read the workbook again.`);
  }
  if (parsed.vendor.toLowerCase() === BUILT_IN_VENDOR.toLowerCase()) {
    throw new WorkbookError(`${BUILT_IN_VENDOR}'s rows are built in: change the value in its row.`);
  }
  const [first] = vendorBodyRows(bodyKeys, parsed.vendor); // the vendor is in the table
  // The vendor's name as its rows spell it, so the new row reads as one of them.
  const vendor = parseVendorKey(bodyKeys[first ?? -1] ?? "")?.vendor ?? parsed.vendor;
  const canonical = formatVendorKey({ vendor, field: parsed.field });
  const lower = canonical.toLowerCase();
  if (bodyKeys.some((k) => k?.toLowerCase() === lower)) {
    throw new WorkbookError(`The inputs table has a row for ${canonical} already: read the workbook again.`);
  }
  const definition = findAssumption(canonical);
  if (!definition) throw new WorkbookError(`${canonical} is not an assumption the model knows.`);
  for (const value of values.values()) {
    try {
      checkAssumptionValue(definition, value);
    } catch (error) {
      throw new WorkbookError(`${(error as Error).message} Correct it and try again.`, { cause: error });
    }
  }
  return canonical;
}
