import { ModelError } from "../../../src/model/errors";
import { percentileOfSorted } from "../../../src/model/risk/percentile";

describe("percentileOfSorted (Excel PERCENTILE.INC convention)", () => {
  const values = Float64Array.of(1, 2, 3, 4, 10);

  it("interpolates between order statistics as Excel does", () => {
    // Excel: =PERCENTILE.INC({1,2,3,4,10}, 0.9) = 7.6; 0.5 → 3; 0.1 → 1.4; 0.25 → 2
    expect(percentileOfSorted(values, 0.9)).toBeCloseTo(7.6, 12);
    expect(percentileOfSorted(values, 0.5)).toBe(3);
    expect(percentileOfSorted(values, 0.1)).toBeCloseTo(1.4, 12);
    expect(percentileOfSorted(values, 0.25)).toBe(2);
    expect(percentileOfSorted(values, 0)).toBe(1);
    expect(percentileOfSorted(values, 1)).toBe(10);
  });

  it("rejects percentiles outside 0–1 and empty data", () => {
    expect(() => percentileOfSorted(values, 1.5)).toThrow(ModelError);
    expect(() => percentileOfSorted(values, Number.NaN)).toThrow(/between 0 and 1/);
    expect(() => percentileOfSorted(new Float64Array(0), 0.5)).toThrow(/No values/);
  });
});
