import { fadeFactor, fadingGrowthRate, writeFadingPath } from "../../../src/model/growth/fadingGrowth";

describe("fadingGrowthRate", () => {
  it("starts at the initial rate and halves the gap every half-life", () => {
    expect(fadingGrowthRate(0, 0.86, 0.1, 1.5)).toBeCloseTo(0.86, 15);
    // After one half-life the gap 0.76 is halved: 0.1 + 0.38.
    expect(fadingGrowthRate(1.5, 0.86, 0.1, 1.5)).toBeCloseTo(0.48, 12);
    expect(fadingGrowthRate(3, 0.86, 0.1, 1.5)).toBeCloseTo(0.29, 12);
    expect(fadingGrowthRate(200, 0.86, 0.1, 1.5)).toBeCloseTo(0.1, 12);
  });

  it("fades upward when the initial rate is below the terminal rate", () => {
    expect(fadingGrowthRate(2, -0.1, 0.05, 2)).toBeCloseTo(-0.025, 12);
  });
});

describe("writeFadingPath", () => {
  it("grows the first step at the first rate and later steps at faded rates", () => {
    const out = new Float64Array(4);
    writeFadingPath(out, 0, 3, 100, 0.2, 0.06, 5);
    // Hand calculation: e^(−ln2/5) = 0.8705505633; rates 0.2, 0.06 + 0.14·0.87055 = 0.181877…,
    // 0.06 + 0.14·0.87055² = 0.166100…
    const f = Math.pow(0.5, 1 / 5);
    expect(fadeFactor(5)).toBeCloseTo(0.8705505632961241, 14);
    expect(out[0]).toBe(100);
    expect(out[1]).toBeCloseTo(120, 12);
    expect(out[2]).toBeCloseTo(120 * (1 + 0.06 + 0.14 * f), 10);
    expect(out[3]).toBeCloseTo(120 * (1 + 0.06 + 0.14 * f) * (1 + 0.06 + 0.14 * f * f), 10);
    expect(out[2]! / out[1]! - 1).toBeCloseTo(fadingGrowthRate(1, 0.2, 0.06, 5), 12);
  });
});
