import * as vendorKeys from "../../src/model/vendorKeys";
import { planVendors } from "../../src/model/inputs";
import { createScenario } from "../../src/model/scenario";

/**
 * Vendor handling is linear in the number of keys: counted in key parses rather than timed (a
 * timed test would be flaky on a shared machine; bench/ prints the 5,000-vendor time). The old
 * code re-scanned every key for every vendor: 1,000 vendors × 2,000 keys = 2,000,000 parses.
 */
describe("vendors are read in one pass", () => {
  afterEach(() => jest.restoreAllMocks());

  it("plans 1,000 vendors with a parse or two per key", () => {
    const keys: string[] = ["vendor.Tencent.revenue.2018", "vendor.Tencent.revenue.2019"];
    for (let v = 0; v < 1000; v++) keys.push(`vendor.V${v}.revenue.2018`, `vendor.V${v}.revenue.2019`);
    const parse = jest.spyOn(vendorKeys, "parseVendorKey");
    const plan = planVendors(keys);
    expect(plan).toHaveLength(1001); // Tencent first
    expect(plan[1]?.observed.get("revenue")).toEqual([2018, 2019]);
    expect(parse.mock.calls.length).toBeLessThanOrEqual(2 * keys.length);
  });

  it("a scenario with 1,000 vendors costs a bounded number of parses per override", () => {
    const overrides = [];
    for (let v = 0; v < 1000; v++) {
      overrides.push(
        { key: `vendor.V${v}.revenue.2018`, value: 10 },
        { key: `vendor.V${v}.revenue.2019`, value: 12 },
      );
    }
    const parse = jest.spyOn(vendorKeys, "parseVendorKey");
    createScenario("base", overrides);
    expect(parse.mock.calls.length).toBeLessThanOrEqual(10 * overrides.length);
  });
});
