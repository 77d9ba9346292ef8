/**
 * Bass diffusion (Bass 1969), discrete-time form: of a market of `m` potential adopters, the
 * number adopting in a year is `(p + q·N/m)·(m − N)`, where `N` adopted before, `p` is the
 * coefficient of innovation and `q` of imitation. Meta-analysis averages p ≈ 0.03, q ≈ 0.38
 * (Sultan, Farley & Lehmann 1990). The discrete form is what a spreadsheet row computes, so the
 * engine uses it rather than the continuous closed form.
 *
 * With 0 ≤ p, q and p + q ≤ 1 the step maps [0, m] into [0, m]: adopters never exceed the market.
 */
export function bassStep(adopted: number, market: number, p: number, q: number): number {
  return adopted + (p + (q * adopted) / market) * (market - adopted);
}

/** Writes cumulative adopters from `out[from] = start` stepping one year at a time up to `to`. */
export function writeBassPath(
  out: Float64Array,
  from: number,
  to: number,
  start: number,
  market: number,
  p: number,
  q: number,
): void {
  let adopted = start;
  out[from] = adopted;
  for (let i = from + 1; i <= to; i++) {
    adopted = bassStep(adopted, market, p, q);
    out[i] = adopted;
  }
}

/**
 * Continuous-time Bass cumulative adoption share F(t) = (1 − e^(−(p+q)t)) / (1 + (q/p)·e^(−(p+q)t))
 * for a market starting from zero at t = 0; used to check the discrete form converges to it.
 */
export function bassCumulativeShare(t: number, p: number, q: number): number {
  const decay = Math.exp(-(p + q) * t);
  return (1 - decay) / (1 + (q / p) * decay);
}
