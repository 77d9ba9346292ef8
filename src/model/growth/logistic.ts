/**
 * Logistic S-curve `K / (1 + e^(−r(t − t_mid)))`: slow start, fastest growth at `midpoint`,
 * saturation at `capacity` (Verhulst 1838). The symmetric alternative to Bass diffusion when no
 * split into innovators and imitators is wanted.
 *
 * @example logistic(2025, 1000, 0.5, 2025) // 500
 */
export function logistic(t: number, capacity: number, rate: number, midpoint: number): number {
  return capacity / (1 + Math.exp(-rate * (t - midpoint)));
}

/** The time at which the curve reaches `value`, the inverse of `logistic` for 0 < value < capacity. */
export function logisticTimeOf(value: number, capacity: number, rate: number, midpoint: number): number {
  return midpoint - Math.log(capacity / value - 1) / rate;
}
