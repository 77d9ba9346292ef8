import {
  NOT_ANCHORED,
  actualKey,
  anchorKey,
  anchorableSeriesKey,
  parseActualKey,
  parseAnchorKey,
  parseAnchorableSeries,
  type AnchorableCoreSeries,
  type AnchorableVendorMetric,
} from "./actualKeys";
import { ModelError } from "./errors";
import type { VendorPlan } from "./inputs";
import { FIRST_YEAR, LAST_YEAR, YEAR_COUNT } from "./years";

/**
 * Anchoring a series on an actual (issue 12): with `anchor.<series>` = A and
 * `actual.<series>.A` = X in a scenario,
 * - the series is X in year A exactly;
 * - after A it follows the scenario's own growth path restarted at X, the fade clock starting the
 *   year after A (the recurrences of series.ts with A in place of their start year);
 * - before A, a year with an actual shows the actual; other years keep the unanchored path;
 * - the identities still hold (series.ts enforces them: total = gov ÷ share, share in (0, 1];
 *   spend = cities × budget; gov contracts within their cap; cities within city.count), and an
 *   actual that would break one is an error naming it rather than a silently broken model.
 * Without an `anchor.…` row (or with 0 in it) actuals change nothing: they are only compared with.
 * Errors about anchors and actuals are `invalidValue` (a cell shows #VALUE!, whose message Excel
 * displays), never #NUM!, whose message Excel drops.
 */
export interface SeriesAnchor {
  /** The canonical series key, e.g. "market.total" or "vendor.Alibaba.revenue". */
  readonly series: string;
  readonly year: number;
  /** Actual values by year (only years in the horizon). */
  readonly actuals: ReadonlyMap<number, number>;
}

export interface AnchorPlan {
  /**
   * Each anchored path as it was before anchoring (the total's is its share's), filled by
   * computeSeries: the model workbook shows them in their own rows, which its formulas read.
   */
  readonly unanchored: Map<string, Float64Array>;
  readonly core: Readonly<Partial<Record<AnchorableCoreSeries, SeriesAnchor>>>;
  /** By vendor index in the series layout, then metric. */
  readonly vendors: ReadonlyMap<number, Readonly<Partial<Record<AnchorableVendorMetric, SeriesAnchor>>>>;
}

/** Every `actual.<series>.<year>` of a scenario's values for one series (case-insensitive), by year. */
export function scenarioActuals(values: ReadonlyMap<string, number>, series: string): Map<number, number> {
  const wanted = parseAnchorableSeries(series);
  const result = new Map<number, number>();
  if (!wanted) return result;
  const wantedKey = anchorableSeriesKey(wanted).toLowerCase();
  for (const [key, value] of values) {
    const parsed = parseActualKey(key);
    if (parsed && anchorableSeriesKey(parsed.series).toLowerCase() === wantedKey)
      result.set(parsed.year, value);
  }
  return result;
}

function checkAnchorYear(key: string, value: number): number {
  if (value === NOT_ANCHORED) return value;
  if (!Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR) {
    throw new ModelError("invalidValue", {
      en: `${key} is ${value}: use a year from ${FIRST_YEAR} to ${LAST_YEAR}, or 0 for no anchor.`,
      zh: `${key} 为 ${value}:请使用 ${FIRST_YEAR} 到 ${LAST_YEAR} 之间的年份,或填 0 表示不锚定。`,
    });
  }
  return value;
}

/**
 * The anchors a scenario's values ask for, checked: each needs the actual of its year, and a
 * vendor anchor needs that vendor's observations. Undefined when nothing is anchored, so an
 * un-anchored scenario runs exactly the code it always ran.
 */
export function anchorPlan(
  values: ReadonlyMap<string, number>,
  vendors: readonly VendorPlan[],
): AnchorPlan | undefined {
  const core: Partial<Record<AnchorableCoreSeries, SeriesAnchor>> = {};
  const vendorAnchors = new Map<number, Partial<Record<AnchorableVendorMetric, SeriesAnchor>>>();
  let any = false;
  for (const [key, value] of values) {
    const series = parseAnchorKey(key);
    if (!series) continue;
    const year = checkAnchorYear(key, value);
    if (year === NOT_ANCHORED) continue;
    const seriesKey = anchorableSeriesKey(series);
    const actuals = scenarioActuals(values, seriesKey);
    if (!actuals.has(year)) {
      throw new ModelError("missingValue", {
        en: `${anchorKey(seriesKey)} = ${year} needs the actual of that year: add a row ${actualKey(seriesKey, year)} with its value.`,
        zh: `${anchorKey(seriesKey)} = ${year} 需要该年的实际值:请添加一行 ${actualKey(seriesKey, year)} 并填入数值。`,
      });
    }
    const anchor: SeriesAnchor = { series: seriesKey, year, actuals };
    any = true;
    if (series.kind === "core") {
      core[series.series] = anchor;
      continue;
    }
    const index = vendors.findIndex((plan) => plan.name.toLowerCase() === series.vendor.toLowerCase());
    const plan = vendors[index];
    if (!plan?.observed.has(series.metric)) {
      throw new ModelError("notAvailable", {
        en: `${anchorKey(seriesKey)} anchors a series the scenario does not model: add two observed years, vendor.${series.vendor}.${series.metric}.<year>.`,
        zh: `${anchorKey(seriesKey)} 锚定的序列在此情景中未建模:请添加两个观测年份,即 vendor.${series.vendor}.${series.metric}.<年份>。`,
      });
    }
    vendorAnchors.set(index, { ...vendorAnchors.get(index), [series.metric]: anchor });
  }
  return any ? { core, vendors: vendorAnchors, unanchored: new Map() } : undefined;
}

/**
 * Overwrites `out[offset…]` (one slot per year of the horizon) with the anchored series: actuals
 * before the anchor year, the actual in it, and `restart(anchorIndex, actual)` writes the years
 * after it. `check` vets each actual written against the identities.
 */
export function applyAnchor(
  plan: AnchorPlan,
  out: Float64Array,
  offset: number,
  anchor: SeriesAnchor,
  restart: (anchorIndex: number, actual: number) => void,
  check: (index: number, actual: number) => void = () => undefined,
): void {
  plan.unanchored.set(anchor.series, out.slice(offset, offset + YEAR_COUNT));
  for (const [year, value] of anchor.actuals) {
    if (year >= anchor.year) continue;
    check(year - FIRST_YEAR, value);
    out[offset + year - FIRST_YEAR] = value;
  }
  const index = anchor.year - FIRST_YEAR;
  const actual = anchor.actuals.get(anchor.year) ?? Number.NaN;
  check(index, actual);
  out[offset + index] = actual;
  restart(index, actual);
}
