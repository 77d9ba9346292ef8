import fc from "fast-check";
import { ASSUMPTIONS } from "../../src/model/assumptions";
import { backtest, actualFor } from "../../src/model/backtest";
import { ModelError } from "../../src/model/errors";
import { compileForecast } from "../../src/model/forecast";
import {
  builtInScenario,
  createScenario,
  scenarioValue,
  type AssumptionOverride,
} from "../../src/model/scenario";
import { findRoots, nearestRoot, solve } from "../../src/model/solve";

const base = builtInScenario("base");

/** A series and year each assumption moves (history growth only moves the years before 2021). */
function seriesFor(key: string): { series: string; year: number } {
  if (key === "market.gov.growth.history") return { series: "market.gov", year: 2019 };
  if (key.startsWith("market.gov")) return { series: "market.gov", year: 2030 };
  if (key.startsWith("market.")) return { series: "market.total", year: 2030 };
  if (key.includes(".govProjects.")) return { series: "vendor.govProjects", year: 2030 };
  if (key.includes(".govContracts.")) return { series: "vendor.govContracts", year: 2030 };
  if (key.startsWith("vendor.")) return { series: "vendor.revenue", year: 2030 };
  return { series: "city.spend", year: 2030 };
}

/** The bounds SOLVE searches: the catalogue's, with gov ≤ total for the two 2021 anchors. */
function searchBounds(key: string, lower: number, upper: number): [number, number] {
  if (key === "market.gov.2021") return [lower, Math.min(upper, scenarioValue(base, "market.total.2021"))];
  if (key === "market.total.2021") return [Math.max(lower, scenarioValue(base, "market.gov.2021")), upper];
  return [lower, upper];
}

function valueWith(overrides: AssumptionOverride[], series: string, year: number): number {
  return compileForecast(createScenario("base", overrides)).value(series, year);
}

describe("SOLVE", () => {
  it.each(ASSUMPTIONS.map((a) => [a.key, a.lower, a.upper] as const))(
    "round-trips %s for random targets within reach (relative error ≤ 1e-9)",
    (key, lower, upper) => {
      const { series, year } = seriesFor(key);
      const [low, high] = searchBounds(key, lower, upper);
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (t) => {
          // Log-uniform over wide bounds so small values are drawn as often as large ones.
          const x = low > 0 && high / low > 100 ? low * Math.pow(high / low, t) : low + (high - low) * t;
          const target = valueWith([{ key, value: x }], series, year);
          const result = solve(base, { series, year, target, assumption: key });
          expect(result.value).toBeGreaterThanOrEqual(low);
          expect(result.value).toBeLessThanOrEqual(high);
          // The round trip: MARKET (or the series' function) with the solved value equals the target.
          const achieved = valueWith([{ key, value: result.value }], series, year);
          expect(Math.abs(achieved / target - 1)).toBeLessThanOrEqual(1e-9);
        }),
        { numRuns: 8, seed: 42 },
      );
    },
  );

  it("answers the README's question: which 2022 growth makes gov cloud 2,000 亿 in 2030?", () => {
    const result = solve(base, {
      series: "market.gov",
      year: 2030,
      target: 2000,
      assumption: "market.gov.growth.near",
    });
    expect(
      valueWith([{ key: "market.gov.growth.near", value: result.value }], "market.gov", 2030) / 2000 - 1,
    ).toBeLessThanOrEqual(1e-9);
    // Base (0.2 in 2022) reaches about 2,756 亿 in 2030, so 2,000 亿 needs a lower rate.
    expect(compileForecast(base).value("market.gov", 2030)).toBeCloseTo(2755.7, 1);
    expect(result.value).toBeLessThan(0.2);
    expect(result.value).toBeGreaterThan(0);
  });

  it("solves for a user vendor's own assumption without moving the built-in vendor", () => {
    const scenario = createScenario("base", [
      { key: "vendor.Alibaba.revenue.2020", value: 400.2 },
      { key: "vendor.Alibaba.revenue.2021", value: 601.2 },
    ]);
    const result = solve(scenario, {
      series: "vendor.Alibaba.revenue",
      year: 2030,
      target: 3000,
      assumption: "vendor.Alibaba.revenue.terminalGrowth",
    });
    const solved = createScenario("base", [
      { key: "vendor.Alibaba.revenue.2020", value: 400.2 },
      { key: "vendor.Alibaba.revenue.2021", value: 601.2 },
      { key: "vendor.Alibaba.revenue.terminalGrowth", value: result.value },
    ]);
    expect(compileForecast(solved).value("vendor.Alibaba.revenue", 2030) / 3000 - 1).toBeLessThanOrEqual(
      1e-9,
    );
    expect(compileForecast(solved).values("vendor.revenue")).toEqual(
      compileForecast(base).values("vendor.revenue"),
    );
  });

  it("returns the root nearest the scenario's value when the series is not monotone", () => {
    // A 41-point scan finds no catalogue series non-monotone in one assumption, so the search
    // itself is tested on a parabola: (x − 1)² = 0.25 at x = 0.5 and x = 1.5, by hand.
    const parabola = (x: number): number => (x - 1) ** 2;
    const search = findRoots(parabola, 0, 3, 1.4, 0.25);
    expect(search.roots).toHaveLength(2);
    expect(search.roots[0]).toBeCloseTo(0.5, 12);
    expect(search.roots[1]).toBeCloseTo(1.5, 12);
    expect(nearestRoot(search.roots, 1.4)).toBeCloseTo(1.5, 12);
    expect(nearestRoot(search.roots, 0.2)).toBeCloseTo(0.5, 12);
    expect(findRoots(parabola, 0, 3, 1, 5)).toMatchObject({ roots: [], low: 0 });
  });

  it("gives #N/A-kind notAvailable with the range the series spans when the target is out of reach", () => {
    const low = valueWith([{ key: "market.gov.growth.near", value: -0.5 }], "market.gov", 2030);
    const high = valueWith([{ key: "market.gov.growth.near", value: 2 }], "market.gov", 2030);
    let caught: unknown;
    try {
      solve(base, { series: "market.gov", year: 2030, target: 1e9, assumption: "market.gov.growth.near" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelError);
    expect((caught as ModelError).kind).toBe("notAvailable");
    const fmt = (v: number) => String(Number(v.toPrecision(6)));
    expect((caught as ModelError).message).toBe(
      `market.gov in 2030 cannot reach 1000000000: it spans ${fmt(low)} to ${fmt(high)} as market.gov.growth.near goes from -0.5 to 2.`,
    );
  });

  it("refuses actuals and anchors, which are figures rather than assumptions", () => {
    expect(() =>
      solve(base, { series: "market.gov", year: 2030, target: 2000, assumption: "anchor.market.gov" }),
    ).toThrow("not an assumption");
    expect(() => solve(base, { series: "market.gov", year: 2030, target: 2000, assumption: "nope" })).toThrow(
      ModelError,
    );
  });
});

describe("BACKTEST and ACTUAL (model)", () => {
  it("recomputes the doc's backtest table for the base scenario (to the doc's 0.1 亿 and 0.1%)", () => {
    const total = backtest(compileForecast(base), "market.total");
    const gov = backtest(compileForecast(base), "market.gov");
    // published-figures.md, "What the backtest already shows".
    const expected: [typeof gov, number, number, number, number][] = [
      [gov, 2019, 520.3, 527.7, -0.014],
      [gov, 2021, 813.0, 786.9, 0.033],
      [total, 2021, 1858.0, 3229, -0.425],
      [total, 2022, 2250.7, 4550, -0.505],
      [total, 2024, 3152.1, 8288, -0.62],
    ];
    for (const [result, year, model, published, error] of expected) {
      const row = result.rows.find((r) => r.year === year);
      expect(row?.forecast).toBeCloseTo(model, 1);
      expect(row?.actual).toBe(published);
      expect(row?.error).toBeCloseTo(error, 3);
      expect(row?.error).toBe((row?.forecast ?? 0) / published - 1);
    }
    expect(total.rows.map((r) => r.year)).toEqual([2018, 2020, 2021, 2022, 2023, 2024]);
    expect(total.mape).toBeCloseTo(total.rows.reduce((s, r) => s + Math.abs(r.error), 0) / 6, 15);
  });

  it("prefers the scenario's own actual and explains a missing or only partly comparable one", () => {
    const scenario = createScenario("base", [{ key: "actual.market.total.2024", value: 9000 }]);
    expect(actualFor(scenario, "market.total", 2024).value).toBe(9000);
    expect(actualFor(base, "market.total", 2024)).toMatchObject({ value: 8288 });
    expect(() => actualFor(base, "market.gov", 2020)).toThrow(
      /not comparable \(gov-cloud infrastructure only/,
    );
    expect(() => actualFor(base, "vendor.Alibaba.revenue", 2021)).toThrow(/only partly comparable/);
    expect(() => actualFor(base, "market.gov", 2030)).toThrow("Add a row actual.market.gov.2030");
    expect(() => actualFor(base, "market.govShare", 2021)).toThrow(/has no actuals/);
  });
});
