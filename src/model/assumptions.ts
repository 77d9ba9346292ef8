import type {
  AssumptionDefinition,
  AssumptionGroup,
  AssumptionUnit,
  BuiltInScenario,
} from "./assumptionTypes";
import { actualOrAnchorAssumption } from "./actualKeys";
import { baselineValue } from "./baseline";
import { ModelError } from "./errors";
import type { Bilingual } from "./language";
import {
  BUILT_IN_VENDOR,
  VENDOR_LABELS,
  VENDOR_METRIC_UNITS,
  formatVendorKey,
  parseVendorKey,
  vendorHalfLifeKey,
  vendorShareCapKey,
  vendorTerminalGrowthKey,
  type VendorKey,
  type VendorMetric,
} from "./vendorKeys";

/**
 * The assumption catalogue: the one definition of every input the engine reads. It drives the
 * engine's validation, the task pane's form, the inputs sheet and the documentation.
 *
 * Article figures are read from the baseline dataset by key; every other number here is our own
 * assumption, marked so with a rationale, and editable by the user.
 */

/** 1 亿 = 10,000 万: the article quotes city budgets in 万 CNY, the model works in 亿 CNY. */
const WAN_PER_YI = 10_000;

function scenarioValues(bear: number, base: number, bull: number): Record<BuiltInScenario, number> {
  return { bear, base, bull };
}

function sameInEveryScenario(value: number): Record<BuiltInScenario, number> {
  return scenarioValues(value, value, value);
}

function fromArticle(
  key: string,
  group: AssumptionGroup,
  label: AssumptionDefinition["label"],
  unit: AssumptionUnit,
  lower: number,
  upper: number,
  baselineKey: string,
): AssumptionDefinition {
  return {
    key,
    group,
    label,
    unit,
    lower,
    upper,
    values: sameInEveryScenario(baselineValue(baselineKey)),
    source: { kind: "article", baselineKeys: [baselineKey] },
  };
}

const GROWTH_BOUNDS = { lower: -0.5, upper: 2 } as const;
const HALF_LIFE_BOUNDS = { lower: 0.25, upper: 50 } as const;

/** Bounds shared by the built-in vendor and user-defined vendors. */
const VENDOR_OBSERVED_BOUNDS: Readonly<Record<VendorMetric, { lower: number; upper: number }>> = {
  revenue: { lower: 0.01, upper: 1_000_000 },
  govContracts: { lower: 0.01, upper: 1_000_000 },
  govProjects: { lower: 1, upper: 1_000_000 },
};
const TERMINAL_GROWTH_BOUNDS = { lower: -0.5, upper: 1 } as const;
const SHARE_CAP_BOUNDS = { lower: 0.01, upper: 1 } as const;

/** Label, unit and bounds of any `vendor.…` key; values and source are added by the caller. */
function vendorFieldShape({ vendor, field }: VendorKey): Omit<AssumptionDefinition, "values" | "source"> {
  const key = formatVendorKey({ vendor, field });
  const base = { key, group: "vendors" as const };
  switch (field.kind) {
    case "observed": {
      const metric = VENDOR_LABELS[field.metric];
      return {
        ...base,
        label: { en: `${vendor} ${metric.en} ${field.year}`, zh: `${vendor}${field.year}年${metric.zh}` },
        unit: VENDOR_METRIC_UNITS[field.metric],
        ...VENDOR_OBSERVED_BOUNDS[field.metric],
      };
    }
    case "terminalGrowth": {
      const metric = VENDOR_LABELS[field.metric];
      return {
        ...base,
        label: { en: `${vendor} ${metric.en}: long-run growth`, zh: `${vendor}${metric.zh}长期增速` },
        unit: "fraction",
        ...TERMINAL_GROWTH_BOUNDS,
      };
    }
    case "halfLife":
      return {
        ...base,
        label: { en: `${vendor}: half-life of growth fade`, zh: `${vendor}增速衰减半衰期` },
        unit: "years",
        ...HALF_LIFE_BOUNDS,
      };
    case "shareCap":
      return {
        ...base,
        label: { en: `${vendor}: cap on gov-cloud market share`, zh: `${vendor}政务云市场份额上限` },
        unit: "fraction",
        ...SHARE_CAP_BOUNDS,
      };
  }
}

function tencentObserved(metric: VendorMetric, year: number, baselineKey: string): AssumptionDefinition {
  const shape = vendorFieldShape({ vendor: BUILT_IN_VENDOR, field: { kind: "observed", metric, year } });
  return {
    ...shape,
    values: sameInEveryScenario(baselineValue(baselineKey)),
    source: { kind: "article", baselineKeys: [baselineKey] },
  };
}

function tencentAssumption(
  key: string,
  values: Record<BuiltInScenario, number>,
  rationale: string,
): AssumptionDefinition {
  const parsed = parseVendorKey(key);
  if (!parsed) throw new Error(`catalogue bug: ${key} is not a vendor key`);
  return { ...vendorFieldShape(parsed), values, source: { kind: "assumption", rationale } };
}

export const ASSUMPTIONS: readonly AssumptionDefinition[] = [
  // Market, top-down: anchored at CAICT's 2021 forecast, back-cast and projected by our growth rates.
  fromArticle(
    "market.gov.2021",
    "market",
    { en: "Gov-cloud market 2021 (CAICT forecast)", zh: "2021年政务云市场规模(信通院预测)" },
    "亿 CNY",
    1,
    1_000_000,
    "caict.govCloud.2021",
  ),
  fromArticle(
    "market.total.2021",
    "market",
    { en: "Total cloud market 2021 (CAICT forecast)", zh: "2021年云计算市场总规模(信通院预测)" },
    "亿 CNY",
    1,
    10_000_000,
    "caict.cloudMarket.2021",
  ),
  {
    key: "market.gov.growth.history",
    group: "market",
    label: { en: "Gov-cloud market growth 2018–2021 (back-cast)", zh: "2018–2021年政务云市场增速(回推)" },
    unit: "fraction",
    ...GROWTH_BOUNDS,
    values: scenarioValues(0.2, 0.25, 0.3),
    source: {
      kind: "assumption",
      rationale:
        "Yearly growth used to back-cast 2018–2020 from the 2021 anchor; the article gives no history.",
    },
  },
  {
    key: "market.gov.growth.near",
    group: "market",
    label: { en: "Gov-cloud market growth in 2022", zh: "2022年政务云市场增速" },
    unit: "fraction",
    ...GROWTH_BOUNDS,
    values: scenarioValues(0.12, 0.2, 0.28),
    source: { kind: "assumption", rationale: "Growth in the first year after the CAICT 2021 forecast." },
  },
  {
    key: "market.gov.growth.terminal",
    group: "market",
    label: { en: "Gov-cloud market long-run growth", zh: "政务云市场长期增速" },
    unit: "fraction",
    ...GROWTH_BOUNDS,
    values: scenarioValues(0.03, 0.06, 0.09),
    source: { kind: "assumption", rationale: "Mature-market growth the 2022 rate fades to." },
  },
  {
    key: "market.gov.growth.halfLife",
    group: "market",
    label: { en: "Gov-cloud market growth: half-life of fade", zh: "政务云市场增速衰减半衰期" },
    unit: "years",
    ...HALF_LIFE_BOUNDS,
    values: scenarioValues(3, 5, 8),
    source: {
      kind: "assumption",
      rationale: "Years for half the gap between 2022 and long-run growth to close.",
    },
  },
  {
    key: "market.govShare.longRun",
    group: "market",
    label: { en: "Gov-cloud share of cloud market, long run", zh: "政务云占云市场份额(长期)" },
    unit: "fraction",
    lower: 0.01,
    upper: 1,
    values: scenarioValues(0.44, 0.4, 0.36),
    source: {
      kind: "assumption",
      rationale:
        "Share the CAICT 2021 share (813/1858) drifts to; lower in the bull case because enterprise cloud outgrows gov cloud when markets boom.",
    },
  },
  {
    key: "market.govShare.halfLife",
    group: "market",
    label: { en: "Gov-cloud share: half-life of drift", zh: "政务云份额变化半衰期" },
    unit: "years",
    ...HALF_LIFE_BOUNDS,
    values: sameInEveryScenario(6),
    source: {
      kind: "assumption",
      rationale: "Years for half the gap between the 2021 and long-run share to close.",
    },
  },

  // Vendors: Tencent's observed 2018 and 2019 figures from the article, fading growth after that.
  tencentObserved("revenue", 2018, "tencentCloud.revenue.2018"),
  tencentObserved("revenue", 2019, "tencentCloud.revenue.2019"),
  tencentObserved("govContracts", 2018, "tencentGov.contracts.2018"),
  tencentObserved("govContracts", 2019, "tencentGov.contracts.2019"),
  tencentObserved("govProjects", 2018, "tencentGov.projects.2018"),
  tencentObserved("govProjects", 2019, "tencentGov.projects.2019"),
  tencentAssumption(
    vendorTerminalGrowthKey(BUILT_IN_VENDOR, "revenue"),
    scenarioValues(0.08, 0.12, 0.16),
    "Long-run cloud revenue growth of a scaled vendor; the 2019 rate of 170/91−1 fades to it.",
  ),
  tencentAssumption(
    vendorTerminalGrowthKey(BUILT_IN_VENDOR, "govContracts"),
    scenarioValues(0.06, 0.1, 0.14),
    "Long-run gov-contract growth; the 2019 rate of 26/7.97−1 fades to it.",
  ),
  tencentAssumption(
    vendorTerminalGrowthKey(BUILT_IN_VENDOR, "govProjects"),
    scenarioValues(0.03, 0.06, 0.09),
    "Long-run growth in the number of gov-cloud projects; the 2019 rate of 151/97−1 fades to it.",
  ),
  tencentAssumption(
    vendorHalfLifeKey(BUILT_IN_VENDOR),
    scenarioValues(0.75, 1, 1.5),
    "Hyper-growth of 56–226% a year cannot last: about half of the excess over the long-run rate fades each year.",
  ),
  tencentAssumption(
    vendorShareCapKey(BUILT_IN_VENDOR),
    scenarioValues(0.1, 0.15, 0.2),
    "Four vendors won Chongqing's 2019 tender (chongqing.tender.winners): no single vendor takes the market.",
  ),

  // Cities, bottom-up: Bass adoption among the article's ~1000 similar cities, times one city's budget.
  fromArticle(
    "city.count",
    "cities",
    { en: "Cities like the article's third-tier city", zh: "类似三线城市数量" },
    "cities",
    1,
    100_000,
    "city.similar.count",
  ),
  {
    key: "city.adoption.2018",
    group: "cities",
    label: {
      en: "Share of third-tier-like cities on gov cloud in 2018",
      zh: "2018年类似三线城市中已上政务云的占比",
    },
    unit: "fraction",
    lower: 0,
    upper: 1,
    values: scenarioValues(0.08, 0.12, 0.16),
    source: {
      kind: "assumption",
      rationale: "About three years of Bass adoption at p = 0.03, q = 0.38 from a 2015 start.",
    },
  },
  {
    key: "city.bass.p",
    group: "cities",
    label: { en: "City adoption: innovation coefficient p", zh: "城市采纳:创新系数p" },
    unit: "fraction",
    lower: 0.0001,
    upper: 0.5,
    values: scenarioValues(0.02, 0.03, 0.04),
    source: { kind: "assumption", rationale: "Bass-model average p ≈ 0.03 (Sultan, Farley & Lehmann 1990)." },
  },
  {
    key: "city.bass.q",
    group: "cities",
    label: { en: "City adoption: imitation coefficient q", zh: "城市采纳:模仿系数q" },
    unit: "fraction",
    lower: 0,
    upper: 0.5,
    values: scenarioValues(0.3, 0.38, 0.46),
    source: { kind: "assumption", rationale: "Bass-model average q ≈ 0.38 (Sultan, Farley & Lehmann 1990)." },
  },
  {
    key: "city.budget.2019",
    group: "cities",
    label: { en: "Yearly gov-cloud budget of one city, 2019", zh: "2019年单个城市政务云年预算" },
    unit: "亿 CNY",
    lower: 0.001,
    upper: 100,
    values: scenarioValues(
      baselineValue("city.tier3.budget.low") / WAN_PER_YI,
      (baselineValue("city.tier3.budget.low") + baselineValue("city.tier3.budget.high")) / 2 / WAN_PER_YI,
      baselineValue("city.tier3.budget.high") / WAN_PER_YI,
    ),
    source: {
      kind: "article",
      baselineKeys: ["city.tier3.budget.low", "city.tier3.budget.high"],
      note: "3,000–4,000 万 = 0.30–0.40 亿: bear the low end, bull the high end, base the midpoint (ours).",
    },
  },
  {
    key: "city.budget.growth",
    group: "cities",
    label: { en: "Growth of a city's yearly budget", zh: "城市年预算增速" },
    unit: "fraction",
    ...GROWTH_BOUNDS,
    values: scenarioValues(0.03, 0.06, 0.09),
    source: {
      kind: "assumption",
      rationale: "The article's “deepening demand” beyond the most basic service, as a yearly rate.",
    },
  },
];

const BY_LOWER_KEY = new Map(ASSUMPTIONS.map((a) => [a.key.toLowerCase(), a]));

/** The catalogue entry for a key (case-insensitive), or for any `vendor.<V>.…` key its shape. */
export function findAssumption(key: string): AssumptionDefinition | undefined {
  const known = BY_LOWER_KEY.get(key.trim().toLowerCase());
  if (known) return known;
  const actualOrAnchor = actualOrAnchorAssumption(key);
  if (actualOrAnchor) return actualOrAnchor;
  const vendorKey = parseVendorKey(key.trim());
  if (!vendorKey) return undefined;
  return userVendorAssumption(vendorKey);
}

/**
 * A user vendor's fade assumptions default to the built-in vendor's values; observed values have
 * no default (the user supplies both years).
 */
function userVendorAssumption(vendorKey: VendorKey): AssumptionDefinition {
  const shape = vendorFieldShape(vendorKey);
  const { field } = vendorKey;
  const template =
    field.kind === "observed"
      ? undefined
      : BY_LOWER_KEY.get(formatVendorKey({ vendor: BUILT_IN_VENDOR, field }).toLowerCase());
  return {
    ...shape,
    values: template?.values ?? sameInEveryScenario(Number.NaN),
    source: {
      kind: "assumption",
      rationale:
        field.kind === "observed"
          ? "A user-defined vendor's observed value."
          : `A user-defined vendor's value; defaults to ${BUILT_IN_VENDOR}'s.`,
    },
  };
}

export function requireAssumption(key: string): AssumptionDefinition {
  const found = findAssumption(key);
  if (!found) {
    throw unknownAssumption(key);
  }
  return found;
}

/** The error for a key the catalogue does not know; `where` says where it was typed. */
export function unknownAssumption(key: string, where: Bilingual = { en: "", zh: "" }): ModelError {
  return new ModelError("unknownName", {
    en: `Unknown assumption "${key}"${where.en}. GOVCLOUD.ASSUMPTIONS() lists the keys; vendors use vendor.<Name>.revenue.<year> and similar.`,
    zh: `未知假设“${key}”${where.zh}。GOVCLOUD.ASSUMPTIONS() 列出所有键;厂商使用 vendor.<名称>.revenue.<年份> 等键。`,
  });
}
