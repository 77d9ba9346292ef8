import { applyAnchor, type AnchorPlan, type SeriesAnchor } from "./anchoring";
import { ModelError } from "./errors";
import { fadeFactor, writeFadingPath } from "./growth/fadingGrowth";
import { writeBassPath } from "./growth/bass";
import type { ModelInputs, VendorInputs, VendorMetricInputs, VendorPlan } from "./inputs";
import { BUILT_IN_VENDOR, VENDOR_LABELS, VENDOR_METRICS } from "./vendorKeys";
import { FIRST_YEAR, LAST_YEAR, YEAR_COUNT } from "./years";

/**
 * The series the engine projects, money in 亿 CNY, for every year of the horizon. Each is one
 * recurrence that a spreadsheet row can reproduce with one formula:
 *
 * - `market.gov`: 2021 = the CAICT anchor; earlier years back-cast at the history growth; later
 *   years grow at a rate fading from the 2022 rate to the long-run rate.
 * - `market.govShare`: the 2021 share drifts exponentially towards its long-run value (so it
 *   stays between the two, inside (0, 1]); `market.total = market.gov / market.govShare`.
 * - `vendor.<metric>`: exact at the two observed years, compounded at the observed rate before
 *   the last one, then growing at a rate fading from the observed rate to the terminal rate;
 *   gov contracts never exceed `shareCap × market.gov`; `vendor.govShare = govContracts / market.gov`.
 * - `city.cities`: discrete Bass adoption among `city.count` cities from the 2018 share;
 *   `city.budget`: one city's 2019 budget compounded; `city.spend = cities × budget`;
 *   `bridge.ratio = city.spend / market.gov`, the bottom-up vs top-down check.
 */
export const CORE_SERIES = [
  "market.gov",
  "market.total",
  "market.govShare",
  "city.cities",
  "city.budget",
  "city.spend",
  "bridge.ratio",
] as const;
export type CoreSeries = (typeof CORE_SERIES)[number];

export const VENDOR_SERIES = [...VENDOR_METRICS, "govShare"] as const;
export type VendorSeries = (typeof VENDOR_SERIES)[number];

export type SeriesUnit = "亿 CNY" | "fraction" | "cities" | "projects" | "ratio";

export interface SeriesInfo {
  readonly key: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly unit: SeriesUnit;
}

/** Each core series' unit and label; the key comes from the table, so it is written once. */
const CORE_SERIES_TEXT: Readonly<Record<CoreSeries, { unit: SeriesUnit; en: string; zh: string }>> = {
  "market.gov": { unit: "亿 CNY", en: "Gov-cloud market", zh: "政务云市场规模" },
  "market.total": { unit: "亿 CNY", en: "Total cloud market", zh: "云计算市场总规模" },
  "market.govShare": { unit: "fraction", en: "Gov-cloud share of cloud market", zh: "政务云占云市场份额" },
  "city.cities": { unit: "cities", en: "Cities on gov cloud", zh: "上政务云城市数" },
  "city.budget": { unit: "亿 CNY", en: "Yearly budget of one city", zh: "单个城市年预算" },
  "city.spend": {
    unit: "亿 CNY",
    en: "Gov-cloud spend of the cities on gov cloud",
    zh: "已上政务云城市的政务云总支出",
  },
  "bridge.ratio": { unit: "ratio", en: "Bottom-up / top-down ratio", zh: "自下而上/自上而下比率" },
};

export const CORE_SERIES_INFO = Object.fromEntries(
  CORE_SERIES.map((key) => {
    const { unit, en, zh } = CORE_SERIES_TEXT[key];
    return [key, { key, label: { en, zh }, unit }];
  }),
) as Readonly<Record<CoreSeries, SeriesInfo>>;

const VENDOR_SERIES_UNITS: Readonly<Record<VendorSeries, SeriesUnit>> = {
  revenue: "亿 CNY",
  govContracts: "亿 CNY",
  govProjects: "projects",
  govShare: "fraction",
};

/** Where each series of a scenario lives in one flat array: series-major, one slot per year. */
export interface SeriesLayout {
  readonly vendors: readonly VendorPlan[];
  readonly seriesCount: number;
}

export function seriesLayout(vendors: readonly VendorPlan[]): SeriesLayout {
  return { vendors, seriesCount: CORE_SERIES.length + vendors.length * VENDOR_SERIES.length };
}

const CORE_OFFSETS = Object.fromEntries(CORE_SERIES.map((series, i) => [series, i * YEAR_COUNT])) as Record<
  CoreSeries,
  number
>;

function coreOffset(series: CoreSeries): number {
  return CORE_OFFSETS[series];
}

function vendorOffset(vendorIndex: number, series: VendorSeries): number {
  return (
    (CORE_SERIES.length + vendorIndex * VENDOR_SERIES.length + VENDOR_SERIES.indexOf(series)) * YEAR_COUNT
  );
}

/** A series key resolved against a layout: where its values start and what it is. */
export interface ResolvedSeries {
  readonly offset: number;
  readonly info: SeriesInfo;
}

/**
 * Resolves `market.gov`, `vendor.revenue` (the built-in vendor) or `vendor.<Vendor>.revenue`,
 * case-insensitively.
 */
export function resolveSeries(layout: SeriesLayout, key: string): ResolvedSeries {
  const wanted = key.trim().toLowerCase();
  const core = CORE_SERIES.find((series) => series.toLowerCase() === wanted);
  if (core) return { offset: coreOffset(core), info: CORE_SERIES_INFO[core] };
  const parts = key.trim().split(".");
  if (parts[0]?.toLowerCase() === "vendor" && (parts.length === 2 || parts.length === 3)) {
    const vendor = parts.length === 3 ? (parts[1] ?? "") : BUILT_IN_VENDOR;
    const metricName = (parts[parts.length - 1] ?? "").toLowerCase();
    const series = VENDOR_SERIES.find((s) => s.toLowerCase() === metricName);
    const vendorIndex = layout.vendors.findIndex((v) => v.name.toLowerCase() === vendor.toLowerCase());
    if (series && vendorIndex >= 0) {
      const plan = layout.vendors[vendorIndex];
      const observedMetric = series === "govShare" ? "govContracts" : series;
      if (!plan?.observed.has(observedMetric)) {
        throw new ModelError("notAvailable", {
          en: `${plan?.name ?? vendor} has no ${observedMetric} observations: add vendor.${vendor}.${observedMetric}.<year> rows for two years.`,
          zh: `${plan?.name ?? vendor} 没有${VENDOR_LABELS[observedMetric].zh}的观测值:请添加两个年份的 vendor.${vendor}.${observedMetric}.<年份> 行。`,
        });
      }
      const { en, zh } = VENDOR_LABELS[series];
      const unit = VENDOR_SERIES_UNITS[series];
      const name = plan.name;
      return {
        offset: vendorOffset(vendorIndex, series),
        info: { key: `vendor.${name}.${series}`, label: { en: `${name} ${en}`, zh: `${name}${zh}` }, unit },
      };
    }
    if (series && vendorIndex < 0) {
      const known = layout.vendors.map((v) => v.name);
      throw new ModelError("unknownName", {
        en: `Unknown vendor "${vendor}": known vendors are ${known.join(", ")}.`,
        zh: `未知厂商“${vendor}”:已知厂商为 ${known.join("、")}。`,
      });
    }
  }
  const known = [...CORE_SERIES, ...VENDOR_SERIES.map((s) => `vendor.${s}`)];
  throw new ModelError("unknownName", {
    en: `Unknown series "${key}". Series: ${known.join(", ")}.`,
    zh: `未知序列“${key}”。可用序列:${known.join("、")}。`,
  });
}

/** Every series key of a layout, vendors spelled out; for listings and exports. */
export function seriesKeys(layout: SeriesLayout): string[] {
  const keys: string[] = [...CORE_SERIES];
  for (const plan of layout.vendors) {
    for (const series of VENDOR_SERIES) {
      const observedMetric = series === "govShare" ? "govContracts" : series;
      if (plan.observed.has(observedMetric)) {
        keys.push(plan.name === BUILT_IN_VENDOR ? `vendor.${series}` : `vendor.${plan.name}.${series}`);
      }
    }
  }
  return keys;
}

/** The years the recurrences start from, named by the keys market.gov.2021, city.adoption.2018, city.budget.2019. */
export const MARKET_ANCHOR_YEAR = 2021;
export const CITY_START_YEAR = 2018;
export const CITY_BUDGET_YEAR = 2019;
const MARKET_ANCHOR_INDEX = MARKET_ANCHOR_YEAR - FIRST_YEAR;
const CITY_START_INDEX = CITY_START_YEAR - FIRST_YEAR;

/**
 * Computes every series of `inputs` into `out` (length `seriesCount × YEAR_COUNT`, laid out as
 * `seriesLayout` says). Allocation-free so a Monte Carlo trial costs only arithmetic. `anchors`
 * (anchoring.ts) restart series at actuals; each anchored series is settled before the series
 * that read it (gov before total, shares and vendor caps; cities and budget before spend).
 */
export function computeSeries(inputs: ModelInputs, out: Float64Array, at = 0, anchors?: AnchorPlan): void {
  const { market, city } = inputs;
  const gov = at + coreOffset("market.gov");
  const total = at + coreOffset("market.total");
  const share = at + coreOffset("market.govShare");

  // Back-cast by dividing year by year (Math.pow costs ~80 ns in V8; this runs per Monte Carlo trial).
  let backCast = market.gov2021;
  for (let i = MARKET_ANCHOR_INDEX - 1; i >= 0; i--) {
    backCast /= 1 + market.historyGrowth;
    out[gov + i] = backCast;
  }
  writeFadingPath(
    out,
    gov + MARKET_ANCHOR_INDEX,
    gov + YEAR_COUNT - 1,
    market.gov2021,
    market.nearGrowth,
    market.terminalGrowth,
    market.growthHalfLife,
  );
  const govAnchor = anchors?.core["market.gov"];
  if (govAnchor) {
    applyAnchor(anchors, out, gov, govAnchor, (index, actual) =>
      writeFadingPath(
        out,
        gov + index,
        gov + YEAR_COUNT - 1,
        actual,
        market.nearGrowth,
        market.terminalGrowth,
        market.growthHalfLife,
      ),
    );
  }

  const share2021 = market.gov2021 / market.total2021;
  const shareFactor = fadeFactor(market.shareHalfLife);
  let shareGap = share2021 - market.shareLongRun;
  for (let i = 0; i < YEAR_COUNT; i++) {
    if (i > MARKET_ANCHOR_INDEX) shareGap *= shareFactor;
    const s = market.shareLongRun + shareGap;
    out[share + i] = s;
    out[total + i] = (out[gov + i] ?? 0) / s;
  }
  const totalAnchor = anchors?.core["market.total"];
  if (totalAnchor)
    anchorTotal(anchors, totalAnchor, market.shareLongRun, shareFactor, out, gov, share, total);

  inputs.vendors.forEach((vendor, index) => computeVendor(vendor, index, out, at, gov, anchors));

  const cities = at + coreOffset("city.cities");
  const budget = at + coreOffset("city.budget");
  const spend = at + coreOffset("city.spend");
  const ratio = at + coreOffset("bridge.ratio");
  writeBassPath(
    out,
    cities + CITY_START_INDEX,
    cities + YEAR_COUNT - 1,
    city.adoption2018 * city.count,
    city.count,
    city.p,
    city.q,
  );
  const citiesAnchor = anchors?.core["city.cities"];
  if (citiesAnchor) {
    applyAnchor(
      anchors,
      out,
      cities,
      citiesAnchor,
      (index, actual) =>
        writeBassPath(out, cities + index, cities + YEAR_COUNT - 1, actual, city.count, city.p, city.q),
      (index, actual) => {
        if (actual > city.count) {
          throw new ModelError("invalidValue", {
            en: `actual.city.cities.${FIRST_YEAR + index} (${actual}) is above city.count (${city.count}): raise city.count or correct the actual.`,
            zh: `actual.city.cities.${FIRST_YEAR + index}(${actual})大于 city.count(${city.count}):请调高 city.count 或更正该实际值。`,
          });
        }
      },
    );
  }
  const budgetStep = 1 + city.budgetGrowth;
  let b = city.budget2019 / Math.pow(budgetStep, CITY_BUDGET_YEAR - FIRST_YEAR);
  for (let i = 0; i < YEAR_COUNT; i++) {
    if (i > 0) b *= budgetStep;
    out[budget + i] = b;
  }
  const budgetAnchor = anchors?.core["city.budget"];
  if (budgetAnchor) {
    applyAnchor(anchors, out, budget, budgetAnchor, (index, actual) => {
      let grown = actual;
      for (let i = index + 1; i < YEAR_COUNT; i++) {
        grown *= budgetStep;
        out[budget + i] = grown;
      }
    });
  }
  for (let i = 0; i < YEAR_COUNT; i++) {
    const s = (out[cities + i] ?? 0) * (out[budget + i] ?? 0);
    out[spend + i] = s;
    out[ratio + i] = s / (out[gov + i] ?? 1);
  }
}

/**
 * Anchors the total market through the share, so that total = gov ÷ share keeps holding: in a
 * year with an actual the share is gov ÷ actual (and the total the actual itself); after the
 * anchor year the share drifts to its long-run value as it does after 2021.
 */
function anchorTotal(
  plan: AnchorPlan,
  anchor: SeriesAnchor,
  longRun: number,
  shareFactor: number,
  out: Float64Array,
  gov: number,
  share: number,
  total: number,
): void {
  const checkShare = (index: number, actual: number): number => {
    const g = out[gov + index] ?? Number.NaN;
    const s = g / actual;
    if (!(s > 0 && s <= 1)) {
      throw new ModelError("invalidValue", {
        en: `actual.market.total.${FIRST_YEAR + index} (${actual}) is below the gov-cloud market of that year (${g}): the gov share would exceed 100%.`,
        zh: `actual.market.total.${FIRST_YEAR + index}(${actual})低于当年的政务云市场规模(${g}):政务云占比将超过 100%。`,
      });
    }
    return s;
  };
  // The share is what restarts; remember its unanchored path rather than the total's.
  const unanchoredShare = out.slice(share, share + YEAR_COUNT);
  applyAnchor(
    plan,
    out,
    total,
    anchor,
    (index) => {
      let gap = (out[share + index] ?? 0) - longRun;
      for (let i = index + 1; i < YEAR_COUNT; i++) {
        gap *= shareFactor;
        const s = longRun + gap;
        out[share + i] = s;
        out[total + i] = (out[gov + i] ?? 0) / s;
      }
    },
    (index, actual) => {
      out[share + index] = checkShare(index, actual);
    },
  );
  plan.unanchored.set("market.govShare", unanchoredShare);
}

function computeVendor(
  vendor: VendorInputs,
  index: number,
  out: Float64Array,
  at: number,
  gov: number,
  plan: AnchorPlan | undefined,
): void {
  const anchors = plan?.vendors.get(index);
  for (const metric of VENDOR_METRICS) {
    const observed = vendor.metrics[metric];
    const offset = at + vendorOffset(index, metric);
    if (!observed) {
      out.fill(Number.NaN, offset, offset + YEAR_COUNT);
      continue;
    }
    const cap = metric === "govContracts" ? vendor.shareCap : Number.POSITIVE_INFINITY;
    // After the last observation, or from an anchor year: the same growth, so one closure serves both.
    const growFrom = (fromYear: number, fromValue: number): void =>
      writeVendorGrowth(observed, vendor.halfLife, cap, out, offset, gov, fromYear, fromValue);
    writeVendorMetric(observed, out, offset, growFrom);
    const anchor = metric === "govProjects" ? undefined : anchors?.[metric];
    if (plan && anchor) {
      applyAnchor(
        plan,
        out,
        offset,
        anchor,
        (anchorIndex, actual) => growFrom(FIRST_YEAR + anchorIndex, actual),
        (yearIndex, actual) => {
          const limit = cap * (out[gov + yearIndex] ?? 0);
          if (actual > limit) {
            throw new ModelError("invalidValue", {
              en: `actual.${anchor.series}.${FIRST_YEAR + yearIndex} (${actual}) is above ${vendor.name}'s cap (share cap ${cap} × gov-cloud market = ${limit}): raise vendor.${vendor.name}.govContracts.shareCap or correct the actual.`,
              zh: `actual.${anchor.series}.${FIRST_YEAR + yearIndex}(${actual})超过 ${vendor.name} 的上限(份额上限 ${cap} × 政务云市场规模 = ${limit}):请调高 vendor.${vendor.name}.govContracts.shareCap 或更正该实际值。`,
            });
          }
        },
      );
    }
  }
  const contracts = at + vendorOffset(index, "govContracts");
  const share = at + vendorOffset(index, "govShare");
  if (plan && vendor.metrics.govContracts) checkContractsCap(vendor, out, contracts, gov);
  for (let i = 0; i < YEAR_COUNT; i++) out[share + i] = (out[contracts + i] ?? 0) / (out[gov + i] ?? 1);
}

/**
 * Anchoring may lower the gov-cloud market under a vendor's observed contracts (which are never
 * capped: they are facts). The cap identity must hold in an anchored model, so that is an error.
 */
function checkContractsCap(vendor: VendorInputs, out: Float64Array, contracts: number, gov: number): void {
  for (let i = 0; i < YEAR_COUNT; i++) {
    const limit = vendor.shareCap * (out[gov + i] ?? 0);
    const value = out[contracts + i] ?? 0;
    if (value > limit * (1 + 1e-12)) {
      throw new ModelError("invalidValue", {
        en: `${vendor.name}'s gov contracts in ${FIRST_YEAR + i} (${value}) are above their cap (share cap ${vendor.shareCap} × the anchored gov-cloud market = ${limit}): raise vendor.${vendor.name}.govContracts.shareCap or check the market anchor.`,
        zh: `${vendor.name} 在 ${FIRST_YEAR + i} 年的政务云合同额(${value})超过上限(份额上限 ${vendor.shareCap} × 锚定后的政务云市场规模 = ${limit}):请调高 vendor.${vendor.name}.govContracts.shareCap 或检查市场锚定。`,
      });
    }
  }
}

/**
 * Before and at the last observed year: compounded at the observed rate through both observations.
 * After it: `growFrom` (writeVendorGrowth: growth fading from the observed rate, capped where a cap applies).
 */
function writeVendorMetric(
  observed: VendorMetricInputs,
  out: Float64Array,
  offset: number,
  growFrom: (fromYear: number, fromValue: number) => void,
): void {
  const { firstYear, firstValue, lastYear, lastValue } = observed;
  const observedStep = observedStepOf(observed);
  // Up to the last observation: through both observed values at the observed rate, kept exact there.
  let value = lastValue;
  for (let year = lastYear; year >= FIRST_YEAR; year--) {
    if (year === firstYear) value = firstValue;
    out[offset + year - FIRST_YEAR] = value;
    value /= observedStep;
  }
  growFrom(lastYear, lastValue);
}

function observedStepOf({ firstYear, firstValue, lastYear, lastValue }: VendorMetricInputs): number {
  const span = lastYear - firstYear;
  return span === 1 ? lastValue / firstValue : Math.pow(lastValue / firstValue, 1 / span);
}

/**
 * After `fromYear` (the last observation, or an anchor year): the observed rate fading to the
 * terminal rate, the clock starting the year after `fromYear`, and never above the cap.
 */
function writeVendorGrowth(
  observed: VendorMetricInputs,
  halfLife: number,
  cap: number,
  out: Float64Array,
  offset: number,
  gov: number,
  fromYear: number,
  fromValue: number,
): void {
  const { terminalGrowth } = observed;
  const factor = fadeFactor(halfLife);
  let gap = observedStepOf(observed) - 1 - terminalGrowth;
  let value = fromValue;
  for (let year = fromYear + 1; year <= LAST_YEAR; year++) {
    gap *= factor;
    value *= 1 + terminalGrowth + gap;
    if (year >= FIRST_YEAR) {
      value = Math.min(value, cap * (out[gov + year - FIRST_YEAR] ?? 0));
      out[offset + year - FIRST_YEAR] = value;
    }
  }
}
