import { logistic, logisticTimeOf } from "../../../src/model/growth/logistic";

describe("logistic", () => {
  it("is half the capacity at the midpoint and saturates", () => {
    expect(logistic(2025, 1000, 0.5, 2025)).toBe(500);
    // Hand calculation: 1000 / (1 + e^(−1)) = 731.0585786
    expect(logistic(2027, 1000, 0.5, 2025)).toBeCloseTo(731.0585786300049, 9);
    expect(logistic(2100, 1000, 0.5, 2025)).toBeCloseTo(1000, 9);
    expect(logistic(1950, 1000, 0.5, 2025)).toBeCloseTo(0, 9);
  });

  it("is symmetric about the midpoint", () => {
    expect(logistic(2020, 800, 0.7, 2025) + logistic(2030, 800, 0.7, 2025)).toBeCloseTo(800, 9);
  });

  it("inverts with logisticTimeOf", () => {
    expect(logisticTimeOf(logistic(2031.5, 1000, 0.4, 2026), 1000, 0.4, 2026)).toBeCloseTo(2031.5, 9);
  });
});
