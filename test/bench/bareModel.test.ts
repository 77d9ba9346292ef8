/**
 * bench/bareModel.ts restates the recurrences as one flat loop with positional indices, so the
 * Monte Carlo benchmark has a bare baseline to compare with. Nothing else would notice if the engine
 * changed and the copy did not — and then the benchmark's ratio would measure two different models.
 * With every spread collapsed to one value, one bare "trial" must reproduce the engine's forecast of
 * each built-in scenario: the same slot order as the engine's input plan and the same series order.
 */
import { bareMonteCarlo } from "../../bench/bareModel";
import { BUILT_IN_SCENARIOS } from "../../src/model/assumptionTypes";
import { compileForecast } from "../../src/model/forecast";
import { inputPlan, planVendors } from "../../src/model/inputs";
import { builtInScenario, scenarioValue } from "../../src/model/scenario";
import { FIRST_YEAR, LAST_YEAR } from "../../src/model/years";

/** The bare loop's series, in the order it writes them. */
const BARE_SERIES = [
  "market.gov",
  "market.total",
  "market.govShare",
  "city.cities",
  "city.budget",
  "city.spend",
  "bridge.ratio",
  "vendor.revenue",
  "vendor.govContracts",
  "vendor.govProjects",
  "vendor.govShare",
];

describe("bench/bareModel.ts", () => {
  it.each(BUILT_IN_SCENARIOS)("computes the engine's %s forecast when nothing varies", (name) => {
    const scenario = builtInScenario(name);
    const plan = inputPlan(planVendors([...scenario.values.keys()]));
    const spreads = plan.keys.map((key) => {
      const value = scenarioValue(scenario, key);
      return { min: value, mode: value, max: value };
    });
    const bare = bareMonteCarlo(spreads, 1, 1);
    const forecast = compileForecast(scenario);
    const years = LAST_YEAR - FIRST_YEAR + 1;
    expect(bare.length).toBe(BARE_SERIES.length * years);
    // Same operations in the same order up to reassociation: agree to 1e-12 relative.
    const disagreements: string[] = [];
    BARE_SERIES.forEach((series, s) => {
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        const expected = forecast.value(series, year);
        const actual = bare[s * years + year - FIRST_YEAR]!;
        if (!(Math.abs(actual - expected) <= 1e-12 * Math.abs(expected))) {
          disagreements.push(`${series} ${year}: bare ${actual}, engine ${expected}`);
        }
      }
    });
    expect(disagreements).toEqual([]);
  });

  it("keeps one series' years, year by year, when asked: the numbers of that series in the full run", () => {
    const scenario = builtInScenario("base");
    const plan = inputPlan(planVendors([...scenario.values.keys()]));
    const spreads = plan.keys.map((key) => {
      const value = scenarioValue(scenario, key);
      return { min: value * 0.9, mode: value, max: value * 1.1 };
    });
    const years = LAST_YEAR - FIRST_YEAR + 1;
    const trials = 5;
    const all = bareMonteCarlo(spreads, trials, 3);
    const spend = BARE_SERIES.indexOf("city.spend");
    const kept = bareMonteCarlo(spreads, trials, 3, spend);
    expect(kept.length).toBe(trials * years);
    for (let t = 0; t < trials; t++) {
      for (let y = 0; y < years; y++) {
        expect(kept[y * trials + t]).toBe(all[(t * BARE_SERIES.length + spend) * years + y]);
      }
    }
  });
});
