import { actualKey, anchorKey } from "../actualKeys";
import { FIRST_YEAR } from "../years";
import {
  fadeAfter,
  observedStepKey,
  type RowContext,
  type TimelineRow,
  type YearReferences,
} from "./forecastRows";
import {
  vendorHalfLifeKey,
  vendorShareCapKey,
  vendorTerminalGrowthKey,
  type VendorMetric,
} from "../vendorKeys";

/**
 * The Forecast sheet's rows for anchored series (anchoring.ts), as native formulas. A series with
 * an `anchor.<series>` row gets two rows: `<series>.unanchored`, the row it always had, and
 * `<series>`, which in each year column is
 *   the unanchored value when the selected scenario's anchor is 0;
 *   the actual in the anchor year and in earlier years that have an `actual.<series>.<year>` row;
 *   the unanchored value in other earlier years;
 *   after the anchor year, the series' own recurrence restarted from the previous column.
 * For the total market the share is what restarts (total = gov ÷ share keeps holding), so the pair
 * is on `market.govShare` and the total shows the actual in its years. Without anchor rows the
 * rows are returned unchanged.
 */
const UNANCHORED = ".unanchored";

interface Pair {
  /** The series whose rows are split, as the rows name it. */
  readonly row: string;
  /** The anchor key as the scenario spells it. */
  readonly anchor: string;
  /** The series as the anchor names it (the engine's key for its unanchored path). */
  readonly series: string;
}

export function anchoredSeriesRows(rows: TimelineRow[], context: RowContext): TimelineRow[] {
  const { forecast, refs } = context;
  const spelled = new Map([...forecast.scenario.values.keys()].map((key) => [key.toLowerCase(), key]));
  const scenarioKey = (key: string): string | undefined => spelled.get(key.toLowerCase());
  const input = (key: string): string => refs.input(key);
  const anchorOf = (series: string): Pair | undefined => {
    const anchor = scenarioKey(anchorKey(series));
    return anchor ? { row: series, anchor, series: anchor.slice("anchor.".length) } : undefined;
  };
  const actualIn = (series: string, year: number): string | undefined => {
    const key = scenarioKey(actualKey(series, year));
    return key ? input(key) : undefined;
  };
  const yearOf = (at: YearReferences): number => {
    if (at.yearValue === undefined) throw new Error("layout bug: anchored rows need the column's year");
    return at.yearValue;
  };

  /** Splits `row` into its unanchored row and the anchored one, given the restart and actual formulas. */
  const split = (
    row: TimelineRow,
    pair: Pair,
    restart: (at: YearReferences, anchor: string) => string,
    actual: (at: YearReferences, year: number) => string | undefined,
    unanchoredValues: Float64Array | undefined,
  ): TimelineRow[] => {
    const own = `${row.key}${UNANCHORED}`;
    const remap = (at: YearReferences): YearReferences => ({
      year: at.year,
      yearValue: at.yearValue,
      current: (key) => at.current(key === row.key ? own : key),
      previous: (key) => at.previous(key === row.key ? own : key),
    });
    const before: TimelineRow = {
      ...row,
      key: own,
      label: { en: `${row.label.en}, before anchoring`, zh: `${row.label.zh}(锚定前)` },
      formula: (at) => row.formula(remap(at)),
      cached: (index) => unanchoredValues?.[index] ?? row.cached(index),
    };
    const anchored: TimelineRow = {
      ...row,
      formula: (at) => {
        const year = yearOf(at);
        const a = input(pair.anchor);
        const u = at.current(own);
        const x = actual(at, year);
        // The first column has no previous column, and no year before the horizon to restart from.
        const r = year > FIRST_YEAR ? restart(at, a) : undefined;
        if (x !== undefined && r !== undefined) return `IF(${a}=0,${u},IF(${at.year}<=${a},${x},${r}))`;
        if (x !== undefined) return `IF(${a}=0,${u},${x})`;
        if (r !== undefined) return `IF(${a}=0,${u},IF(${at.year}<${a},${u},${r}))`;
        return u;
      },
    };
    return [before, anchored];
  };
  /** The common case: a row anchored to its own series' actuals, restarting with `restart`. */
  const splitOnOwnActuals = (
    row: TimelineRow,
    pair: Pair,
    restart: (at: YearReferences, anchor: string) => string,
  ): TimelineRow[] =>
    split(row, pair, restart, (_, year) => actualIn(pair.series, year), forecast.unanchored(pair.series));

  const out: TimelineRow[] = [];
  const totalAnchor = anchorOf("market.total");
  for (const row of rows) {
    const key = row.key;
    if (key === "market.gov" && anchorOf(key)) {
      const pair = anchorOf(key) as Pair;
      out.push(
        ...splitOnOwnActuals(row, pair, (at, a) => {
          const term = input("market.gov.growth.terminal");
          return (
            `${at.previous(key)}*(1+${term}+(${input("market.gov.growth.near")}-${term})*` +
            `${fadeAfter(input("market.gov.growth.halfLife"), `${at.year}-${a}-1`)})`
          );
        }),
      );
    } else if (key === "market.govShare" && totalAnchor) {
      out.push(
        ...split(
          row,
          totalAnchor,
          (at) => {
            const longRun = input("market.govShare.longRun");
            return `${longRun}+(${at.previous(key)}-${longRun})*${fadeAfter(input("market.govShare.halfLife"), "1")}`;
          },
          (at, year) => {
            const x = actualIn(totalAnchor.series, year);
            return x === undefined ? undefined : `${at.current("market.gov")}/${x}`;
          },
          forecast.unanchored("market.govShare"),
        ),
      );
    } else if (key === "market.total" && totalAnchor) {
      out.push({
        ...row,
        formula: (at) => {
          const a = input(totalAnchor.anchor);
          const x = actualIn(totalAnchor.series, yearOf(at));
          const ratio = row.formula(at);
          return x === undefined ? ratio : `IF(${a}=0,${ratio},IF(${at.year}<=${a},${x},${ratio}))`;
        },
      });
    } else if ((key === "city.cities" || key === "city.budget") && anchorOf(key)) {
      const pair = anchorOf(key) as Pair;
      const restart =
        key === "city.cities"
          ? (at: YearReferences) => {
              const p = at.previous(key);
              const count = input("city.count");
              return `${p}+(${input("city.bass.p")}+${input("city.bass.q")}*${p}/${count})*(${count}-${p})`;
            }
          : (at: YearReferences) => `${at.previous(key)}*(1+${input("city.budget.growth")})`;
      out.push(...splitOnOwnActuals(row, pair, restart));
    } else {
      const vendor = vendorMetricOf(key);
      const pair = vendor ? anchorOf(key) : undefined;
      if (vendor && pair) {
        const { name, metric } = vendor;
        const restart = (at: YearReferences, a: string): string => {
          const terminal = input(vendorTerminalGrowthKey(name, metric));
          const grown =
            `${at.previous(key)}*(1+${terminal}+(${refs.derived(observedStepKey(name, metric))}-1-${terminal})*` +
            `${fadeAfter(input(vendorHalfLifeKey(name)), `${at.year}-${a}`)})`;
          return metric === "govContracts"
            ? `MIN(${grown},${input(vendorShareCapKey(name))}*${at.current("market.gov")})`
            : grown;
        };
        out.push(...splitOnOwnActuals(row, pair, restart));
      } else {
        out.push(row);
      }
    }
  }
  return out;
}

/** `vendor.<Name>.revenue` / `.govContracts` rows: the vendor metrics that can be anchored. */
function vendorMetricOf(key: string): { name: string; metric: VendorMetric } | undefined {
  const parts = key.split(".");
  if (parts.length !== 3 || parts[0] !== "vendor") return undefined;
  const [, name = "", metric = ""] = parts;
  return metric === "revenue" || metric === "govContracts" ? { name, metric } : undefined;
}
