import type { Forecast } from "../forecast";
import type { VendorPlan } from "../inputs";
import { scenarioValue } from "../scenario";
import {
  CITY_BUDGET_YEAR,
  CITY_START_YEAR,
  CORE_SERIES_INFO,
  MARKET_ANCHOR_YEAR,
  type CoreSeries,
  type SeriesUnit,
} from "../series";
import {
  VENDOR_METRICS,
  vendorHalfLifeKey,
  vendorObservedKey,
  vendorShareCapKey,
  vendorTerminalGrowthKey,
  type VendorMetric,
} from "../vendorKeys";
import type { Bilingual } from "./layoutText";

/**
 * The Forecast sheet's rows as spreadsheet formulas: the same recurrences as `computeSeries`
 * (src/model/series.ts), one formula pattern per row. Years are the only typed-in numbers; the
 * other literals are the mathematics' own 0, 1 and the 2 of ln 2 (a half-life). Where a row starts
 * a recursion, `IF(year <= start, closed form, recursion)` keeps the first column from reading the
 * column before the timeline.
 */

/** References a row's formula may use in one year column. */
export interface YearReferences {
  /** The year header of this column, row-anchored: "E$5". */
  readonly year: string;
  /** The year itself, for rows whose references depend on it (anchoredRows.ts reads actual.…<year>). */
  readonly yearValue?: number;
  /** Another timeline row in this column: "E9". */
  current(key: string): string;
  /** This or another timeline row in the previous column: "D9". */
  previous(key: string): string;
}

/** References to the column of scenario values (absolute, the same in every column). */
export interface ConstantReferences {
  /**
   * The scenario's value of an assumption, resolved as the engine resolves it (`effectiveKey`: a
   * user vendor's unset fade assumption is the built-in vendor's).
   */
  input(key: string): string;
  /** A derived constant (see `derivedRows`). */
  derived(key: string): string;
}

export interface TimelineRow {
  readonly key: string;
  readonly label: Bilingual;
  readonly unit?: SeriesUnit;
  readonly role: "calculation" | "check";
  formula(at: YearReferences): string;
  /** The engine's value in the year with this index (year − FIRST_YEAR). */
  cached(index: number): number;
}

/** A constant the formulas read more than once, computed once in the scenario-values column. */
export interface DerivedRow {
  readonly key: string;
  readonly label: Bilingual;
  readonly unit: SeriesUnit;
  readonly formula: string;
  readonly cached: number;
}

/** Rows read `refs` only inside `formula`, so they can be listed before their cells are placed. */
export interface RowContext {
  readonly forecast: Forecast;
  readonly vendors: readonly VendorPlan[];
  readonly refs: ConstantReferences;
}

/** `EXP(-LN(2)/halfLife*(t))`: the share of a gap left after t years (see growth/fadingGrowth.ts). */
export function fadeAfter(halfLife: string, years: string): string {
  return `EXP(-LN(2)/${halfLife}*(${years}))`;
}

function valueAt(values: Float64Array, index: number): number {
  return values[index] ?? Number.NaN;
}

export function shareAnchorKey(): string {
  return `market.govShare.${MARKET_ANCHOR_YEAR}`;
}

export function observedStepKey(vendor: string, metric: VendorMetric): string {
  return `vendor.${vendor}.${metric}.observedStep`;
}

export function vendorSeriesKey(vendor: string, series: VendorMetric | "govShare"): string {
  return `vendor.${vendor}.${series}`;
}

const VENDOR_METRIC_WORDS: Readonly<Record<VendorMetric, Bilingual>> = {
  revenue: { en: "cloud revenue", zh: "云收入" },
  govContracts: { en: "gov-cloud contract value", zh: "政务云合同金额" },
  govProjects: { en: "gov-cloud projects", zh: "政务云项目数" },
};

export function derivedRows({ forecast, vendors, refs }: RowContext): DerivedRow[] {
  const { scenario } = forecast;
  const value = (key: string): number => scenarioValue(scenario, key);
  const rows: DerivedRow[] = [
    {
      key: shareAnchorKey(),
      label: { en: "Gov-cloud share 2021 (gov ÷ total market)", zh: "2021年政务云份额(政务云÷总规模)" },
      unit: "fraction",
      formula: `${refs.input("market.gov.2021")}/${refs.input("market.total.2021")}`,
      cached: value("market.gov.2021") / value("market.total.2021"),
    },
  ];
  for (const { name, observed } of vendors) {
    for (const metric of VENDOR_METRICS) {
      const years = observed.get(metric);
      if (!years) continue;
      const [firstYear, lastYear] = years;
      const first = refs.input(vendorObservedKey(name, metric, firstYear));
      const last = refs.input(vendorObservedKey(name, metric, lastYear));
      const span = lastYear - firstYear;
      const ratio =
        value(vendorObservedKey(name, metric, lastYear)) / value(vendorObservedKey(name, metric, firstYear));
      const words = VENDOR_METRIC_WORDS[metric];
      rows.push({
        key: observedStepKey(name, metric),
        label: {
          en: `${name} ${words.en}: observed yearly growth factor ${firstYear}–${lastYear}`,
          zh: `${name}${words.zh}:${firstYear}–${lastYear}年观测年增长倍数`,
        },
        unit: "ratio",
        // As the engine: the plain ratio for consecutive years, else its span-th root.
        formula: span === 1 ? `${last}/${first}` : `POWER(${last}/${first},1/(${lastYear}-${firstYear}))`,
        cached: span === 1 ? ratio : Math.pow(ratio, 1 / span),
      });
    }
  }
  return rows;
}

function coreRow(key: CoreSeries, forecast: Forecast, formula: (at: YearReferences) => string): TimelineRow {
  const values = forecast.values(key);
  const { label, unit } = CORE_SERIES_INFO[key];
  return { key, label, unit, role: "calculation", formula, cached: (index) => valueAt(values, index) };
}

function marketRows({ forecast, refs }: RowContext): TimelineRow[] {
  const input = (key: string): string => refs.input(key);
  const anchor = MARKET_ANCHOR_YEAR;
  return [
    // Back-cast at the history growth up to 2021; after it, growth fading from the 2022 rate.
    coreRow(
      "market.gov",
      forecast,
      (at) =>
        `IF(${at.year}<=${anchor},${input("market.gov.2021")}*POWER(1+${input("market.gov.growth.history")},${at.year}-${anchor}),` +
        `${at.previous("market.gov")}*(1+${input("market.gov.growth.terminal")}+(${input("market.gov.growth.near")}-${input("market.gov.growth.terminal")})*` +
        `${fadeAfter(input("market.gov.growth.halfLife"), `${at.year}-${anchor + 1}`)}))`,
    ),
    coreRow("market.total", forecast, (at) => `${at.current("market.gov")}/${at.current("market.govShare")}`),
    // The 2021 share drifting towards the long-run share after 2021.
    coreRow(
      "market.govShare",
      forecast,
      (at) =>
        `${input("market.govShare.longRun")}+(${refs.derived(shareAnchorKey())}-${input("market.govShare.longRun")})*` +
        fadeAfter(input("market.govShare.halfLife"), `MAX(0,${at.year}-${anchor})`),
    ),
  ];
}

function vendorMetricRow(
  plan: VendorPlan,
  metric: VendorMetric,
  { forecast, refs }: RowContext,
): TimelineRow | undefined {
  const years = plan.observed.get(metric);
  if (!years) return undefined;
  const [firstYear, lastYear] = years;
  const input = (key: string): string => refs.input(key);
  const name = plan.name;
  const key = vendorSeriesKey(name, metric);
  const values = forecast.values(key);
  const info = forecast.info(key);
  return {
    key,
    label: info.label,
    unit: info.unit,
    role: "calculation",
    formula(at) {
      // Exact at both observations, compounded at the observed rate before the last one; after it,
      // the observed rate fading to the long-run rate (and gov contracts capped at a share of the market).
      const step = refs.derived(observedStepKey(name, metric));
      const terminal = input(vendorTerminalGrowthKey(name, metric));
      const first = input(vendorObservedKey(name, metric, firstYear));
      const last = input(vendorObservedKey(name, metric, lastYear));
      const grown =
        `${at.previous(key)}*(1+${terminal}+(${step}-1-${terminal})*` +
        `${fadeAfter(input(vendorHalfLifeKey(name)), `${at.year}-${lastYear}`)})`;
      const after =
        metric === "govContracts"
          ? `MIN(${grown},${input(vendorShareCapKey(name))}*${at.current("market.gov")})`
          : grown;
      return (
        `IF(${at.year}<=${firstYear},${first}/POWER(${step},${firstYear}-${at.year}),` +
        `IF(${at.year}<=${lastYear},${last}/POWER(${step},${lastYear}-${at.year}),${after}))`
      );
    },
    cached: (index) => valueAt(values, index),
  };
}

function vendorRows(context: RowContext): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const plan of context.vendors) {
    for (const metric of VENDOR_METRICS) {
      const row = vendorMetricRow(plan, metric, context);
      if (row) rows.push(row);
    }
    if (plan.observed.has("govContracts")) {
      const key = vendorSeriesKey(plan.name, "govShare");
      const contracts = vendorSeriesKey(plan.name, "govContracts");
      const values = context.forecast.values(key);
      const info = context.forecast.info(key);
      rows.push({
        key,
        label: info.label,
        unit: info.unit,
        role: "calculation",
        formula: (at) => `${at.current(contracts)}/${at.current("market.gov")}`,
        cached: (index) => valueAt(values, index),
      });
    }
  }
  return rows;
}

function cityRows({ forecast, refs }: RowContext): TimelineRow[] {
  const input = (key: string): string => refs.input(key);
  return [
    // Discrete Bass diffusion (growth/bass.ts) from the 2018 adoption share.
    coreRow("city.cities", forecast, (at) => {
      const count = input("city.count");
      const before = at.previous("city.cities");
      return (
        `IF(${at.year}<=${CITY_START_YEAR},${input("city.adoption.2018")}*${count},` +
        `${before}+(${input("city.bass.p")}+${input("city.bass.q")}*${before}/${count})*(${count}-${before}))`
      );
    }),
    coreRow(
      "city.budget",
      forecast,
      (at) =>
        `${input("city.budget.2019")}*POWER(1+${input("city.budget.growth")},${at.year}-${CITY_BUDGET_YEAR})`,
    ),
    coreRow("city.spend", forecast, (at) => `${at.current("city.cities")}*${at.current("city.budget")}`),
    coreRow("bridge.ratio", forecast, (at) => `${at.current("city.spend")}/${at.current("market.gov")}`),
  ];
}

/** Every series row, in sheet order: market, vendors, cities. */
export function seriesRows(context: RowContext): TimelineRow[] {
  return [...marketRows(context), ...vendorRows(context), ...cityRows(context)];
}

export const ALL_CHECKS_KEY = "check.all";

/**
 * Rows that are 0 when the model is consistent. Each is exactly 0 in floating point when it holds
 * (the same operations as the rows it checks), so "0" means 0, not "small".
 */
export function checkRows({ forecast, vendors, refs }: RowContext): TimelineRow[] {
  const series = (key: string): Float64Array => forecast.values(key);
  const gov = series("market.gov");
  const at = (values: Float64Array, index: number): number => valueAt(values, index);
  /**
   * A series against what the other rows say of it, written as the formula and computed as the
   * value with the same operations: a "difference" from what it should be (0 when they agree), or
   * its "excess" over a limit (0 when it stays within).
   */
  const seriesCheck = (
    kind: "difference" | "excess",
    key: string,
    label: Bilingual,
    unit: SeriesUnit,
    seriesKey: string,
    other: { formula: (y: YearReferences) => string; value: (i: number) => number },
  ): TimelineRow => {
    const values = series(seriesKey);
    return {
      key,
      label,
      unit,
      role: "check",
      formula: (y) => {
        const difference = `${y.current(seriesKey)}-${other.formula(y)}`;
        return kind === "difference" ? difference : `MAX(0,${difference})`;
      },
      cached: (i) => {
        const difference = at(values, i) - other.value(i);
        return kind === "difference" ? difference : Math.max(0, difference);
      },
    };
  };
  const checks: TimelineRow[] = [];
  const share = series("market.govShare");
  checks.push(
    seriesCheck(
      "difference",
      "check.market.total",
      { en: "Check: total market − gov-cloud market ÷ share", zh: "校验:总规模 − 政务云规模 ÷ 份额" },
      "亿 CNY",
      "market.total",
      {
        formula: (y) => `${y.current("market.gov")}/${y.current("market.govShare")}`,
        value: (i) => at(gov, i) / at(share, i),
      },
    ),
  );
  const cities = series("city.cities");
  const budget = series("city.budget");
  checks.push(
    seriesCheck(
      "difference",
      "check.city.spend",
      { en: "Check: spend − cities × budget", zh: "校验:总支出 − 城市数 × 单城预算" },
      "亿 CNY",
      "city.spend",
      {
        formula: (y) => `${y.current("city.cities")}*${y.current("city.budget")}`,
        value: (i) => at(cities, i) * at(budget, i),
      },
    ),
  );
  for (const { name, observed } of vendors) {
    if (!observed.has("govContracts")) continue;
    const capKey = vendorShareCapKey(name);
    const cap = scenarioValue(forecast.scenario, capKey);
    checks.push(
      seriesCheck(
        "excess",
        `check.vendor.${name}.govContracts.shareCap`,
        {
          en: `Check: ${name} gov contracts above their cap (share cap × gov-cloud market)`,
          zh: `校验:${name}政务云合同金额超出上限(份额上限 × 政务云规模)的部分`,
        },
        "亿 CNY",
        vendorSeriesKey(name, "govContracts"),
        {
          formula: (y) => `${refs.input(capKey)}*${y.current("market.gov")}`,
          value: (i) => cap * at(gov, i),
        },
      ),
    );
  }
  const count = scenarioValue(forecast.scenario, "city.count");
  checks.push(
    seriesCheck(
      "excess",
      "check.city.cities",
      { en: "Check: cities on gov cloud above city.count", zh: "校验:上云城市数超出城市总数的部分" },
      "cities",
      "city.cities",
      { formula: () => refs.input("city.count"), value: () => count },
    ),
  );
  const parts = [...checks];
  checks.push({
    key: ALL_CHECKS_KEY,
    label: { en: "All checks: largest difference, 0 when consistent", zh: "全部校验:最大差额,一致时为0" },
    role: "check",
    formula: (y) => `MAX(${parts.map((c) => `${y.current(c.key)},-${y.current(c.key)}`).join(",")})`,
    cached: (i) => Math.max(...parts.map((c) => Math.abs(c.cached(i)))),
  });
  return checks;
}
