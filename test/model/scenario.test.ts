import {
  builtInScenario,
  createScenario,
  effectiveKey,
  parseBuiltInScenario,
  requireBuiltInScenario,
  scenarioValue,
} from "../../src/model/scenario";
import { overridesFromRows, scenarioFromRows, scenarioSetFromTable } from "../../src/model/scenarioInput";
import { modelError } from "./modelError";

describe("built-in scenarios", () => {
  it("accept English and Chinese names in any case", () => {
    expect(parseBuiltInScenario(" BULL ")).toBe("bull");
    expect(parseBuiltInScenario("悲观")).toBe("bear");
    expect(parseBuiltInScenario("基准")).toBe("base");
    expect(parseBuiltInScenario("乐观")).toBe("bull");
    expect(modelError(() => requireBuiltInScenario("optimistic")).kind).toBe("unknownName");
  });

  it("are the same object each time so their forecasts are compiled once", () => {
    expect(builtInScenario("base")).toBe(builtInScenario("base"));
    expect(createScenario("bear", [])).toBe(builtInScenario("bear"));
  });
});

describe("createScenario", () => {
  it("applies overrides on top of a built-in scenario", () => {
    const scenario = createScenario("base", [{ key: "Market.Gov.Growth.Near", value: 0.3 }]);
    expect(scenarioValue(scenario, "market.gov.growth.near")).toBe(0.3);
    expect(scenarioValue(scenario, "market.gov.growth.terminal")).toBe(0.06);
  });

  it.each([
    [{ key: "market.gov.growthh", value: 0.1 }, "unknownName", /market\.gov\.growthh/],
    [{ key: "market.gov.growth.near", value: Number.NaN }, "invalidValue", /market\.gov\.growth\.near/],
    [{ key: "market.gov.growth.near", value: 5 }, "outOfRange", /between -0\.5 and 2/],
    [{ key: "city.bass.q", value: -0.1 }, "outOfRange", /city\.bass\.q/],
  ])("rejects %p as %s", (override, kind, message) => {
    const error = modelError(() => createScenario("base", [override]));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it("rejects a gov-cloud market larger than the whole cloud market", () => {
    const error = modelError(() => createScenario("base", [{ key: "market.gov.2021", value: 2000 }]));
    expect(error.message).toMatch(/above 100%/);
  });

  it("accepts user vendors whose fade assumptions follow the built-in vendor", () => {
    const scenario = createScenario("bull", [
      { key: "vendor.Alibaba.revenue.2018", value: 200 },
      { key: "vendor.Alibaba.revenue.2019", value: 300 },
    ]);
    expect(effectiveKey(scenario, "vendor.Alibaba.fade.halfLife")).toBe("vendor.Tencent.fade.halfLife");
    expect(scenarioValue(scenario, "vendor.alibaba.fade.halflife")).toBe(1.5);
  });

  it("finds a user vendor's value whatever the case of its name, as the series look-ups do", () => {
    const scenario = createScenario("base", [
      { key: "vendor.Alibaba.revenue.2018", value: 200 },
      { key: "vendor.alibaba.revenue.2019", value: 300 },
      { key: "vendor.ALIBABA.revenue.terminalGrowth", value: 0.05 },
    ]);
    // Stored under the first spelling (createScenario), asked for in any.
    expect(effectiveKey(scenario, "vendor.alibaba.revenue.2018")).toBe("vendor.Alibaba.revenue.2018");
    expect(scenarioValue(scenario, "vendor.ALIBABA.revenue.2019")).toBe(300);
    expect(scenarioValue(scenario, "vendor.aLiBaBa.revenue.terminalGrowth")).toBe(0.05);
    expect(modelError(() => scenarioValue(scenario, "vendor.alibaba.revenue.2020")).message).toMatch(
      /has no value for vendor.alibaba.revenue.2020/,
    );
  });
});

describe("scenario ranges", () => {
  it("read keys from the first column and values from the last, skipping a header and empty rows", () => {
    const rows = [
      ["Key", "Assumption", "Base"],
      ["market.gov.growth.near", "Gov-cloud market growth in 2022", 0.25],
      ["", "", ""],
      [null, null, null],
      ["city.budget.growth", "Growth of a city's yearly budget", "8%"],
    ];
    const scenario = scenarioFromRows(rows);
    expect(scenarioValue(scenario, "market.gov.growth.near")).toBe(0.25);
    expect(scenarioValue(scenario, "city.budget.growth")).toBeCloseTo(0.08, 15);
  });

  it("name the key and the row of a bad value", () => {
    const text = modelError(() => overridesFromRows([["city.bass.p", "lots"]]));
    expect(text.kind).toBe("invalidValue");
    expect(text.message).toMatch(/city\.bass\.p \(row 1 of the scenario range\)/);

    const empty = modelError(() =>
      overridesFromRows([
        ["city.bass.p", 0.03],
        ["city.bass.q", ""],
      ]),
    );
    expect(empty.kind).toBe("missingValue");
    expect(empty.message).toMatch(/city\.bass\.q \(row 2/);

    const bounds = modelError(() =>
      scenarioFromRows([
        ["k", "v"],
        ["city.bass.q", 0.9],
      ]),
    );
    expect(bounds.kind).toBe("outOfRange");
    expect(bounds.message).toMatch(/city\.bass\.q \(row 2 of the scenario range\) is 0\.9/);

    expect(modelError(() => overridesFromRows([["", 5]])).message).toMatch(/Row 1 .* has a value but no key/);
    expect(modelError(() => overridesFromRows([["city.bass.q"]])).message).toMatch(/two columns/);
  });
});

describe("scenario tables", () => {
  const header = ["Key", "Assumption", "Unit", "Bear", "Base", "Bull", "Kind"];

  it("read bear, base and bull columns by header, in English or Chinese", () => {
    const set = scenarioSetFromTable([
      ["键", "假设", "单位", "悲观", "基准", "乐观"],
      ["market.gov.growth.near", "", "", 0.1, 0.2, 0.3],
    ]);
    expect(scenarioValue(set.bear, "market.gov.growth.near")).toBe(0.1);
    expect(scenarioValue(set.base, "market.gov.growth.near")).toBe(0.2);
    expect(scenarioValue(set.bull, "market.gov.growth.near")).toBe(0.3);
    // Keys not in the table keep each scenario's built-in value.
    expect(scenarioValue(set.bull, "market.gov.growth.terminal")).toBe(0.09);
  });

  it("report missing columns and bad cells with the scenario and row", () => {
    expect(modelError(() => scenarioSetFromTable([["Key", "Bear", "Base"]])).message).toMatch(/missing Bull/);
    expect(modelError(() => scenarioSetFromTable([["k", "Bear", "Base", "Bull"]])).message).toMatch(
      /needs a Key column .*missing Key\./,
    );
    const error = modelError(() =>
      scenarioSetFromTable([header, ["city.bass.p", "", "", 0.02, "x", 0.04, "assumption"]]),
    );
    // The inputs reader's message: key, scenario column, cell (the table at A1 of its sheet) and text.
    expect(error.message).toMatch(/^city\.bass\.p \(Base\) at 'GovCloud Inputs'!E2 holds "x", not a number/);
    expect(modelError(() => scenarioSetFromTable([])).kind).toBe("missingValue");
  });
});
