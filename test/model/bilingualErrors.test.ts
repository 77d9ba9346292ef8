import { backtest, actualFor } from "../../src/model/backtest";
import { baselineFigure } from "../../src/model/baseline";
import { ModelError } from "../../src/model/errors";
import { compileForecast, growthOf } from "../../src/model/forecast";
import { cagr } from "../../src/model/growth/cagr";
import { errorMessage } from "../../src/model/language";
import { buildModelLayout } from "../../src/model/modelLayout";
import { publishedFigure } from "../../src/model/published";
import { startMonteCarlo, runMonteCarlo } from "../../src/model/risk/monteCarlo";
import { percentileOfSorted } from "../../src/model/risk/percentile";
import {
  builtInScenario,
  createScenario,
  effectiveKey,
  type AssumptionOverride,
} from "../../src/model/scenario";
import { builtInScenarioSet, overridesFromRows, scenarioSetFromTable } from "../../src/model/scenarioInput";
import { solve } from "../../src/model/solve";
import { checkYear } from "../../src/model/years";
import { optionalLanguage, requiredNumber, requiredYear } from "../../src/functions/arguments";
import { forecastFor, scenarioSetFor } from "../../src/functions/scenarioArgument";
import { modelError } from "./modelError";

/**
 * Every engine error carries a Chinese text beside its English message, so a Chinese pane never
 * shows an English sentence. The sample covers each kind of bad input a user can give the engine,
 * through the model, the custom functions' argument checks and the model workbook's layout.
 */

const HAN = /[\u4e00-\u9fff]/;
// An English sentence left inside the Chinese: three Latin words in a row (as sharedValidation.test.ts checks).
const ENGLISH_SENTENCE = /[a-z]+ [a-z]+ [a-z]+/i;

const base = builtInScenario("base");
const forecastOf = (overrides: AssumptionOverride[]) => compileForecast(createScenario("base", overrides));

const cases: readonly { readonly what: string; readonly act: () => unknown; readonly english: RegExp }[] = [
  {
    what: "an assumption beyond its bounds",
    act: () =>
      createScenario("base", [
        { key: "market.gov.growth.near", value: 9, where: { en: " (row 3)", zh: "(第 3 行)" } },
      ]),
    english: /^market\.gov\.growth\.near \(row 3\) is 9; it must be between/,
  },
  {
    what: "an unknown assumption key",
    act: () => createScenario("base", [{ key: "market.gov.nope", value: 1 }]),
    english: /^Unknown assumption "market\.gov\.nope"\. GOVCLOUD\.ASSUMPTIONS\(\) lists the keys/,
  },
  {
    what: "an unknown key looked up in a scenario",
    act: () => effectiveKey(base, "no.such.key"),
    english: /^Unknown assumption "no\.such\.key"\.$/,
  },
  {
    what: "an unknown scenario name",
    act: () => forecastFor("optimistic"),
    english: /^Unknown scenario "optimistic": use bear, base or bull/,
  },
  {
    what: "a year outside the horizon",
    act: () => compileForecast(base).value("market.gov", 2050),
    english: /^year 2050 is outside 2018–2040\.$/,
  },
  {
    what: "a date serial for a year",
    act: () => checkYear(46023),
    english: /looks like a date serial number/,
  },
  { what: "a fraction of a year", act: () => checkYear(2025.5), english: /is not a whole year/ },
  {
    what: "a custom function's empty year",
    act: () => requiredYear("", "fromYear"),
    english: /^fromYear is empty\.$/,
  },
  {
    what: "a custom function's year out of range",
    act: () => requiredYear(2050, "toYear"),
    english: /^toYear 2050 is outside 2018–2040\.$/,
  },
  {
    what: "text where a function wants a number",
    act: () => requiredNumber(true, "trials"),
    english: /^trials must be a number, not TRUE\.$/,
  },
  {
    what: "an unknown language choice",
    act: () => optionalLanguage("fr"),
    english: /^lang "fr" is not one of en, zh-CN\.$/,
  },
  {
    what: "a scenario argument of the wrong type",
    act: () => forecastFor(true),
    english: /^scenario must be bear, base or bull/,
  },
  {
    what: "a table argument that is one cell",
    act: () => scenarioSetFor([[1]]),
    english: /^table must be a range/,
  },
  {
    what: "the gov-cloud market above the whole market",
    act: () => createScenario("base", [{ key: "market.gov.2021", value: 900_000 }]),
    english:
      /^market\.gov\.2021 \(900000\) exceeds market\.total\.2021 \(\d+\): the gov-cloud share would be above 100%\.$/,
  },
  {
    what: "a Monte Carlo run beyond the memory budget",
    act: () => startMonteCarlo(builtInScenarioSet(), { trials: 200_000 }),
    english: /^200000 trials of every series need 409 MB; at most 62601 trials fit in the 128 MB/,
  },
  {
    what: "Monte Carlo trials out of range",
    act: () => runMonteCarlo(builtInScenarioSet(), { trials: 5 }),
    english: /^trials must be a whole number from/,
  },
  {
    what: "a seed that is not whole",
    act: () => runMonteCarlo(builtInScenarioSet(), { seed: 0.5 }),
    english: /^seed must be a whole number/,
  },
  {
    what: "a series the run did not keep",
    act: () =>
      runMonteCarlo(builtInScenarioSet(), { trials: 100, series: ["city.spend"] }).sorted("market.gov", 2030),
    english: /^This simulation did not keep market\.gov; run one for it\.$/,
  },
  {
    what: "SOLVE out of reach",
    act: () =>
      solve(base, { series: "market.gov", year: 2030, target: 1e9, assumption: "market.gov.growth.near" }),
    english:
      /^market\.gov in 2030 cannot reach 1000000000: it spans .* as market\.gov\.growth\.near goes from -0\.5 to 2\.$/,
  },
  {
    what: "SOLVE asked to change an actual",
    act: () =>
      solve(base, { series: "market.gov", year: 2030, target: 2000, assumption: "actual.market.gov.2020" }),
    english: /is an actual or an anchor, not an assumption: SOLVE changes assumptions only\.$/,
  },
  {
    what: "SOLVE on an assumption that moves nothing",
    act: () =>
      solve(base, {
        series: "market.gov",
        year: 2030,
        target: 2000,
        assumption: "vendor.Acme.fade.halfLife",
      }),
    english: /^vendor\.Acme\.fade\.halfLife does not feed the model in this scenario/,
  },
  {
    what: "a backtest of a series without actuals",
    act: () => backtest(compileForecast(base), "city.budget"),
    english: /^No actuals for city\.budget: add actual\.city\.budget\.<year> rows to the scenario range\.$/,
  },
  {
    what: "a backtest of a series that takes none",
    act: () => backtest(compileForecast(base), "city.spend"),
    english: /^"city\.spend" has no actuals/,
  },
  {
    what: "an actual of a year without one",
    act: () => actualFor(base, "city.budget", 2035),
    english: /^No actual for city\.budget in 2035\. Add a row/,
  },
  {
    what: "an anchor without its actual",
    act: () => forecastOf([{ key: "anchor.market.gov", value: 2024 }]),
    english: /^anchor\.market\.gov = 2024 needs the actual of that year: add a row actual\.market\.gov\.2024/,
  },
  {
    what: "an actual above the cities that can adopt",
    act: () =>
      forecastOf([
        { key: "actual.city.cities.2024", value: 100_000 },
        { key: "anchor.city.cities", value: 2024 },
      ]),
    english: /^actual\.city\.cities\.2024 \(100000\) is above city\.count/,
  },
  {
    what: "an unknown series",
    act: () => compileForecast(base).value("market.nope", 2030),
    english: /^Unknown series "market\.nope"\. Series:/,
  },
  {
    what: "an unknown vendor",
    act: () => compileForecast(base).value("vendor.Nobody.revenue", 2030),
    english: /^Unknown vendor "Nobody": known vendors are/,
  },
  {
    what: "a vendor with one observed year",
    act: () => forecastOf([{ key: "vendor.Acme.revenue.2019", value: 10 }]),
    english: /^Acme revenue needs exactly two observed years/,
  },
  {
    what: "growth in the first year",
    act: () => growthOf(compileForecast(base), "market.gov", 2018),
    english: /^Growth needs the year before/,
  },
  {
    what: "an unknown baseline figure",
    act: () => baselineFigure("caict.nope"),
    english: /^No baseline figure "caict\.nope"\. Closest keys:/,
  },
  {
    what: "an unknown published figure",
    act: () => publishedFigure("published.nope"),
    english: /^No published figure "published\.nope"\./,
  },
  {
    what: "a percentile beyond 1",
    act: () => percentileOfSorted([1, 2], 1.5),
    english: /^percentile must be between 0 and 1 \(got 1\.5\)\.$/,
  },
  {
    what: "a growth rate from nothing",
    act: () => cagr(0, 1, 1),
    english: /^begin value must be greater than 0/,
  },
  {
    what: "text where a scenario range wants a number",
    act: () => overridesFromRows([["city.bass.p", "lots"]]),
    english:
      /^city\.bass\.p \(row 1 of the scenario range\) must be a number such as 0\.35, 35% or 1,858 \(a point for decimals\), not "lots"\.$/,
  },
  {
    what: "a scenario row without a key",
    act: () => overridesFromRows([["", 5]]),
    english: /^Row 1 of the scenario range has a value but no key\.$/,
  },
  {
    what: "a table without its scenario columns",
    act: () =>
      scenarioSetFromTable([
        ["Key", "Bear"],
        ["city.count", 1],
      ]),
    english:
      /^The table's header row needs a Key column and Bear, Base and Bull columns; missing Base, Bull\.$/,
  },
  {
    what: "a model workbook's years the wrong way round",
    act: () => buildModelLayout({ from: 2030, to: 2025 }),
    english: /^from year 2030 is after to year 2025\.$/,
  },
  {
    what: "a model workbook's vendor observed before its timeline",
    act: () =>
      buildModelLayout({
        overrides: [
          { key: "vendor.Old.revenue.2014", value: 1 },
          { key: "vendor.Old.revenue.2016", value: 2 },
        ],
      }),
    english: /^Old revenue is last observed in 2016; the model workbook's timeline starts in 2018/,
  },
];

describe("the engine's errors in English and Chinese", () => {
  test.each(cases)("$what", ({ act, english }) => {
    const error = modelError(act);
    // English: unchanged for the command line, the custom functions and logs.
    expect(error.message).toMatch(english);
    expect(error.text.en).toBe(error.message);
    expect(errorMessage(error, "en")).toBe(error.message);
    // Chinese: written in Chinese, with no English sentence left inside.
    const zh = errorMessage(error, "zh-CN");
    expect(zh).toBe(error.text.zh);
    expect(zh).toMatch(HAN);
    expect(zh).not.toMatch(ENGLISH_SENTENCE);
  });

  test("the Chinese keeps the facts: the same keys and numbers as the English", () => {
    const error = modelError(() => createScenario("base", [{ key: "market.gov.2021", value: 900_000 }]));
    const figures = (text: string) => text.match(/[\w.]+\.\d{4}|\d+(\.\d+)?/g)?.sort();
    expect(figures(error.text.zh)).toEqual(figures(error.message));
    const solveError = modelError(() =>
      solve(base, { series: "market.gov", year: 2030, target: 1e9, assumption: "market.gov.growth.near" }),
    );
    expect(figures(solveError.text.zh)).toEqual(figures(solveError.message));
  });

  test("a reader's message is kept in the language the table was read in", () => {
    // requireUsableTable throws the reader's own text (already in the reading's language) as both.
    const rows = [
      ["Key", "Bear", "Base", "Bull"],
      ["city.bass.p", "x", 0.03, 0.03],
    ];
    const error = modelError(() => scenarioSetFor(rows).base);
    expect(error.text.zh).toBe(error.text.en);
  });

  test("is still a ModelError with its kind", () => {
    const error = modelError(() => checkYear(2050));
    expect(error).toBeInstanceOf(ModelError);
    expect(error.kind).toBe("outOfRange");
    expect(error.name).toBe("ModelError");
  });
});
