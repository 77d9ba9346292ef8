import fc from "fast-check";
import { ASSUMPTIONS } from "../../src/model/assumptions";
import { BUILT_IN_SCENARIOS } from "../../src/model/assumptionTypes";
import { ModelError } from "../../src/model/errors";
import { compileForecast, growthOf } from "../../src/model/forecast";
import { builtInScenario, createScenario } from "../../src/model/scenario";
import { YEARS } from "../../src/model/years";

const base = compileForecast(builtInScenario("base"));

describe("anchors from the article", () => {
  it.each(BUILT_IN_SCENARIOS)("%s: the 2021 market equals the CAICT forecast exactly", (name) => {
    const forecast = compileForecast(builtInScenario(name));
    expect(forecast.value("market.gov", 2021)).toBe(813);
    expect(forecast.value("market.total", 2021)).toBe(1858);
    // 813 / 1858 = 0.43757…, the article's 43.8% (caict.govShare.2021)
    expect(forecast.value("market.govShare", 2021)).toBeCloseTo(0.438, 3);
  });

  it.each(BUILT_IN_SCENARIOS)("%s: Tencent's 2018 and 2019 figures are the article's", (name) => {
    const forecast = compileForecast(builtInScenario(name));
    expect(forecast.value("vendor.revenue", 2018)).toBe(91);
    expect(forecast.value("vendor.revenue", 2019)).toBe(170);
    expect(forecast.value("vendor.govContracts", 2018)).toBe(7.97);
    expect(forecast.value("vendor.govContracts", 2019)).toBe(26);
    expect(forecast.value("vendor.govProjects", 2018)).toBe(97);
    expect(forecast.value("vendor.govProjects", 2019)).toBe(151);
  });
});

describe("base-case values against hand calculations", () => {
  // Each expected value is worked by hand from the base assumptions; tolerance 1e-9 relative.
  const close = (actual: number, expected: number) =>
    expect(Math.abs(actual / expected - 1)).toBeLessThan(1e-9);

  it("market: back-cast, the 2022 rate, then a faded rate", () => {
    close(base.value("market.gov", 2020), 813 / 1.25);
    close(base.value("market.gov", 2018), 813 / 1.25 ** 3);
    close(base.value("market.gov", 2022), 813 * 1.2);
    // 2023 rate: 0.06 + (0.2 − 0.06)·e^(−ln2/5) = 0.06 + 0.14 × 0.8705505633 = 0.1818770789
    close(base.value("market.gov", 2023), 813 * 1.2 * 1.1818770788614574);
    // share 2023: 0.40 + (813/1858 − 0.40)·2^(−2/6); total = gov / share
    const share = 0.4 + (813 / 1858 - 0.4) * Math.pow(2, -2 / 6);
    close(base.value("market.govShare", 2023), share);
    close(base.value("market.total", 2023), (813 * 1.2 * 1.1818770788614574) / share);
  });

  it("Tencent: the observed rate fades by half a year with a one-year half-life", () => {
    // revenue 2020: 170 × (1 + 0.12 + (170/91 − 1 − 0.12) × 0.5) = 170 × 1.494065934…
    close(base.value("vendor.revenue", 2020), 170 * (1 + 0.12 + (170 / 91 - 1 - 0.12) * 0.5));
    // contracts 2021: step 26/7.97; 2020 rate 0.1 + 2.1622334 × 0.5, 2021 rate 0.1 + 2.1622334 × 0.25
    const gap = 26 / 7.97 - 1 - 0.1;
    close(base.value("vendor.govContracts", 2021), 26 * (1.1 + gap * 0.5) * (1.1 + gap * 0.25));
    close(base.value("vendor.govShare", 2021), base.value("vendor.govContracts", 2021) / 813);
  });

  it("cities: Bass adoption from 12% of 1000 cities, times a 0.35 亿 budget growing 6%", () => {
    close(base.value("city.cities", 2018), 120);
    close(base.value("city.cities", 2019), 186.528);
    close(base.value("city.budget", 2019), 0.35);
    close(base.value("city.budget", 2025), 0.35 * 1.06 ** 6);
    close(base.value("city.spend", 2019), 186.528 * 0.35);
    close(base.value("bridge.ratio", 2021), base.value("city.spend", 2021) / 813);
  });
});

describe("the gov-contract cap", () => {
  it("keeps Tencent's gov contracts at or below the cap share of the gov-cloud market", () => {
    const scenario = createScenario("base", [{ key: "vendor.Tencent.govContracts.shareCap", value: 0.05 }]);
    const forecast = compileForecast(scenario);
    for (const year of YEARS.filter((y) => y > 2019)) {
      expect(forecast.value("vendor.govShare", year)).toBeLessThanOrEqual(0.05 + 1e-12);
    }
    // Binding from 2020: 26 × 2.08 = 54.2 > 5% of 650.4
    expect(forecast.value("vendor.govContracts", 2020)).toBeCloseTo(0.05 * (813 / 1.25), 9);
  });
});

describe("invariants", () => {
  const optimistic = [
    "market.gov",
    "market.total",
    "vendor.revenue",
    "vendor.govContracts",
    "vendor.govProjects",
    "city.cities",
    "city.budget",
    "city.spend",
  ];
  const bear = compileForecast(builtInScenario("bear"));
  const bull = compileForecast(builtInScenario("bull"));

  it.each(optimistic)("%s: bear ≤ base ≤ bull in every year from 2021", (series) => {
    for (const year of YEARS.filter((y) => y >= 2021)) {
      expect(bear.value(series, year)).toBeLessThanOrEqual(base.value(series, year));
      expect(base.value(series, year)).toBeLessThanOrEqual(bull.value(series, year));
    }
  });

  const assumptionValues = fc.record(
    Object.fromEntries(
      ASSUMPTIONS.filter((a) => a.key !== "market.total.2021").map((a) => [
        a.key,
        fc.double({ min: a.lower, max: a.upper, noNaN: true }),
      ]),
    ),
  );

  it("no NaN or Infinity leaves the engine, and the share stays in (0, 1], for any in-bounds scenario", () => {
    fc.assert(
      fc.property(assumptionValues, (values) => {
        const overrides = Object.entries(values).map(([key, value]) => ({ key, value }));
        // Keep the anchor consistent (gov ≤ total) by setting the total market from the share.
        overrides.push({ key: "market.total.2021", value: (values["market.gov.2021"] ?? 813) * 2 });
        const forecast = compileForecast(createScenario("base", overrides));
        // Collect violations and assert once: thousands of expect() calls per run would be slow.
        const violations: string[] = [];
        for (const series of forecast.seriesKeys()) {
          for (const year of YEARS) {
            try {
              const value = forecast.value(series, year);
              if (!Number.isFinite(value)) violations.push(`${series} ${year} = ${value}`);
              if (series === "market.govShare" && !(value > 0 && value <= 1)) {
                violations.push(`share ${year} = ${value}`);
              }
            } catch (error) {
              // Extreme compounding may overflow; that must surface as a ModelError, never as NaN.
              if (!(error instanceof ModelError)) violations.push(`${series} ${year} threw ${String(error)}`);
            }
          }
        }
        expect(violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("series look-up", () => {
  it("reports unknown series, vendors and years as ModelErrors", () => {
    expect(() => base.value("market.govt", 2025)).toThrow(/Unknown series "market\.govt"/);
    expect(() => base.value("vendor.Huawei.revenue", 2025)).toThrow(/Unknown vendor "Huawei"/);
    expect(() => base.value("market.gov", 2041)).toThrow(/outside 2018–2040/);
    expect(() => base.value("market.gov", 46023)).toThrow(/YEAR\(/);
    expect(() => base.value("market.gov", 2025.5)).toThrow(/whole year/);
  });

  it("computes growth as the ratio of consecutive years", () => {
    expect(growthOf(base, "market.gov", 2022)).toBeCloseTo(0.2, 12);
    expect(() => growthOf(base, "market.gov", 2018)).toThrow(/first year with growth is 2019/);
  });
});

describe("user-defined vendors", () => {
  const scenario = createScenario("base", [
    { key: "vendor.Alibaba.revenue.2018", value: 200 },
    { key: "vendor.Alibaba.revenue.2020", value: 288 },
    { key: "vendor.Alibaba.revenue.terminalGrowth", value: 0.05 },
  ]);
  const forecast = compileForecast(scenario);

  it("go through both observations at their compound rate and fade after the last", () => {
    // 200 → 288 over two years is 20% a year (1.2² = 1.44).
    expect(forecast.value("vendor.Alibaba.revenue", 2018)).toBe(200);
    expect(forecast.value("vendor.Alibaba.revenue", 2019)).toBeCloseTo(240, 9);
    expect(forecast.value("vendor.Alibaba.revenue", 2020)).toBe(288);
    // 2021: 0.05 + (0.2 − 0.05) × 0.5 (built-in vendor's base half-life of one year)
    expect(forecast.value("vendor.alibaba.revenue", 2021)).toBeCloseTo(288 * 1.125, 9);
    expect(forecast.seriesKeys()).toContain("vendor.Alibaba.revenue");
  });

  it("say which observations are missing", () => {
    expect(() => forecast.value("vendor.Alibaba.govContracts", 2025)).toThrow(
      /Alibaba has no govContracts observations/,
    );
    const oneYear = createScenario("base", [{ key: "vendor.Huawei.revenue.2019", value: 100 }]);
    expect(() => compileForecast(oneYear)).toThrow(/exactly two observed years/);
  });
});
