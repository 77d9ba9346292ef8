import { BUILT_IN_SCENARIO_NAMES } from "../../../src/model/inputsTable";
import { builtInSnapshot } from "../../../src/taskpane/forecast/builtInSnapshot";
import { baseOutsideRange, scenarioRanges, withTyped } from "../../../src/taskpane/forecast/scenarioOrder";

describe("Base against Bear … Bull", () => {
  test("reads each assumption's three built-in columns from the table", () => {
    const ranges = scenarioRanges(builtInSnapshot("en"));
    // The catalogue's market.gov.growth.near: Bear 12%, Base 20%, Bull 28% (src/model/assumptions.ts).
    expect(ranges.get("market.gov.growth.near")).toEqual({ bear: 0.12, base: 0.2, bull: 0.28 });
    // The shipped defaults are all in order.
    expect([...ranges].filter(([, range]) => baseOutsideRange(range))).toEqual([]);
  });

  test("flags a Base outside the span either way round, and only then", () => {
    const range = { bear: 0.12, base: 0.2, bull: 0.28 };
    expect(baseOutsideRange(withTyped(range, "Base", 0.35))).toBe(true);
    expect(baseOutsideRange(withTyped(range, "base", 0.1))).toBe(true);
    expect(baseOutsideRange(withTyped(range, "Bull", 0.15))).toBe(true);
    expect(baseOutsideRange(withTyped(range, "Base", 0.28))).toBe(false);
    // Bear above Bull (an assumption where more is worse) is a span too.
    expect(baseOutsideRange({ bear: 0.44, base: 0.4, bull: 0.36 })).toBe(false);
    // A custom scenario is not part of Bear–Base–Bull.
    expect(withTyped(range, "Stress", 9)).toBe(range);
  });

  test("leaves out an assumption whose cell is damaged in one column", () => {
    const snapshot = builtInSnapshot("en");
    const damaged = {
      ...snapshot,
      rows: snapshot.rows.map((row) =>
        row.key === "market.gov.growth.near"
          ? { ...row, values: { ...row.values, [BUILT_IN_SCENARIO_NAMES.bull]: "n/a" } }
          : row,
      ),
    };
    expect(scenarioRanges(damaged).has("market.gov.growth.near")).toBe(false);
  });
});
