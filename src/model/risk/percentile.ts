import { ModelError } from "../errors";

/**
 * Percentile of ascending `sorted` values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the convention of Excel's PERCENTILE.INC): P90 is the value not exceeded
 * with 90% probability.
 *
 * @example percentileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new ModelError("outOfRange", {
      en: `percentile must be between 0 and 1 (got ${p}).`,
      zh: `百分位必须介于 0 和 1 之间(当前为 ${p})。`,
    });
  }
  const n = sorted.length;
  if (n === 0) {
    throw new ModelError("notAvailable", {
      en: "No values to take a percentile of.",
      zh: "没有可计算百分位的数值。",
    });
  }
  const position = p * (n - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (position - below) * (high - low);
}
