import type { AssumptionUnit } from "./assumptionTypes";
import type { Bilingual } from "./language";

/**
 * Vendors are described by the same handful of assumptions, named `vendor.<Vendor>.<…>`, so a
 * user adds a vendor (Alibaba, Huawei…) by adding rows with its name to a scenario range:
 *
 * - `vendor.<V>.<metric>.<year>` — an observed value, two years per metric
 *   (metric: revenue, govContracts in 亿 CNY; govProjects, a count);
 * - `vendor.<V>.<metric>.terminalGrowth` — the long-run growth the observed growth fades to;
 * - `vendor.<V>.fade.halfLife` — years in which half the gap to the terminal rate closes;
 * - `vendor.<V>.govContracts.shareCap` — the largest share of the gov-cloud market the vendor's
 *   gov contracts may reach.
 */
export const VENDOR_METRICS = ["revenue", "govContracts", "govProjects"] as const;
export type VendorMetric = (typeof VENDOR_METRICS)[number];

/** The vendor the article reports on; its observed values ship with the add-in. */
export const BUILT_IN_VENDOR = "Tencent";

/** The built-in vendor's name as each language writes it (labels built from keys use `BUILT_IN_VENDOR`). */
export const BUILT_IN_VENDOR_NAME: Bilingual = { en: BUILT_IN_VENDOR, zh: "腾讯" };

/**
 * The one vendor-label table: what each vendor metric and series is called after the vendor's name
 * ("Tencent cloud revenue", "Tencent云收入"), for the assumption catalogue and the series alike.
 */
export const VENDOR_LABELS: Readonly<Record<VendorMetric | "govShare", Bilingual>> = {
  revenue: { en: "cloud revenue", zh: "云收入" },
  govContracts: { en: "gov-cloud contract value", zh: "政务云合同金额" },
  govProjects: { en: "gov-cloud projects", zh: "政务云项目数" },
  govShare: { en: "share of gov-cloud market", zh: "政务云市场份额" },
};

export const VENDOR_METRIC_UNITS: Readonly<Record<VendorMetric, AssumptionUnit>> = {
  revenue: "亿 CNY",
  govContracts: "亿 CNY",
  govProjects: "projects",
};

export type VendorField =
  | { readonly kind: "observed"; readonly metric: VendorMetric; readonly year: number }
  | { readonly kind: "terminalGrowth"; readonly metric: VendorMetric }
  | { readonly kind: "halfLife" }
  | { readonly kind: "shareCap" };

export interface VendorKey {
  readonly vendor: string;
  readonly field: VendorField;
}

export function vendorObservedKey(vendor: string, metric: VendorMetric, year: number): string {
  return `vendor.${vendor}.${metric}.${year}`;
}
export function vendorTerminalGrowthKey(vendor: string, metric: VendorMetric): string {
  return `vendor.${vendor}.${metric}.terminalGrowth`;
}
export function vendorHalfLifeKey(vendor: string): string {
  return `vendor.${vendor}.fade.halfLife`;
}
export function vendorShareCapKey(vendor: string): string {
  return `vendor.${vendor}.govContracts.shareCap`;
}

const VENDOR_NAME = /^[^\s.]+$/u;
/** Observed years may predate the forecast horizon (a vendor's history); far-off years are typos. */
export const OBSERVED_YEAR_MIN = 2000;
export const OBSERVED_YEAR_MAX = 2040;

/** Whether `name` can name a vendor in keys: one segment of vendor.<Name>.…, no spaces or dots. */
export function isVendorName(name: string): boolean {
  return VENDOR_NAME.test(name);
}

/** Whether `year` can be an observed year of a vendor (a whole year in range). */
export function isObservedYear(year: number): boolean {
  return Number.isInteger(year) && year >= OBSERVED_YEAR_MIN && year <= OBSERVED_YEAR_MAX;
}

/**
 * The engine's rule for a metric's observed years (sorted): exactly two ("count"), and different
 * ("sameYear": growth between two values of one year would divide by zero years).
 */
export function observedYearsProblem(years: readonly number[]): "count" | "sameYear" | undefined {
  if (years.length !== 2) return "count";
  return years[0] === years[1] ? "sameYear" : undefined;
}

/** Reads a `vendor.…` key; undefined when the key is not of that form. Metric names are case-insensitive. */
export function parseVendorKey(key: string): VendorKey | undefined {
  const parts = key.split(".");
  if (parts.length !== 4 || parts[0]?.toLowerCase() !== "vendor") return undefined;
  const [, vendor = "", rawMetric = "", last = ""] = parts;
  if (!isVendorName(vendor)) return undefined;
  const lowerMetric = rawMetric.toLowerCase();
  const lowerLast = last.toLowerCase();
  if (lowerMetric === "fade" && lowerLast === "halflife") return { vendor, field: { kind: "halfLife" } };
  if (lowerMetric === "govcontracts" && lowerLast === "sharecap")
    return { vendor, field: { kind: "shareCap" } };
  const metric = VENDOR_METRICS.find((m) => m.toLowerCase() === lowerMetric);
  if (!metric) return undefined;
  if (lowerLast === "terminalgrowth") return { vendor, field: { kind: "terminalGrowth", metric } };
  if (/^\d{4}$/.test(last) && isObservedYear(Number(last))) {
    return { vendor, field: { kind: "observed", metric, year: Number(last) } };
  }
  return undefined;
}

/** The canonical spelling of a parsed vendor key (metric and field names as documented). */
export function formatVendorKey({ vendor, field }: VendorKey): string {
  switch (field.kind) {
    case "observed":
      return vendorObservedKey(vendor, field.metric, field.year);
    case "terminalGrowth":
      return vendorTerminalGrowthKey(vendor, field.metric);
    case "halfLife":
      return vendorHalfLifeKey(vendor);
    case "shareCap":
      return vendorShareCapKey(vendor);
  }
}
