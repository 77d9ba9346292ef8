import { bassCumulativeShare, bassStep, writeBassPath } from "../../../src/model/growth/bass";

describe("bassStep", () => {
  it("adds (p + q·N/m)(m − N) adopters", () => {
    // Hand calculation with the engine's base case: N = 120 of m = 1000, p = 0.03, q = 0.38:
    // (0.03 + 0.38 × 0.12) × 880 = 0.0756 × 880 = 66.528 → 186.528
    expect(bassStep(120, 1000, 0.03, 0.38)).toBeCloseTo(186.528, 10);
  });

  it("starts a new market at p·m and never passes m", () => {
    expect(bassStep(0, 1000, 0.03, 0.38)).toBeCloseTo(30, 12);
    expect(bassStep(1000, 1000, 0.03, 0.38)).toBe(1000);
    expect(bassStep(999, 1000, 0.5, 0.5)).toBeLessThanOrEqual(1000);
  });
});

describe("writeBassPath", () => {
  it("approaches the continuous Bass curve for a fine enough step", () => {
    // The discrete form is Euler's method on dN/dt = (p + qN/m)(m − N); with m = 1 and 1000
    // steps a year it must agree with the closed form F(t) within Euler's O(step) error.
    const stepsPerYear = 1000;
    const p = 0.03 / stepsPerYear;
    const q = 0.38 / stepsPerYear;
    const out = new Float64Array(10 * stepsPerYear + 1);
    writeBassPath(out, 0, out.length - 1, 0, 1, p, q);
    expect(out[out.length - 1]).toBeCloseTo(bassCumulativeShare(10, 0.03, 0.38), 3);
  });

  it("is increasing and bounded by the market", () => {
    const out = new Float64Array(30);
    writeBassPath(out, 0, 29, 50, 1000, 0.03, 0.38);
    for (let i = 1; i < out.length; i++) {
      expect(out[i]!).toBeGreaterThanOrEqual(out[i - 1]!);
      expect(out[i]!).toBeLessThanOrEqual(1000);
    }
  });
});

describe("bassCumulativeShare", () => {
  it("matches a hand calculation", () => {
    // F(5) with p = 0.03, q = 0.38: e^(−2.05) = 0.128735; (1 − 0.128735) / (1 + 12.6667 × 0.128735)
    // = 0.871265 / 2.630645 = 0.331195
    expect(bassCumulativeShare(5, 0.03, 0.38)).toBeCloseTo(0.331195, 5);
  });
});
