import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * The comparison for the Monte Carlo benchmark: the same model written as one flat loop over
 * typed arrays, with no engine abstractions — plain random triangular draws of the same number of
 * assumptions, then the same recurrences for every series and year, written into one
 * trial-major Float64Array of the same size as the engine's. What the engine adds on top of this
 * (scenario resolution, Latin hypercube shuffling, structured inputs) is what the ratio measures.
 */
export interface Spread {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

function triangular(u: number, { min, mode, max }: Spread): number {
  const width = max - min;
  if (width <= 0) return mode;
  return u < (mode - min) / width
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode));
}

const YEARS = 23;
const SERIES = 11;

/**
 * `spreads` in the order: market 8, city 6, Tencent (revenue, contracts, projects) × 3, halfLife, cap.
 * Every series is computed in every trial, as the engine does. With `keptSeries` (an index in the
 * order above) only that series' years are kept, contiguous per year as the engine keeps them
 * (trials × 23 numbers); without it every series is kept, trial-major (trials × 11 × 23).
 */
export function bareMonteCarlo(
  spreads: readonly Spread[],
  trials: number,
  seed: number,
  keptSeries?: number,
): Float64Array {
  const rng = xoroshiro128plus(seed);
  const v = new Float64Array(spreads.length);
  const out = new Float64Array(trials * (keptSeries === undefined ? SERIES : 1) * YEARS);
  const scratch = new Float64Array(SERIES * YEARS);
  for (let t = 0; t < trials; t++) {
    for (let j = 0; j < spreads.length; j++) {
      const spread = spreads[j]!;
      v[j] = spread.max > spread.min ? triangular(uniformFloat64(rng), spread) : spread.mode;
    }
    const row = scratch;
    const gov21 = v[0]!;
    const total21 = v[1]!;
    const hist = v[2]!;
    const near = v[3]!;
    const term = v[4]!;
    const half = v[5]!;
    const shareInf = v[6]!;
    const shareHalf = v[7]!;
    // market.gov (series 0), total (1), share (2)
    let g = gov21;
    for (let i = 2; i >= 0; i--) row[i] = g /= 1 + hist;
    const f = Math.exp(-Math.LN2 / half);
    let gap = near - term;
    g = gov21;
    row[3] = g;
    for (let i = 4; i < YEARS; i++) {
      g *= 1 + term + gap;
      gap *= f;
      row[i] = g;
    }
    const fs = Math.exp(-Math.LN2 / shareHalf);
    let sg = gov21 / total21 - shareInf;
    for (let i = 0; i < YEARS; i++) {
      if (i > 3) sg *= fs;
      row[2 * YEARS + i] = shareInf + sg;
      row[YEARS + i] = row[i]! / (shareInf + sg);
    }
    // cities (3), budget (4), spend (5), ratio (6)
    const m = v[8]!;
    const a = v[9]!;
    const p = v[10]!;
    const q = v[11]!;
    const b19 = v[12]!;
    const bg = v[13]!;
    let n = a * m;
    let b = b19 / (1 + bg);
    for (let i = 0; i < YEARS; i++) {
      if (i > 0) {
        n += (p + (q * n) / m) * (m - n);
        b *= 1 + bg;
      }
      row[3 * YEARS + i] = n;
      row[4 * YEARS + i] = b;
      row[5 * YEARS + i] = n * b;
      row[6 * YEARS + i] = (n * b) / row[i]!;
    }
    // vendor revenue (7), contracts (8), projects (9), share (10)
    const fv = Math.exp(-Math.LN2 / v[23]!);
    const cap = v[24]!;
    for (let k = 0; k < 3; k++) {
      const v0 = v[14 + 3 * k]!;
      const v1 = v[15 + 3 * k]!;
      const gT = v[16 + 3 * k]!;
      const base = (7 + k) * YEARS;
      row[base] = v0;
      row[base + 1] = v1;
      let value = v1;
      let vg = v1 / v0 - 1 - gT;
      for (let i = 2; i < YEARS; i++) {
        vg *= fv;
        value *= 1 + gT + vg;
        if (k === 1) value = Math.min(value, cap * row[i]!);
        row[base + i] = value;
      }
    }
    for (let i = 0; i < YEARS; i++) row[10 * YEARS + i] = row[8 * YEARS + i]! / row[i]!;
    if (keptSeries === undefined) out.set(row, t * SERIES * YEARS);
    else for (let i = 0; i < YEARS; i++) out[i * trials + t] = row[keptSeries * YEARS + i]!;
  }
  return out;
}
