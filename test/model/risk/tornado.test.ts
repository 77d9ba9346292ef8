import { createScenario } from "../../../src/model/scenario";
import { builtInScenarioSet } from "../../../src/model/scenarioInput";
import { tornado } from "../../../src/model/risk/tornado";

describe("tornado", () => {
  const set = builtInScenarioSet();

  it("moves only the 2022 growth for the 2022 market (hand check: 813 × 1.12 and 813 × 1.28)", () => {
    const result = tornado(set, "market.gov", 2022);
    const [top, ...rest] = result.rows;
    expect(top?.key).toBe("market.gov.growth.near");
    expect(top?.lowInput).toBe(0.12);
    expect(top?.highInput).toBe(0.28);
    expect(top?.resultAtLow).toBeCloseTo(813 * 1.12, 9);
    expect(top?.resultAtHigh).toBeCloseTo(813 * 1.28, 9);
    expect(top?.swing).toBeCloseTo(813 * 0.16, 9);
    expect(result.baseResult).toBeCloseTo(813 * 1.2, 9);
    // Others only through rounding (1 + g∞ + (g0 − g∞) is not bit-identical to 1 + g0).
    for (const row of rest) expect(row.swing).toBeLessThan(1e-9);
  });

  it("sorts by swing and spans every assumption whose bear and bull differ", () => {
    const result = tornado(set, "city.spend", 2030);
    const swings = result.rows.map((r) => r.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(result.rows.map((r) => r.key)).toContain("city.budget.2019");
    expect(result.rows.map((r) => r.key)).not.toContain("city.count");
    for (const row of result.rows) expect(row.lowInput).toBeLessThan(row.highInput);
  });

  it("records low and high inputs even where bear is above bull", () => {
    // The long-run gov share is higher in bear (0.44) than in bull (0.36).
    const row = tornado(set, "market.total", 2030).rows.find((r) => r.key === "market.govShare.longRun");
    expect(row?.lowInput).toBe(0.36);
    expect(row?.highInput).toBe(0.44);
    expect(row!.resultAtLow).toBeGreaterThan(row!.resultAtHigh);
  });

  it("uses a custom base scenario", () => {
    const custom = { ...set, base: createScenario("base", [{ key: "market.gov.growth.near", value: 0.25 }]) };
    expect(tornado(custom, "market.gov", 2022).baseResult).toBeCloseTo(813 * 1.25, 9);
  });
});
