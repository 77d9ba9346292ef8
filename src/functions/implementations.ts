/**
 * The bodies of the GOVCLOUD custom functions, taking arguments exactly as Excel passes them
 * (`unknown`: null for an omitted optional, "" for an empty cell, [[…]] for a range) and wrapped
 * by `excelFunction`, so every failure reaches the cell as the right Excel error with a message.
 * `functions.ts` declares them to Excel.
 */
import { BASELINE_FIELDS, baselineFigure, type BaselineField, type BaselineFigure } from "../model/baseline";
import { ModelError } from "../model/errors";
import { growthOf } from "../model/forecast";
import { cagr as compoundGrowthRate } from "../model/growth/cagr";
import { tornado as tornadoOf } from "../model/risk/tornado";
import { scenarioValue } from "../model/scenario";
import {
  optionalChoice,
  optionalLanguage,
  optionalNumber,
  requiredNumber,
  requiredText,
  requiredYear,
} from "./arguments";
import { excelFunction } from "./excelErrors";
import { forecastFor, scenarioSetFor, tableKeyOf } from "./scenarioArgument";
import { simulation } from "./simulationCache";
import { assumptionsSpill, baselinesSpill, projectionSpill, tornadoSpill, type Orientation } from "./spills";
import { DEFAULT_SEED, DEFAULT_TRIALS } from "../model/risk/monteCarlo";
import { actualFor, backtest as backtestOf } from "../model/backtest";
import { solve as solveFor } from "../model/solve";
import { actualsSpill, backtestSpill } from "./actualSpills";

// Users type field names into cells, so "asof" and "ASOF" mean asOf.
const FIELDS: Readonly<Record<string, BaselineField>> = Object.fromEntries(
  BASELINE_FIELDS.map((field) => [field.toLowerCase(), field]),
);

function fieldOf(figure: BaselineFigure, field: BaselineField): number | string {
  // Excel's function help is English, so the label a formula returns is too; the task pane shows both.
  return field === "label" ? figure.label.en : figure[field];
}

export const baseline = excelFunction((key: unknown, field: unknown): number | string => {
  const figure = baselineFigure(requiredText(key, "key"));
  return fieldOf(figure, optionalChoice(field, "field", FIELDS, "value"));
});

export const baselines = excelFunction((lang: unknown) => baselinesSpill(optionalLanguage(lang)));

const SEGMENTS = {
  gov: "market.gov",
  total: "market.total",
  share: "market.govShare",
  政务云: "market.gov",
  总体: "market.total",
  占比: "market.govShare",
} as const;

export const market = excelFunction((year: unknown, segment: unknown, scenario: unknown): number => {
  const series = optionalChoice(segment, "segment", SEGMENTS, "market.gov");
  return forecastFor(scenario).value(series, requiredYear(year));
});

const VENDOR_METRICS = {
  revenue: "revenue",
  govcontracts: "govContracts",
  govprojects: "govProjects",
  govshare: "govShare",
} as const;

export const vendor = excelFunction(
  (name: unknown, metric: unknown, year: unknown, scenario: unknown): number => {
    const vendorName = requiredText(name, "vendor");
    const chosen = optionalChoice(requiredText(metric, "metric"), "metric", VENDOR_METRICS, "revenue");
    return forecastFor(scenario).value(`vendor.${vendorName}.${chosen}`, requiredYear(year));
  },
);

const CITY_METRICS = { cities: "city.cities", budget: "city.budget", spend: "city.spend" } as const;

export const city = excelFunction((metric: unknown, year: unknown, scenario: unknown): number => {
  const series = optionalChoice(requiredText(metric, "metric"), "metric", CITY_METRICS, "city.cities");
  return forecastFor(scenario).value(series, requiredYear(year));
});

export const growth = excelFunction((series: unknown, year: unknown, scenario: unknown): number =>
  growthOf(forecastFor(scenario), requiredText(series, "series"), requiredYear(year)),
);

const ORIENTATIONS: Readonly<Record<string, Orientation>> = {
  rows: "rows",
  row: "rows",
  columns: "columns",
  column: "columns",
  cols: "columns",
};

export const projection = excelFunction(
  (series: unknown, fromYear: unknown, toYear: unknown, scenario: unknown, orientation: unknown) => {
    const key = requiredText(series, "series");
    const from = requiredYear(fromYear, "fromYear");
    const to = requiredYear(toYear, "toYear");
    if (from > to) {
      throw new ModelError("outOfRange", {
        en: `fromYear ${from} is after toYear ${to}.`,
        zh: `fromYear(${from})晚于 toYear(${to})。`,
      });
    }
    const forecast = forecastFor(scenario);
    return projectionSpill(
      forecast,
      key,
      from,
      to,
      optionalChoice(orientation, "orientation", ORIENTATIONS, "rows"),
    );
  },
);

export const assumption = excelFunction((key: unknown, scenario: unknown): number =>
  scenarioValue(forecastFor(scenario).scenario, requiredText(key, "key")),
);

export const assumptions = excelFunction((scenario: unknown, lang: unknown) =>
  assumptionsSpill(forecastFor(scenario).scenario, optionalLanguage(lang)),
);

/**
 * Asynchronous: a long simulation runs in slices and gives Excel the thread back between them;
 * every cell asking the same table, trials and seed waits for the same run (simulationCache.ts).
 */
export const simulate = excelFunction(
  (
    series: unknown,
    year: unknown,
    percentile: unknown,
    table: unknown,
    trials: unknown,
    seed: unknown,
  ): Promise<number> => {
    const key = requiredText(series, "series");
    const y = requiredYear(year);
    const p = requiredNumber(percentile, "percentile");
    if (p < 0 || p > 1) {
      throw new ModelError("outOfRange", {
        en: `percentile ${p} must be between 0 and 1 (0.9 for P90).`,
        zh: `百分位 ${p} 必须介于 0 和 1 之间(P90 即 0.9)。`,
      });
    }
    const set = scenarioSetFor(table);
    return simulation(
      tableKeyOf(table),
      set,
      key,
      optionalNumber(trials, "trials") ?? DEFAULT_TRIALS,
      optionalNumber(seed, "seed") ?? DEFAULT_SEED,
    ).then((result) => result.percentile(key, y, p));
  },
);

export const tornado = excelFunction((series: unknown, year: unknown, table: unknown, lang: unknown) =>
  tornadoSpill(
    tornadoOf(scenarioSetFor(table), requiredText(series, "series"), requiredYear(year)),
    optionalLanguage(lang),
  ),
);

export const cagr = excelFunction((begin: unknown, end: unknown, years: unknown): number =>
  compoundGrowthRate(
    requiredNumber(begin, "begin value"),
    requiredNumber(end, "end value"),
    requiredNumber(years, "years"),
  ),
);

export const actuals = excelFunction((lang: unknown) => actualsSpill(optionalLanguage(lang)));

export const actual = excelFunction(
  (series: unknown, year: unknown, scenario: unknown): number =>
    actualFor(forecastFor(scenario).scenario, requiredText(series, "series"), requiredYear(year)).value,
);

export const backtest = excelFunction((series: unknown, scenario: unknown, orientation: unknown) =>
  backtestSpill(
    backtestOf(forecastFor(scenario), requiredText(series, "series")),
    optionalChoice(orientation, "orientation", ORIENTATIONS, "rows"),
  ),
);

export const solve = excelFunction(
  (series: unknown, year: unknown, target: unknown, assumption: unknown, scenario: unknown): number =>
    solveFor(forecastFor(scenario).scenario, {
      series: requiredText(series, "series"),
      year: requiredYear(year),
      target: requiredNumber(target, "target"),
      assumption: requiredText(assumption, "assumption"),
    }).value,
);
