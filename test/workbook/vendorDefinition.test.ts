import { compileForecast } from "../../src/model/forecast";
import { ModelError } from "../../src/model/errors";
import { createScenario } from "../../src/model/scenario";
import { vendorProblems, vendorRows } from "../../src/workbook/vendorDefinition";
import type { VendorDefinition } from "../../src/workbook/workbookOperations";

/** The vendor rules agree with the engine: what they accept it forecasts, what they refuse it refuses too. */

function vendor(
  name: string,
  years: [number, number],
  extra: Partial<VendorDefinition> = {},
): VendorDefinition {
  return {
    name,
    revenue: [
      { year: years[0], value: 50 },
      { year: years[1], value: 80 },
    ],
    ...extra,
  };
}

/** The engine's verdict on the keys such a vendor would add (the rules not consulted). */
function engine(definition: VendorDefinition): string | undefined {
  const [first, second] = definition.revenue;
  const overrides = [first, second].map(({ year, value }) => ({
    key: `vendor.${definition.name}.revenue.${year}`,
    value,
  }));
  if (definition.halfLife !== undefined) {
    overrides.push({ key: `vendor.${definition.name}.fade.halfLife`, value: definition.halfLife });
  }
  try {
    compileForecast(createScenario("base", overrides, "check")).values(`vendor.${definition.name}.revenue`);
    return undefined;
  } catch (error) {
    if (error instanceof ModelError) return error.message;
    throw error;
  }
}

describe("vendor rules and the engine", () => {
  it("a definition the rules accept is one the engine forecasts from the rows vendorRows writes", () => {
    const accepted = vendor("Huawei", [2019, 2021], { halfLife: 3 });
    expect(vendorProblems(accepted)).toEqual([]);
    const scenario = createScenario("base", vendorRows(accepted), "check");
    // Revenue in its own observed years is the value given (hand check: the rows written as entered).
    const forecast = compileForecast(scenario);
    expect(forecast.value("vendor.Huawei.revenue", 2019)).toBeCloseTo(50, 9);
    expect(forecast.value("vendor.Huawei.revenue", 2021)).toBeCloseTo(80, 9);
  });

  it.each([
    ["the same year twice", vendor("Huawei", [2019, 2019])],
    ["a year outside the observed range", vendor("Huawei", [1999, 2019])],
    ["a half-life beyond its bounds", vendor("Huawei", [2018, 2019], { halfLife: 80 })],
    ["a name with a dot", vendor("Hua.wei", [2018, 2019])],
  ])("%s is refused by the rules and by the engine", (_, definition) => {
    expect(vendorProblems(definition).length).toBeGreaterThan(0);
    expect(engine(definition)).toEqual(expect.any(String));
  });
});
