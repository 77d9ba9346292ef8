import { anchorPlan, type AnchorPlan } from "./anchoring";
import { ModelError } from "./errors";
import { planVendors, readInputs } from "./inputs";
import { scenarioValue, type Scenario } from "./scenario";
import {
  computeSeries,
  resolveSeries,
  seriesKeys,
  seriesLayout,
  type SeriesInfo,
  type SeriesLayout,
} from "./series";
import { FIRST_YEAR, YEAR_COUNT, checkYear, yearIndex } from "./years";

/**
 * A scenario compiled once into every series for every year, so that asking for one series-year
 * is an array look-up (custom functions ask for thousands of them).
 */
export interface Forecast {
  readonly scenario: Scenario;
  readonly layout: SeriesLayout;
  /** Value of `series` in `year`; a ModelError for an unknown series, a bad year or missing data. */
  value(series: string, year: number): number;
  /** All years of `series`, FIRST_YEAR first. */
  values(series: string): Float64Array;
  info(series: string): SeriesInfo;
  /** Every series key the scenario has, vendors spelled out. */
  seriesKeys(): string[];
  /**
   * An anchored series' path before anchoring (anchoring.ts), by canonical key; for a total
   * anchor, "market.govShare" (the share is what restarts). Undefined when not anchored.
   */
  unanchored(series: string): Float64Array | undefined;
}

const compiled = new WeakMap<Scenario, Forecast>();

export function compileForecast(scenario: Scenario): Forecast {
  const cached = compiled.get(scenario);
  if (cached) return cached;
  const layout = seriesLayout(planVendors([...scenario.values.keys()]));
  const data = new Float64Array(layout.seriesCount * YEAR_COUNT);
  const anchors = anchorPlan(scenario.values, layout.vendors);
  computeSeries(
    readInputs((key) => scenarioValue(scenario, key), layout.vendors),
    data,
    0,
    anchors,
  );
  const forecast = createForecast(scenario, layout, data, anchors);
  compiled.set(scenario, forecast);
  return forecast;
}

function createForecast(
  scenario: Scenario,
  layout: SeriesLayout,
  data: Float64Array,
  anchors: AnchorPlan | undefined,
): Forecast {
  const values = (series: string): Float64Array => {
    const { offset } = resolveSeries(layout, series);
    return data.subarray(offset, offset + YEAR_COUNT);
  };
  return {
    scenario,
    layout,
    value(series, year) {
      const { offset, info } = resolveSeries(layout, series);
      const value = data[offset + yearIndex(checkYear(year))];
      if (value === undefined || !Number.isFinite(value)) {
        // Only reachable through extreme but in-bounds inputs (overflow); never hand NaN on.
        throw new ModelError("outOfRange", {
          en: `${info.key} in ${year} is not a finite number with these assumptions.`,
          zh: `在这些假设下,${info.key} 在 ${year} 年不是有限数值。`,
        });
      }
      return value;
    },
    values,
    info: (series) => resolveSeries(layout, series).info,
    seriesKeys: () => seriesKeys(layout),
    unanchored: (series) => anchors?.unanchored.get(series),
  };
}

/** The year-on-year growth of `series` in `year`, as a fraction. */
export function growthOf(forecast: Forecast, series: string, year: number): number {
  checkYear(year);
  if (year === FIRST_YEAR) {
    throw new ModelError("outOfRange", {
      en: `Growth needs the year before; the first year with growth is ${FIRST_YEAR + 1}.`,
      zh: `增长率需要上一年的数值;最早可计算增长率的年份是 ${FIRST_YEAR + 1}。`,
    });
  }
  const previous = forecast.value(series, year - 1);
  if (previous === 0) {
    throw new ModelError("outOfRange", {
      en: `${series} is 0 in ${year - 1}, so growth in ${year} is undefined.`,
      zh: `${series} 在 ${year - 1} 年为 0,因此 ${year} 年的增长率无定义。`,
    });
  }
  return forecast.value(series, year) / previous - 1;
}
