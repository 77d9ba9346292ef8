import { ModelError } from "./errors";
import {
  BUILT_IN_VENDOR,
  VENDOR_LABELS,
  VENDOR_METRICS,
  parseVendorKey,
  vendorHalfLifeKey,
  observedYearsProblem,
  vendorShareCapKey,
  vendorTerminalGrowthKey,
  type VendorMetric,
} from "./vendorKeys";

/** The numbers the series equations read, gathered from a scenario by key. */
export interface MarketInputs {
  readonly gov2021: number;
  readonly total2021: number;
  readonly historyGrowth: number;
  readonly nearGrowth: number;
  readonly terminalGrowth: number;
  readonly growthHalfLife: number;
  readonly shareLongRun: number;
  readonly shareHalfLife: number;
}

/** Two observations of one vendor metric and the rate its growth fades to. */
export interface VendorMetricInputs {
  readonly firstYear: number;
  readonly firstValue: number;
  readonly lastYear: number;
  readonly lastValue: number;
  readonly terminalGrowth: number;
}

export interface VendorInputs {
  readonly name: string;
  readonly metrics: Readonly<Partial<Record<VendorMetric, VendorMetricInputs>>>;
  readonly halfLife: number;
  readonly shareCap: number;
}

export interface CityInputs {
  readonly count: number;
  readonly adoption2018: number;
  readonly p: number;
  readonly q: number;
  readonly budget2019: number;
  readonly budgetGrowth: number;
}

export interface ModelInputs {
  readonly market: MarketInputs;
  readonly vendors: readonly VendorInputs[];
  readonly city: CityInputs;
}

/** Reads a scenario's value by canonical key (throws a ModelError when it has none). */
export type ValueOf = (key: string) => number;

interface VendorObservations {
  readonly name: string;
  readonly years: Map<VendorMetric, number[]>;
}

/**
 * Every vendor among `keys` with its observed years, in one pass (a range of 5,000 vendors is read
 * in linear time): the built-in vendor first, then the user's in the order their keys first
 * appear. Vendor names compare case-insensitively; the first spelling seen is kept.
 */
function vendorObservations(keys: Iterable<string>): VendorObservations[] {
  const vendors = new Map<string, VendorObservations>([
    [BUILT_IN_VENDOR.toLowerCase(), { name: BUILT_IN_VENDOR, years: new Map() }],
  ]);
  for (const key of keys) {
    const parsed = parseVendorKey(key);
    if (!parsed) continue;
    const lower = parsed.vendor.toLowerCase();
    let vendor = vendors.get(lower);
    if (!vendor) {
      vendor = { name: parsed.vendor, years: new Map() };
      vendors.set(lower, vendor);
    }
    if (parsed.field.kind !== "observed") continue;
    const list = vendor.years.get(parsed.field.metric) ?? [];
    list.push(parsed.field.year);
    vendor.years.set(parsed.field.metric, list);
  }
  for (const { years } of vendors.values()) for (const list of years.values()) list.sort((a, b) => a - b);
  return [...vendors.values()];
}

/**
 * The vendors a scenario's keys describe, the built-in vendor first, then the user's in the order
 * their keys first appear. Vendor names compare case-insensitively.
 */
export function vendorNames(keys: Iterable<string>): string[] {
  return vendorObservations(keys).map((vendor) => vendor.name);
}

/**
 * The layout of a scenario's vendors: for each vendor, which metric is observed in which two
 * years. Fixed per scenario set, so a Monte Carlo run resolves it once.
 */
export interface VendorPlan {
  readonly name: string;
  readonly observed: ReadonlyMap<VendorMetric, readonly [number, number]>;
}

export function planVendors(keys: readonly string[]): VendorPlan[] {
  return vendorObservations(keys).map(({ name, years: observedYears }) => {
    const observed = new Map<VendorMetric, readonly [number, number]>();
    for (const [metric, years] of observedYears) {
      const [first = Number.NaN, last = Number.NaN] = years;
      const problem = observedYearsProblem(years);
      if (problem === "count") {
        throw new ModelError("invalidValue", {
          en: `${name} ${metric} needs exactly two observed years (vendor.${name}.${metric}.<year>); found ${years.join(", ")}.`,
          zh: `${name} 的${VENDOR_LABELS[metric].zh}需要恰好两个观测年份(vendor.${name}.${metric}.<年份>);现有 ${years.join("、")}。`,
        });
      }
      if (problem === "sameYear") {
        throw new ModelError("invalidValue", {
          en: `${name} ${metric} needs two different observed years; both are ${first}. Vendor names differing only in case name the same vendor.`,
          zh: `${name} 的${VENDOR_LABELS[metric].zh}需要两个不同的观测年份;两个都是 ${first}。仅大小写不同的厂商名称指同一厂商。`,
        });
      }
      observed.set(metric, [first, last]);
    }
    if (observed.size === 0) {
      throw new ModelError("notAvailable", {
        en: `Vendor ${name} has no observed values: add two years, e.g. vendor.${name}.revenue.2018 and vendor.${name}.revenue.2019.`,
        zh: `厂商 ${name} 没有观测值:请添加两个年份,例如 vendor.${name}.revenue.2018 和 vendor.${name}.revenue.2019。`,
      });
    }
    return { name, observed };
  });
}

/** The market and city keys in the order `inputsFromValues` reads them. */
const MARKET_KEYS = [
  "market.gov.2021",
  "market.total.2021",
  "market.gov.growth.history",
  "market.gov.growth.near",
  "market.gov.growth.terminal",
  "market.gov.growth.halfLife",
  "market.govShare.longRun",
  "market.govShare.halfLife",
] as const;
const CITY_KEYS = [
  "city.count",
  "city.adoption.2018",
  "city.bass.p",
  "city.bass.q",
  "city.budget.2019",
  "city.budget.growth",
] as const;

/**
 * Every key the model reads for a set of vendors, in a fixed order. Resolving keys once and then
 * reading values by position keeps string work out of Monte Carlo trials.
 */
export interface InputPlan {
  readonly keys: readonly string[];
  readonly vendors: readonly VendorPlan[];
}

export function inputPlan(vendors: readonly VendorPlan[]): InputPlan {
  const keys: string[] = [...MARKET_KEYS, ...CITY_KEYS];
  for (const { name, observed } of vendors) {
    for (const metric of VENDOR_METRICS) {
      const years = observed.get(metric);
      if (!years) continue;
      keys.push(
        `vendor.${name}.${metric}.${years[0]}`,
        `vendor.${name}.${metric}.${years[1]}`,
        vendorTerminalGrowthKey(name, metric),
      );
    }
    keys.push(vendorHalfLifeKey(name), vendorShareCapKey(name));
  }
  return { keys, vendors };
}

/** Model inputs from `values[i]` = the value of `plan.keys[i]`. */
export function inputsFromValues(plan: InputPlan, values: ArrayLike<number>): ModelInputs {
  let cursor = 0;
  const next = (): number => values[cursor++] ?? Number.NaN;
  const market: MarketInputs = {
    gov2021: next(),
    total2021: next(),
    historyGrowth: next(),
    nearGrowth: next(),
    terminalGrowth: next(),
    growthHalfLife: next(),
    shareLongRun: next(),
    shareHalfLife: next(),
  };
  const city: CityInputs = {
    count: next(),
    adoption2018: next(),
    p: next(),
    q: next(),
    budget2019: next(),
    budgetGrowth: next(),
  };
  const vendors = plan.vendors.map(({ name, observed }): VendorInputs => {
    const metrics: Partial<Record<VendorMetric, VendorMetricInputs>> = {};
    for (const metric of VENDOR_METRICS) {
      const years = observed.get(metric);
      if (!years) continue;
      metrics[metric] = {
        firstYear: years[0],
        firstValue: next(),
        lastYear: years[1],
        lastValue: next(),
        terminalGrowth: next(),
      };
    }
    return { name, metrics, halfLife: next(), shareCap: next() };
  });
  return { market, vendors, city };
}

export function readInputs(valueOf: ValueOf, vendors: readonly VendorPlan[]): ModelInputs {
  const plan = inputPlan(vendors);
  return inputsFromValues(plan, plan.keys.map(valueOf));
}
