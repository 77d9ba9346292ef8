import { triangularInverse, triangularMean } from "../../../src/model/risk/triangular";

describe("triangularInverse", () => {
  it("maps the ends and the mode's probability to min, mode and max", () => {
    expect(triangularInverse(0, 0.12, 0.2, 0.28)).toBeCloseTo(0.12, 15);
    expect(triangularInverse(0.5, 0.12, 0.2, 0.28)).toBeCloseTo(0.2, 15);
    expect(triangularInverse(1, 0.12, 0.2, 0.28)).toBeCloseTo(0.28, 15);
  });

  it("matches hand-computed quantiles of a skewed triangle", () => {
    // min 0, mode 1, max 4: F(mode) = 1/4. u = 0.1 → sqrt(0.1 × 4 × 1) = 0.632456; u = 0.9 →
    // 4 − sqrt(0.1 × 4 × 3) = 4 − 1.095445 = 2.904555
    expect(triangularInverse(0.1, 0, 1, 4)).toBeCloseTo(0.6324555320336759, 12);
    expect(triangularInverse(0.9, 0, 1, 4)).toBeCloseTo(2.904554884989668, 12);
  });

  it("returns the mode when the distribution has no width", () => {
    expect(triangularInverse(0.3, 1000, 1000, 1000)).toBe(1000);
  });

  it("has the mean (min + mode + max) / 3 by numerical integration", () => {
    const n = 100_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += triangularInverse((i + 0.5) / n, 0, 1, 4);
    expect(sum / n).toBeCloseTo(triangularMean(0, 1, 4), 4);
  });
});
