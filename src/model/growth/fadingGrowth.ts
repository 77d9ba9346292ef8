/**
 * Fading growth: a rate that starts at `initial` and decays exponentially towards `terminal`,
 * `g_t = g_inf + (g_0 − g_inf)·e^(−λt)` with `λ = ln 2 / halfLife`, so half of the gap between
 * today's growth and the long-run rate closes every `halfLife` years. This is the usual way to
 * fade a young company's or market's growth to a mature rate (Damodaran, "Investment Valuation",
 * ch. 12: declining-growth models).
 *
 * @example fadingGrowthRate(0, 0.86, 0.1, 1.5) // 0.86, the observed rate
 */
export function fadingGrowthRate(t: number, initial: number, terminal: number, halfLife: number): number {
  return terminal + (initial - terminal) * Math.exp((-Math.LN2 / halfLife) * t);
}

/** The yearly decay factor `e^(−λ)` of the gap, for stepping a path one year at a time. */
export function fadeFactor(halfLife: number): number {
  return Math.exp(-Math.LN2 / halfLife);
}

/**
 * Writes a path grown year by year at a fading rate: `out[from] = start`, the first step grows at
 * `firstRate`, and each later step's gap to `terminal` is `e^(−λ)` times the previous one, i.e.
 * step k grows at `fadingGrowthRate(k − 1, firstRate, terminal, halfLife)`. Stepping the gap by a
 * constant factor lets a spreadsheet row reproduce the path with one formula.
 */
export function writeFadingPath(
  out: Float64Array,
  from: number,
  to: number,
  start: number,
  firstRate: number,
  terminal: number,
  halfLife: number,
): void {
  const factor = fadeFactor(halfLife);
  let gap = firstRate - terminal;
  let value = start;
  out[from] = value;
  for (let i = from + 1; i <= to; i++) {
    value *= 1 + terminal + gap;
    gap *= factor;
    out[i] = value;
  }
}
