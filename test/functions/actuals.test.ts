import * as declared from "../../src/functions/functions";
import { compileForecast } from "../../src/model/forecast";
import { PUBLISHED_FIGURES } from "../../src/model/published";
import { builtInScenario, createScenario } from "../../src/model/scenario";

/** The functions as Excel calls them (see functions.test.ts): any value in any argument. */
const GOVCLOUD = declared as unknown as {
  [K in keyof typeof declared]: (...args: unknown[]) => ReturnType<(typeof declared)[K]>;
};

function excelError(call: () => unknown): CustomFunctions.Error {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw new Error(`threw something other than a CustomFunctions.Error: ${String(error)}`, { cause: error });
  }
  throw new Error("expected an Excel error");
}

const base = compileForecast(builtInScenario("base"));
/** A scenario range anchoring the total market on CAICT's 2024 figure (published-figures.md). */
const ANCHORED = [
  ["Key", "Value"],
  ["actual.market.total.2024", 8288],
  ["anchor.market.total", 2024],
];
const anchoredForecast = compileForecast(
  createScenario("base", [
    { key: "actual.market.total.2024", value: 8288 },
    { key: "anchor.market.total", value: 2024 },
  ]),
);

describe("ACTUALS", () => {
  it("spills every published figure under a header that says they were published after the article", () => {
    const spill = GOVCLOUD.actuals(null);
    expect(spill).toHaveLength(1 + PUBLISHED_FIGURES.length);
    expect(spill[0]?.[0]).toBe("Key (published after the article (not an article figure))");
    expect(spill[0]?.slice(1)).toEqual([
      "Series",
      "Year",
      "Value",
      "Unit",
      "Status",
      "Scope",
      "Comparable",
      "Source",
    ]);
    expect(spill.find((row) => row[0] === "published.market.total.2024.caict")).toEqual([
      "published.market.total.2024.caict",
      "market.total",
      2024,
      8288,
      "亿 CNY",
      "reported",
      "public + private cloud (public 6216, private 2072)",
      "yes",
      "CAICT《云计算蓝皮书(2025年)》, 2025-07, pp. 21–22",
    ]);
    expect(GOVCLOUD.actuals("zh-CN")[0]?.[0]).toMatch(/文章发表后公布/);
  });
});

describe("ACTUAL, BACKTEST and SOLVE (table-driven; expected values from published-figures.md or the engine)", () => {
  it.each([
    ["a comparable published figure", () => GOVCLOUD.actual("market.total", 2024, null), 8288],
    ["iResearch's 2019 gov-cloud market", () => GOVCLOUD.actual("MARKET.GOV", "2019", null), 527.7],
    [
      "the scenario's own row first",
      () => GOVCLOUD.actual("market.total", 2024, [["actual.market.total.2024", 9000]]),
      9000,
    ],
    [
      "a user actual for a vendor",
      () => GOVCLOUD.actual("vendor.Alibaba.revenue", 2023, [["actual.vendor.Alibaba.revenue.2023", 1064]]),
      1064,
    ],
    ["MARKET honours an anchor", () => GOVCLOUD.market(2024, "total", ANCHORED), 8288],
    [
      "MARKET after the anchor follows the share drift",
      () => GOVCLOUD.market(2030, "total", ANCHORED),
      anchoredForecast.value("market.total", 2030),
    ],
    [
      "SOLVE: the README's 2022 growth for 2,000 亿 in 2030",
      () =>
        GOVCLOUD.market(2030, null, [
          [
            "market.gov.growth.near",
            GOVCLOUD.solve("market.gov", 2030, 2000, "market.gov.growth.near", null),
          ],
        ]),
      2000,
    ],
    [
      "SOLVE on an anchored range round-trips through MARKET",
      () =>
        GOVCLOUD.market(2030, "total", [
          ...ANCHORED,
          [
            "market.govShare.longRun",
            GOVCLOUD.solve("market.total", 2030, 12000, "market.govShare.longRun", ANCHORED),
          ],
        ]),
      12000,
    ],
  ])("%s", (_, call, expected) => {
    expect(Math.abs((call() as number) / expected - 1)).toBeLessThanOrEqual(1e-9);
  });

  it.each([
    ["rows", null],
    ["columns", "columns"],
  ])("BACKTEST spills year, forecast, actual, error and MAPE (%s)", (_, orientation) => {
    const spill = GOVCLOUD.backtest("market.total", null, orientation);
    const rows = orientation === null ? spill : (spill[0] ?? []).map((__, i) => spill.map((row) => row[i]));
    expect(rows[0]).toEqual(["Year", "Forecast", "Actual", "Error"]);
    const body = rows.slice(1, -1);
    expect(body.map((row) => row[0])).toEqual([2018, 2020, 2021, 2022, 2023, 2024]);
    for (const [year, forecast, actual, error] of body as number[][]) {
      expect(forecast).toBe(base.value("market.total", year ?? 0));
      expect(actual).toBe(
        PUBLISHED_FIGURES.find((f) => f.series === "market.total" && f.year === year)?.value,
      );
      expect(error).toBe((forecast ?? 0) / (actual ?? 1) - 1);
    }
    const mape = body.reduce((sum, row) => sum + Math.abs(row[3] as number), 0) / body.length;
    expect(rows[rows.length - 1]).toEqual(["MAPE", "", "", mape]);
  });

  it("BACKTEST of an anchored scenario compares its own (anchored) forecast: 0 error in the anchor year", () => {
    const spill = GOVCLOUD.backtest("market.total", ANCHORED, null);
    const row2024 = spill.find((row) => row[0] === 2024);
    expect(row2024).toEqual([2024, 8288, 8288, 0]);
    const row2022 = spill.find((row) => row[0] === 2022);
    expect(row2022?.[1]).toBe(anchoredForecast.value("market.total", 2022));
  });

  it.each([
    [
      "no actual in a year",
      () => GOVCLOUD.actual("market.gov", 2030, null),
      "#N/A",
      /Add a row actual\.market\.gov\.2030/,
    ],
    [
      "only a partly comparable figure",
      () => GOVCLOUD.actual("vendor.Huawei.revenue", 2023, null),
      "#N/A",
      /only partly comparable/,
    ],
    [
      "a series without actuals",
      () => GOVCLOUD.actual("market.govShare", 2021, null),
      "#VALUE!",
      /has no actuals/,
    ],
    ["an empty series", () => GOVCLOUD.backtest("", null, null), "#VALUE!", /series/],
    [
      "BACKTEST without any actual",
      () => GOVCLOUD.backtest("city.budget", null, null),
      "#N/A",
      /No actuals for city\.budget/,
    ],
    [
      "an anchor without its actual",
      () => GOVCLOUD.market(2030, null, [["anchor.market.gov", 2025]]),
      "#VALUE!",
      /needs the actual of that year/,
    ],
    [
      "an actual total below the gov-cloud market",
      () =>
        GOVCLOUD.market(2024, "total", [
          ["actual.market.total.2024", 100],
          ["anchor.market.total", 2024],
        ]),
      "#VALUE!",
      /actual\.market\.total\.2024 \(100\) is below the gov-cloud market/,
    ],
    [
      "an anchor that is not a year",
      () =>
        GOVCLOUD.market(2024, "total", [
          ["actual.market.total.2024", 8288],
          ["anchor.market.total", 2024.5],
        ]),
      "#VALUE!",
      /use a year from 2018 to 2040, or 0 for no anchor/,
    ],
    [
      "SOLVE out of reach gives the range",
      () => GOVCLOUD.solve("market.gov", 2030, 1e9, "market.gov.growth.near", null),
      "#N/A",
      /cannot reach 1000000000: it spans [\d.e+]+ to [\d.e+]+ as market\.gov\.growth\.near goes from -0\.5 to 2/,
    ],
    [
      "SOLVE for an anchor",
      () => GOVCLOUD.solve("market.gov", 2030, 2000, "anchor.market.gov", null),
      "#VALUE!",
      /not an assumption/,
    ],
    [
      "SOLVE with a text target",
      () => GOVCLOUD.solve("market.gov", 2030, "a lot", "market.gov.growth.near", null),
      "#VALUE!",
      /target/,
    ],
    [
      "SOLVE for an unknown key",
      () => GOVCLOUD.solve("market.gov", 2030, 2000, "market.gov.growth", null),
      "#VALUE!",
      /Unknown assumption/,
    ],
  ])("%s", (_, call, code, message) => {
    const error = excelError(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
