import { anchorableSeriesKey, parseAnchorableSeries } from "./actualKeys";
import { scenarioActuals } from "./anchoring";
import { ModelError } from "./errors";
import type { Forecast } from "./forecast";
import { comparablePublished, publishedFiguresOf, type PublishedFigure } from "./published";
import type { Scenario } from "./scenario";
import { FIRST_YEAR, LAST_YEAR, checkYear } from "./years";

/**
 * Actuals next to the forecast. The actual of a series in a year is the scenario's own
 * `actual.<series>.<year>` row when it has one, else the one published figure comparable with the
 * series (published.ts; "partly" and "no" are never used unasked).
 */
export interface ActualPoint {
  readonly year: number;
  readonly value: number;
  /** The published figure it comes from; undefined for the scenario's own row. */
  readonly published?: PublishedFigure;
}

function requireAnchorableSeries(series: string): string {
  const parsed = parseAnchorableSeries(series);
  if (!parsed) {
    throw new ModelError("unknownName", {
      en: `"${series}" has no actuals: use market.gov, market.total, city.cities, city.budget, vendor.<Name>.revenue or vendor.<Name>.govContracts.`,
      zh: `“${series}”没有实际值:请使用 market.gov、market.total、city.cities、city.budget、vendor.<名称>.revenue 或 vendor.<名称>.govContracts。`,
    });
  }
  return anchorableSeriesKey(parsed);
}

/** Every year of the horizon with an actual for `series`, oldest first. */
export function actualsFor(scenario: Scenario, series: string): ActualPoint[] {
  const key = requireAnchorableSeries(series);
  const own = scenarioActuals(scenario.values, key);
  const points: ActualPoint[] = [...own].map(([year, value]) => ({ year, value }));
  for (const figure of publishedFiguresOf(key)) {
    if (figure.comparable !== "yes" || own.has(figure.year)) continue;
    if (figure.year < FIRST_YEAR || figure.year > LAST_YEAR) continue;
    points.push({ year: figure.year, value: figure.value, published: figure });
  }
  return points.sort((a, b) => a.year - b.year);
}

export function actualFor(scenario: Scenario, series: string, year: number): ActualPoint {
  const key = requireAnchorableSeries(series);
  checkYear(year);
  const own = scenarioActuals(scenario.values, key).get(year);
  if (own !== undefined) return { year, value: own };
  const published = comparablePublished(key, year);
  if (published) return { year, value: published.value, published };
  const other = publishedFiguresOf(key).find((figure) => figure.year === year);
  // The scope is the publisher's own English description, so the Chinese says only that it differs.
  const hint = other
    ? {
        en: ` ${other.key} (${other.value}) is ${other.comparable === "partly" ? "only partly" : "not"} comparable (${other.scope}); to use it anyway, add a row actual.${key}.${year} to the scenario range.`,
        zh: `${other.key}(${other.value})口径${other.comparable === "partly" ? "仅部分可比" : "不可比"};如仍要使用,请在情景区域中添加一行 actual.${key}.${year}。`,
      }
    : {
        en: ` Add a row actual.${key}.${year} with your figure to the scenario range.`,
        zh: `请在情景区域中添加一行 actual.${key}.${year},填入您的数据。`,
      };
  throw new ModelError("notAvailable", {
    en: `No actual for ${key} in ${year}.${hint.en}`,
    zh: `${key} 在 ${year} 年没有实际值。${hint.zh}`,
  });
}

export interface BacktestRow {
  readonly year: number;
  readonly forecast: number;
  readonly actual: number;
  /** forecast ÷ actual − 1 */
  readonly error: number;
  readonly published?: PublishedFigure;
}

export interface Backtest {
  readonly series: string;
  readonly rows: readonly BacktestRow[];
  /** Mean absolute error of the rows. */
  readonly mape: number;
}

/** The forecast (the scenario's own, anchored or not) against every actual of `series`. */
export function backtest(forecast: Forecast, series: string): Backtest {
  const points = actualsFor(forecast.scenario, series);
  const info = forecast.info(series);
  if (points.length === 0) {
    throw new ModelError("notAvailable", {
      en: `No actuals for ${info.key}: add actual.${info.key}.<year> rows to the scenario range.`,
      zh: `${info.key} 没有实际值:请在情景区域中添加 actual.${info.key}.<年份> 行。`,
    });
  }
  const rows = points.map(({ year, value, published }) => {
    const predicted = forecast.value(series, year);
    return { year, forecast: predicted, actual: value, error: predicted / value - 1, published };
  });
  const mape = rows.reduce((sum, row) => sum + Math.abs(row.error), 0) / rows.length;
  return { series: info.key, rows, mape };
}
