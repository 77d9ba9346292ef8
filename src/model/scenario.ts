import { ASSUMPTIONS, findAssumption, unknownAssumption } from "./assumptions";
import type { BuiltInScenario } from "./assumptionTypes";
import { requireWithinBounds } from "./bounds";
import { ModelError } from "./errors";
import type { Bilingual } from "./language";
import { ownEntry } from "./ownEntry";
import { BUILT_IN_VENDOR, formatVendorKey, parseVendorKey } from "./vendorKeys";

/**
 * A scenario: a value for every assumption the model reads. Keys are canonical (as spelled in the
 * catalogue); user-defined vendors add their own `vendor.<V>.…` keys.
 */
export interface Scenario {
  readonly name: string;
  readonly values: ReadonlyMap<string, number>;
}

/** Built-in scenario names, also in Chinese as the task pane shows them. */
const SCENARIO_ALIASES: Readonly<Record<string, BuiltInScenario>> = {
  bear: "bear",
  base: "base",
  bull: "bull",
  悲观: "bear",
  基准: "base",
  乐观: "bull",
};

export function parseBuiltInScenario(name: string): BuiltInScenario | undefined {
  return ownEntry(SCENARIO_ALIASES, name.trim().toLowerCase());
}

export function requireBuiltInScenario(name: string): BuiltInScenario {
  const scenario = parseBuiltInScenario(name);
  if (!scenario) {
    throw new ModelError("unknownName", {
      en: `Unknown scenario "${name}": use bear, base or bull (悲观, 基准, 乐观), or a range of assumption keys and values.`,
      zh: `未知情景“${name}”:请使用 悲观、基准、乐观(bear、base、bull),或一个由假设键和值组成的区域。`,
    });
  }
  return scenario;
}

/** The canonical spelling of a key the catalogue accepts, e.g. "Market.Gov.2021" → "market.gov.2021". */
export function canonicalKey(key: string): string | undefined {
  const definition = findAssumption(key);
  if (!definition) return undefined;
  const vendorKey = parseVendorKey(key.trim());
  return vendorKey ? formatVendorKey(vendorKey) : definition.key;
}

function builtInValues(scenario: BuiltInScenario): ReadonlyMap<string, number> {
  return new Map(ASSUMPTIONS.map((assumption) => [assumption.key, assumption.values[scenario]]));
}

const BUILT_IN: Readonly<Record<BuiltInScenario, Scenario>> = {
  bear: { name: "bear", values: builtInValues("bear") },
  base: { name: "base", values: builtInValues("base") },
  bull: { name: "bull", values: builtInValues("bull") },
};

/** The same object every time, so compiled forecasts of built-in scenarios are cached. */
export function builtInScenario(name: BuiltInScenario): Scenario {
  return BUILT_IN[name];
}

/** One override: a key as the user typed it, its value, and where it came from (for messages). */
export interface AssumptionOverride {
  readonly key: string;
  readonly value: number;
  /** Appended to the key in messages, e.g. " (row 3 of the scenario range)" and "(情景区域第 3 行)". */
  readonly where?: Bilingual;
}

/**
 * A built-in scenario with the user's overrides on top, every override validated: an unknown key,
 * a value that is not a number, or one outside the assumption's bounds is a `ModelError` naming
 * the key. Cross-checks that need two values run last.
 */
export function createScenario(
  base: BuiltInScenario,
  overrides: Iterable<AssumptionOverride>,
  name: string = base,
): Scenario {
  const list = [...overrides];
  if (list.length === 0 && name === base) return BUILT_IN[base];
  const values = new Map(BUILT_IN[base].values);
  const spellings = new Map([[BUILT_IN_VENDOR.toLowerCase(), BUILT_IN_VENDOR]]);
  for (const { key, value, where } of list) {
    const definition = findAssumption(key);
    if (!definition) throw unknownAssumption(key, where);
    const canonical = sameVendorSpelling(canonicalKey(key) ?? definition.key, spellings);
    values.set(canonical, requireWithinBounds(definition, value, where));
  }
  checkMarketAnchors(values);
  return { name, values };
}

/**
 * Vendor names that differ only in case are one vendor (as series look-ups treat them): its keys
 * take the first spelling seen, so vendor.X.revenue.2019 and vendor.x.revenue.2019 are one key
 * and a later value replaces an earlier one instead of adding a second "2019".
 */
function sameVendorSpelling(key: string, spellings: Map<string, string>): string {
  const vendorKey = parseVendorKey(key);
  if (!vendorKey) return key;
  const lower = vendorKey.vendor.toLowerCase();
  const spelling = spellings.get(lower);
  if (spelling === undefined) {
    spellings.set(lower, vendorKey.vendor);
    return key;
  }
  return spelling === vendorKey.vendor ? key : formatVendorKey({ ...vendorKey, vendor: spelling });
}

function checkMarketAnchors(values: ReadonlyMap<string, number>): void {
  const gov = values.get("market.gov.2021") ?? Number.NaN;
  const total = values.get("market.total.2021") ?? Number.NaN;
  if (gov > total) {
    throw new ModelError("outOfRange", {
      en: `market.gov.2021 (${gov}) exceeds market.total.2021 (${total}): the gov-cloud share would be above 100%.`,
      zh: `market.gov.2021(${gov})大于 market.total.2021(${total}):政务云占比将超过 100%。`,
    });
  }
}

/**
 * The key whose value a scenario uses for `key`: its canonical spelling, except that a user
 * vendor's fade assumption the scenario does not set follows the built-in vendor's.
 */
export function effectiveKey(scenario: Scenario, key: string): string {
  const canonical = canonicalKey(key);
  if (canonical === undefined) {
    throw new ModelError("unknownName", { en: `Unknown assumption "${key}".`, zh: `未知假设“${key}”。` });
  }
  if (scenario.values.has(canonical)) return canonical;
  const vendorKey = parseVendorKey(canonical);
  if (vendorKey) {
    // The vendor spelled in another case than the table's (vendor names ignore case, see sameVendorSpelling).
    const present = keysIgnoringCase(scenario).get(canonical.toLowerCase());
    if (present !== undefined) return present;
  }
  if (vendorKey && vendorKey.field.kind !== "observed") {
    const builtIn = formatVendorKey({ vendor: BUILT_IN_VENDOR, field: vendorKey.field });
    if (scenario.values.has(builtIn)) return builtIn;
  }
  throw new ModelError("notAvailable", {
    en: `Scenario "${scenario.name}" has no value for ${canonical}.`,
    zh: `情景“${scenario.name}”没有 ${canonical} 的取值。`,
  });
}

/**
 * A scenario's keys by their lower-case spelling, made once per scenario: a look-up per key would
 * scan every key, and a table of 5,000 vendors asks for each one's fade settings (quadratic).
 */
const lowerCaseKeys = new WeakMap<Scenario["values"], ReadonlyMap<string, string>>();
function keysIgnoringCase(scenario: Scenario): ReadonlyMap<string, string> {
  let index = lowerCaseKeys.get(scenario.values);
  if (!index) {
    index = new Map([...scenario.values.keys()].map((key) => [key.toLowerCase(), key]));
    lowerCaseKeys.set(scenario.values, index);
  }
  return index;
}

/** The value a scenario uses for `key` (see `effectiveKey`). */
export function scenarioValue(scenario: Scenario, key: string): number {
  return scenario.values.get(effectiveKey(scenario, key)) ?? Number.NaN;
}
