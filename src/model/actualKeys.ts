import type { AssumptionDefinition, AssumptionGroup, AssumptionUnit } from "./assumptionTypes";
import { BUILT_IN_VENDOR } from "./vendorKeys";
import { FIRST_YEAR, LAST_YEAR } from "./years";

/**
 * Actuals and anchors, as rows of a scenario range or the inputs table:
 *
 * - `actual.<series>.<year>` — a figure the user (or `--anchor-published`) puts next to the
 *   forecast: `actual.market.total.2024` = 8288. On its own it changes nothing in the forecast;
 *   BACKTEST compares with it.
 * - `anchor.<series>` — the year the series restarts from its actual (`anchor.market.total` =
 *   2024); 0 means "not anchored", so one inputs-table row can anchor one scenario and not another.
 *
 * Anchorable series: market.gov, market.total, city.cities, city.budget and each vendor's revenue
 * and govContracts, written `vendor.<Vendor>.revenue` (the vendor named, Tencent included).
 */
export const ANCHORABLE_CORE_SERIES = ["market.gov", "market.total", "city.cities", "city.budget"] as const;
export type AnchorableCoreSeries = (typeof ANCHORABLE_CORE_SERIES)[number];
export const ANCHORABLE_VENDOR_METRICS = ["revenue", "govContracts"] as const;
export type AnchorableVendorMetric = (typeof ANCHORABLE_VENDOR_METRICS)[number];

export type AnchorableSeries =
  | { readonly kind: "core"; readonly series: AnchorableCoreSeries }
  | { readonly kind: "vendor"; readonly vendor: string; readonly metric: AnchorableVendorMetric };

/** Value stored in an `anchor.…` row that anchors nothing. */
export const NOT_ANCHORED = 0;

const VENDOR_NAME = /^[^\s.]+$/u;

/** The canonical key of an anchorable series: "market.total", "vendor.Alibaba.revenue". */
export function anchorableSeriesKey(series: AnchorableSeries): string {
  return series.kind === "core" ? series.series : `vendor.${series.vendor}.${series.metric}`;
}

/**
 * Reads a series key that may be anchored, case-insensitively; `vendor.revenue` (no vendor) means
 * the built-in vendor, as elsewhere in the catalogue. Undefined for any other text.
 */
export function parseAnchorableSeries(text: string): AnchorableSeries | undefined {
  const lower = text.trim().toLowerCase();
  const core = ANCHORABLE_CORE_SERIES.find((series) => series === lower);
  if (core) return { kind: "core", series: core };
  const parts = text.trim().split(".");
  if (parts[0]?.toLowerCase() !== "vendor" || parts.length < 2 || parts.length > 3) return undefined;
  const vendor = parts.length === 3 ? (parts[1] ?? "") : BUILT_IN_VENDOR;
  if (!VENDOR_NAME.test(vendor)) return undefined;
  const metricText = (parts[parts.length - 1] ?? "").toLowerCase();
  const metric = ANCHORABLE_VENDOR_METRICS.find((m) => m.toLowerCase() === metricText);
  return metric ? { kind: "vendor", vendor, metric } : undefined;
}

export interface ActualKey {
  readonly series: AnchorableSeries;
  readonly year: number;
}

/** Reads `actual.<series>.<year>`; the year must be in the forecast horizon. */
export function parseActualKey(key: string): ActualKey | undefined {
  const trimmed = key.trim();
  if (!trimmed.toLowerCase().startsWith("actual.")) return undefined;
  const body = trimmed.slice("actual.".length);
  const dot = body.lastIndexOf(".");
  const yearText = body.slice(dot + 1);
  if (dot < 0 || !/^\d{4}$/.test(yearText)) return undefined;
  const year = Number(yearText);
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const series = parseAnchorableSeries(body.slice(0, dot));
  return series ? { series, year } : undefined;
}

/** Reads `anchor.<series>`. */
export function parseAnchorKey(key: string): AnchorableSeries | undefined {
  const trimmed = key.trim();
  if (!trimmed.toLowerCase().startsWith("anchor.")) return undefined;
  return parseAnchorableSeries(trimmed.slice("anchor.".length));
}

export function actualKey(series: string, year: number): string {
  return `actual.${series}.${year}`;
}

export function anchorKey(series: string): string {
  return `anchor.${series}`;
}

const SERIES_SHAPE: Readonly<
  Record<
    AnchorableCoreSeries | AnchorableVendorMetric,
    { en: string; zh: string; unit: AssumptionUnit; lower: number; upper: number; group: AssumptionGroup }
  >
> = {
  "market.gov": {
    en: "Gov-cloud market",
    zh: "政务云市场规模",
    unit: "亿 CNY",
    lower: 0.01,
    upper: 1_000_000,
    group: "market",
  },
  "market.total": {
    en: "Total cloud market",
    zh: "云计算市场总规模",
    unit: "亿 CNY",
    lower: 0.01,
    upper: 10_000_000,
    group: "market",
  },
  "city.cities": {
    en: "Cities on gov cloud",
    zh: "上政务云城市数",
    unit: "cities",
    lower: 0,
    upper: 100_000,
    group: "cities",
  },
  "city.budget": {
    en: "Yearly budget of one city",
    zh: "单个城市年预算",
    unit: "亿 CNY",
    lower: 0.001,
    upper: 100,
    group: "cities",
  },
  revenue: {
    en: "cloud revenue",
    zh: "云收入",
    unit: "亿 CNY",
    lower: 0.01,
    upper: 1_000_000,
    group: "vendors",
  },
  govContracts: {
    en: "gov-cloud contract value",
    zh: "政务云合同金额",
    unit: "亿 CNY",
    lower: 0.01,
    upper: 1_000_000,
    group: "vendors",
  },
};

function seriesShape(series: AnchorableSeries) {
  const shape = SERIES_SHAPE[series.kind === "core" ? series.series : series.metric];
  return series.kind === "core"
    ? shape
    : { ...shape, en: `${series.vendor} ${shape.en}`, zh: `${series.vendor}${shape.zh}` };
}

const NO_DEFAULT = { bear: Number.NaN, base: Number.NaN, bull: Number.NaN } as const;

/**
 * Catalogue entries for actual and anchor keys. They have no default in any built-in scenario:
 * bear, base and bull are the article's and stay so; only the user's rows add them.
 */
export function actualOrAnchorAssumption(key: string): AssumptionDefinition | undefined {
  const actual = parseActualKey(key);
  if (actual) {
    const shape = seriesShape(actual.series);
    return {
      key: actualKey(anchorableSeriesKey(actual.series), actual.year),
      group: shape.group,
      label: { en: `Actual: ${shape.en} ${actual.year}`, zh: `实际值:${actual.year}年${shape.zh}` },
      unit: shape.unit,
      lower: shape.lower,
      upper: shape.upper,
      values: NO_DEFAULT,
      source: {
        kind: "assumption",
        rationale:
          "An actual figure you enter (published after the article, or your own): not an article figure. Say where it comes from in the Source column.",
      },
    };
  }
  const anchored = parseAnchorKey(key);
  if (anchored) {
    const shape = seriesShape(anchored);
    return {
      key: anchorKey(anchorableSeriesKey(anchored)),
      group: shape.group,
      label: { en: `Anchor year: ${shape.en} (0 = none)`, zh: `锚定年份:${shape.zh}(0 = 不锚定)` },
      unit: "year",
      lower: NOT_ANCHORED,
      upper: LAST_YEAR,
      values: NO_DEFAULT,
      source: {
        kind: "assumption",
        rationale: `The year the series restarts from its actual; 0 = not anchored. Needs the actual.<series>.<year> row of that year.`,
      },
    };
  }
  return undefined;
}
