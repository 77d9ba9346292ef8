import { ModelError } from "../errors";

/**
 * Percentile of ascending `sorted` values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the convention of Excel's PERCENTILE.INC): P90 is the value not exceeded
 * with 90% probability.
 *
 * @example percentileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1))
    throw new ModelError("outOfRange", `percentile must be between 0 and 1 (got ${p}).`);
  const n = sorted.length;
  if (n === 0) throw new ModelError("notAvailable", "No values to take a percentile of.");
  const position = p * (n - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (position - below) * (high - low);
}
