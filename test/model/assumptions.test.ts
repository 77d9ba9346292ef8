import { ASSUMPTIONS, findAssumption, requireAssumption } from "../../src/model/assumptions";
import { BUILT_IN_SCENARIOS } from "../../src/model/assumptionTypes";
import { baselineFigure } from "../../src/model/baseline";
import { ModelError } from "../../src/model/errors";

describe("the assumption catalogue", () => {
  it("has unique keys", () => {
    const keys = ASSUMPTIONS.map((a) => a.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ASSUMPTIONS.map((a) => [a.key, a] as const))(
    "%s: every scenario's value lies within its bounds",
    (_, a) => {
      expect(a.lower).toBeLessThan(a.upper);
      for (const scenario of BUILT_IN_SCENARIOS) {
        expect(a.values[scenario]).toBeGreaterThanOrEqual(a.lower);
        expect(a.values[scenario]).toBeLessThanOrEqual(a.upper);
      }
    },
  );

  it("labels every assumption in English and Chinese", () => {
    for (const a of ASSUMPTIONS) {
      expect(a.label.en).toMatch(/[A-Za-z]/);
      expect(a.label.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("cites an existing baseline figure for every article value, and a rationale for every assumption", () => {
    for (const a of ASSUMPTIONS) {
      if (a.source.kind === "article") {
        expect(a.source.baselineKeys.length).toBeGreaterThan(0);
        for (const key of a.source.baselineKeys) expect(baselineFigure(key).key).toBe(key);
      } else {
        expect(a.source.rationale.length).toBeGreaterThan(20);
      }
    }
  });

  it("takes article values from the dataset unchanged (or converted 万 → 亿)", () => {
    // Expected values typed from the article (baseline-figures.md), so a wrong key would show.
    const expected: Record<string, number> = {
      "market.gov.2021": 813,
      "market.total.2021": 1858,
      "vendor.Tencent.revenue.2018": 91,
      "vendor.Tencent.revenue.2019": 170,
      "vendor.Tencent.govContracts.2018": 7.97,
      "vendor.Tencent.govContracts.2019": 26,
      "vendor.Tencent.govProjects.2018": 97,
      "vendor.Tencent.govProjects.2019": 151,
      "city.count": 1000,
    };
    for (const [key, value] of Object.entries(expected)) {
      for (const scenario of BUILT_IN_SCENARIOS) expect(findAssumption(key)?.values[scenario]).toBe(value);
    }
    // 3000–4000 万 CNY = 0.30–0.40 亿: bear low end, bull high end, base the midpoint.
    expect(findAssumption("city.budget.2019")?.values).toEqual({ bear: 0.3, base: 0.35, bull: 0.4 });
  });

  it("cites the Bass-model literature for the adoption coefficients", () => {
    const p = requireAssumption("city.bass.p");
    const q = requireAssumption("city.bass.q");
    expect(p.values.base).toBe(0.03);
    expect(q.values.base).toBe(0.38);
    expect(p.source.kind === "assumption" && p.source.rationale).toMatch(/Sultan, Farley & Lehmann 1990/);
  });

  it("finds keys case-insensitively and describes user vendors by pattern", () => {
    expect(findAssumption("MARKET.GOV.GROWTH.NEAR")?.key).toBe("market.gov.growth.near");
    const alibaba = findAssumption("vendor.Alibaba.revenue.2019");
    expect(alibaba?.unit).toBe("亿 CNY");
    expect(alibaba?.label.en).toBe("Alibaba cloud revenue 2019");
    // A user vendor's fade assumptions default to the built-in vendor's.
    expect(findAssumption("vendor.Alibaba.fade.halfLife")?.values).toEqual(
      findAssumption("vendor.Tencent.fade.halfLife")?.values,
    );
    expect(findAssumption("vendor.Alibaba.profit.2019")).toBeUndefined();
  });

  it("names the unknown key in its error", () => {
    expect(() => requireAssumption("market.gov.growth.nearr")).toThrow(ModelError);
    expect(() => requireAssumption("market.gov.growth.nearr")).toThrow(/market\.gov\.growth\.nearr/);
  });
});
