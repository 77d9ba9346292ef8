import { niceTicks } from "../../../src/taskpane/charts/niceTicks";

describe("round axis ticks", () => {
  test("the forecast chart's span (0 … 4,260.3, the Base market in 2035) gets ticks of 2,000", () => {
    // Before, the axis read 0 / 2,130.1 / 4,260.3: the span's ends and its middle.
    expect(niceTicks(0, 4260.3)).toEqual([0, 2000, 4000, 6000]);
  });

  test("steps are 1, 2, 2.5 or 5 × 10ⁿ and cover both ends", () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0, 0.151)).toEqual([0, 0.1, 0.2]);
    expect(niceTicks(-120, 80)).toEqual([-200, -100, 0, 100]);
    for (const [min, max] of [
      [0, 7],
      [0, 99.9],
      [0, 1234567],
      [-3.3, 0],
    ] as const) {
      const ticks = niceTicks(min, max);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-9)).toBe(true);
    }
  });

  test("a flat or non-finite span still gives an axis", () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(5, 5)).toEqual([0, 5]);
    expect(niceTicks(Number.NaN, 1)).toEqual([0]);
  });
});
