/**
 * Round axis ticks spanning `min`…`max`: steps of 1, 2, 2.5 or 5 × 10ⁿ, about `count` intervals,
 * starting and ending on a step, so an axis reads 0 / 2,000 / 4,000 / 6,000 rather than
 * 0 / 2,130.1 / 4,260.3.
 */
export function niceTicks(min: number, max: number, count = 3): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max === min) return min === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const start = Math.floor(min / step + 1e-9) * step;
  const end = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  // toPrecision trims float noise (0.1 + 0.2); the bound keeps a degenerate input from looping long.
  for (let tick = start, i = 0; tick <= end + step / 2 && i < 50; tick += step, i++) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks;
}
