/**
 * Inverse CDF of the triangular distribution on [min, max] with peak at `mode`: maps a uniform
 * `u` in [0, 1) to a draw. The triangular spans a bear/base/bull triple with no other parameter,
 * which is why risk analysts use it for three-point estimates (Vose, "Risk Analysis", 3rd ed., §9.1).
 *
 * @example triangularInverse(0.5, 0, 1, 2) // 1
 */
export function triangularInverse(u: number, min: number, mode: number, max: number): number {
  const width = max - min;
  if (width <= 0) return mode;
  const modeAt = (mode - min) / width;
  return u < modeAt
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode));
}

/** Mean of the triangular distribution, (min + mode + max) / 3. */
export function triangularMean(min: number, mode: number, max: number): number {
  return (min + mode + max) / 3;
}
