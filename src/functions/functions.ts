/**
 * The GOVCLOUD custom functions, declared to Excel. custom-functions-metadata-plugin reads the JSDoc
 * below to write functions.json and appends the `CustomFunctions.associate` calls to this file when
 * webpack bundles it; neither is written by hand. functions.zh-cn.json is generated from it and
 * the translation table in ./translations.
 *
 * The ids in `@customfunction ID NAME` are stored in users' workbooks: never change them.
 *
 * Parameters are typed `any` because Excel does not follow a TypeScript signature: an omitted
 * optional argument arrives as null, an empty cell as "", a number typed as text as a string. The
 * bodies in ./implementations coerce them and map every failure to an Excel error. Assumptions
 * reach the functions only through their `scenario` / `table` arguments, never hidden state, so
 * Excel recalculates a cell exactly when its inputs change.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- see above: Excel passes raw cell values. */
import * as cells from "./implementations";

/**
 * A figure from the source article (OFweek, 2020-03-19): its value, or another field of it.
 * @customfunction BASELINE BASELINE
 * @param key Key of the figure, for example "caict.govCloud.2021" (the task pane lists every key).
 * @param field Optional: value (default), unit, asOf, kind, qualifier, quote or label.
 * @returns The figure's value, or the field asked for.
 */
export function baseline(key: string, field?: string): number | string {
  return cells.baseline(key, field);
}

/**
 * Every figure quoted from the source article, with its key, unit, date, kind and quote.
 * @customfunction BASELINES BASELINES
 * @param lang Optional: en (default) or zh-CN for Chinese labels.
 * @returns A table: key, label, value, unit, as of, kind, quote.
 */
export function baselines(lang?: any): any[][] {
  return cells.baselines(lang);
}

/**
 * China's gov-cloud market in a year (亿 CNY), top-down from CAICT's 2021 forecast.
 * @customfunction MARKET MARKET
 * @param year Year, 2018–2040.
 * @param segment Optional: gov (default), total (whole cloud market) or share (gov share, a fraction).
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values (e.g. GC_BASE).
 * @returns Market size in 亿 CNY, or the gov share as a fraction.
 */
export function market(year: any, segment?: any, scenario?: any[][]): number {
  return cells.market(year, segment, scenario);
}

/**
 * A cloud vendor's revenue or gov-cloud business in a year: observed years, then growth fading to a long-run rate.
 * @customfunction VENDOR VENDOR
 * @param vendor Tencent, or a vendor defined in the scenario range (rows vendor.<Name>.revenue.<year>).
 * @param metric revenue, govContracts (亿 CNY), govProjects (count) or govShare (share of the gov-cloud market).
 * @param year Year, 2018–2040.
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @returns The vendor's value in that year.
 */
export function vendor(vendor: any, metric: any, year: any, scenario?: any[][]): number {
  return cells.vendor(vendor, metric, year, scenario);
}

/**
 * Bottom-up: cities on gov cloud, one city's yearly budget, or their total spend.
 * @customfunction CITY CITY
 * @param metric cities (count), budget (亿 CNY per city) or spend (亿 CNY).
 * @param year Year, 2018–2040.
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @returns The value in that year.
 */
export function city(metric: any, year: any, scenario?: any[][]): number {
  return cells.city(metric, year, scenario);
}

/**
 * Year-on-year growth of a series, as a fraction.
 * @customfunction GROWTH GROWTH
 * @param series A series key: market.gov, market.total, vendor.revenue, city.spend, bridge.ratio…
 * @param year Year, 2019–2040.
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @returns Growth over the previous year (0.2 = 20%).
 */
export function growth(series: any, year: any, scenario?: any[][]): number {
  return cells.growth(series, year, scenario);
}

/**
 * A series over a range of years, spilled as year and value.
 * @customfunction PROJECTION PROJECTION
 * @param series A series key: market.gov, market.total, market.govShare, vendor.revenue, city.spend…
 * @param fromYear First year, 2018–2040.
 * @param toYear Last year, 2018–2040.
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @param orientation Optional: rows (default: one year per row) or columns.
 * @returns Years and values.
 */
export function projection(
  series: any,
  fromYear: any,
  toYear: any,
  scenario?: any[][],
  orientation?: any,
): any[][] {
  return cells.projection(series, fromYear, toYear, scenario, orientation);
}

/**
 * The value a scenario uses for an assumption.
 * @customfunction ASSUMPTION ASSUMPTION
 * @param key An assumption key, e.g. market.gov.growth.near (GOVCLOUD.ASSUMPTIONS lists them).
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @returns The assumption's value.
 */
export function assumption(key: any, scenario?: any[][]): number {
  return cells.assumption(key, scenario);
}

/**
 * Every assumption with its value in a scenario; copy Key…Value to start your own scenario range.
 * @customfunction ASSUMPTIONS ASSUMPTIONS
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @param lang Optional: en (default) or zh-CN for Chinese labels.
 * @returns A table: key, label, unit, value, kind (article figure or assumption).
 */
export function assumptions(scenario?: any[][], lang?: any): any[][] {
  return cells.assumptions(scenario, lang);
}

/**
 * A Monte Carlo percentile of a series: every assumption drawn between its bear and bull values.
 * @customfunction SIMULATE SIMULATE
 * @param series A series key, e.g. market.gov.
 * @param year Year, 2018–2040.
 * @param percentile 0–1: the value not exceeded with this probability (0.9 for P90).
 * @param table Optional: the inputs table with Key, Bear, Base and Bull columns (GC_TABLE); built-in values if omitted.
 * @param trials Optional: number of trials, 100–200000 (default 10000).
 * @param seed Optional: random seed (default 1); the same seed gives the same result.
 * @returns The percentile.
 */
export function simulate(
  series: any,
  year: any,
  percentile: any,
  table?: any[][],
  trials?: any,
  seed?: any,
): Promise<number> {
  return cells.simulate(series, year, percentile, table, trials, seed);
}

/**
 * Sensitivity of a series to each assumption, one at a time at its bear and bull values, largest swing first.
 * @customfunction TORNADO TORNADO
 * @param series A series key, e.g. market.gov.
 * @param year Year, 2018–2040.
 * @param table Optional: the inputs table with Key, Bear, Base and Bull columns (GC_TABLE); built-in values if omitted.
 * @param lang Optional: en (default) or zh-CN for Chinese headers.
 * @returns A table: assumption, low input, high input, result at low, result at high, swing.
 */
export function tornado(series: any, year: any, table?: any[][], lang?: any): any[][] {
  return cells.tornado(series, year, table, lang);
}

/**
 * Compound annual growth rate between two values.
 * @customfunction CAGR CAGR
 * @param begin Value at the start (greater than 0).
 * @param end Value at the end.
 * @param years Number of years between them.
 * @returns The yearly growth rate as a fraction.
 */
export function cagr(begin: any, end: any, years: any): number {
  return cells.cagr(begin, end, years);
}

/**
 * The figures published after the article (a separate set from the article's), for backtests and anchors.
 * @customfunction ACTUALS ACTUALS
 * @param lang Optional: en (default) or zh-CN for Chinese headers.
 * @returns A table: key, series, year, value, unit, status, scope, comparable, source.
 */
export function actuals(lang?: any): any[][] {
  return cells.actuals(lang);
}

/**
 * The actual of a series in a year: the scenario range's actual.<series>.<year> row, else the comparable published figure.
 * @customfunction ACTUAL ACTUAL
 * @param series market.gov, market.total, city.cities, city.budget, vendor.<Name>.revenue or vendor.<Name>.govContracts.
 * @param year Year, 2018–2040.
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @returns The actual value; #N/A with a message when there is none.
 */
export function actual(series: any, year: any, scenario?: any[][]): number {
  return cells.actual(series, year, scenario);
}

/**
 * The scenario's forecast against every actual of a series: year, forecast, actual, error, then the mean absolute error.
 * @customfunction BACKTEST BACKTEST
 * @param series market.gov, market.total, city.cities, city.budget, vendor.<Name>.revenue or vendor.<Name>.govContracts.
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values (anchored or not).
 * @param orientation Optional: rows (default: one year per row) or columns.
 * @returns A table: Year, Forecast, Actual, Error (forecast ÷ actual − 1), and a last row MAPE.
 */
export function backtest(series: any, scenario?: any[][], orientation?: any): any[][] {
  return cells.backtest(series, scenario, orientation);
}

/**
 * Goal seek that recalculates: the value of an assumption at which a series in a year equals a target.
 * @customfunction SOLVE SOLVE
 * @param series A series key, e.g. market.gov.
 * @param year Year, 2018–2040.
 * @param target The value the series should have in that year.
 * @param assumption The assumption key to solve for, e.g. market.gov.growth.near.
 * @param scenario Optional: bear, base (default), bull, or a range of assumption keys and values.
 * @returns The assumption's value within its bounds (the one nearest the scenario's if several); #N/A with the reachable range otherwise.
 */
export function solve(series: any, year: any, target: any, assumption: any, scenario?: any[][]): number {
  return cells.solve(series, year, target, assumption, scenario);
}
