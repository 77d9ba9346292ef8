import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { anchorPlan } from "../anchoring";
import { ModelError } from "../errors";
import { inputPlan, inputsFromValues, planVendors } from "../inputs";
import { effectiveKey, scenarioValue } from "../scenario";
import type { ScenarioSet } from "../scenarioInput";
import { computeSeries, resolveSeries, seriesLayout, type SeriesLayout } from "../series";
import { YEAR_COUNT, checkYear, yearIndex } from "../years";
import { percentileOfSorted } from "./percentile";
import { triangularInverse } from "./triangular";

/**
 * Monte Carlo over the assumptions: each assumption is drawn from a triangular distribution
 * spanning its bear, base (mode) and bull values, independently of the others; every series is
 * computed for every trial. Latin hypercube sampling by default (McKay, Beckman & Conover 1979):
 * each assumption's draws cover its distribution in `trials` equal-probability strata, so
 * percentiles settle with fewer trials than plain random sampling.
 *
 * Deterministic: the same set, trials, seed and sampling give the same numbers, drawn from
 * pure-rand's xoroshiro128+ seeded with `seed`.
 */
export type Sampling = "latinHypercube" | "random";

export interface MonteCarloOptions {
  readonly trials?: number;
  readonly seed?: number;
  readonly sampling?: Sampling;
}

export const DEFAULT_TRIALS = 10_000;
/** Fixed so that cells agree on every recalculation and every machine. */
export const DEFAULT_SEED = 1;
export const MIN_TRIALS = 100;
/** Every trial keeps every series-year (8 bytes each); this bounds memory to ~0.5 GB at worst. */
export const MAX_TRIALS = 200_000;

export interface MonteCarloResult {
  readonly trials: number;
  readonly seed: number;
  readonly sampling: Sampling;
  /** The assumptions that varied (bear ≠ bull), in catalogue order. */
  readonly variedKeys: readonly string[];
  /** All trial values of `series` in `year`, ascending. */
  sorted(series: string, year: number): Float64Array;
  /** Percentile `p` (0–1) of `series` in `year`; see `percentileOfSorted` for the convention. */
  percentile(series: string, year: number, p: number): number;
}

/** A run that can be advanced in slices, so a user interface can show progress and cancel. */
export interface MonteCarloRun {
  readonly trials: number;
  readonly completed: number;
  /** Computes up to `count` more trials; returns how many are complete. */
  advance(count: number): number;
  /** The result; all trials must be complete. */
  result(): MonteCarloResult;
}

export function checkMonteCarloOptions(options: MonteCarloOptions): Required<MonteCarloOptions> {
  const trials = options.trials ?? DEFAULT_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(trials) || trials < MIN_TRIALS || trials > MAX_TRIALS) {
    throw new ModelError(
      "outOfRange",
      `trials must be a whole number from ${MIN_TRIALS} to ${MAX_TRIALS} (got ${trials}).`,
    );
  }
  if (!Number.isSafeInteger(seed))
    throw new ModelError("outOfRange", `seed must be a whole number (got ${seed}).`);
  return { trials, seed, sampling: options.sampling ?? "latinHypercube" };
}

interface Spread {
  readonly key: string;
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

function spreads(set: ScenarioSet): Spread[] {
  return [...set.base.values.keys()].map((key) => {
    const bear = scenarioValue(set.bear, key);
    const base = scenarioValue(set.base, key);
    const bull = scenarioValue(set.bull, key);
    return { key, min: Math.min(bear, base, bull), mode: base, max: Math.max(bear, base, bull) };
  });
}

/** Uniforms in [0, 1) for one assumption: stratified and shuffled, or plain. */
function drawUniforms(
  rng: ReturnType<typeof xoroshiro128plus>,
  trials: number,
  sampling: Sampling,
): Float64Array {
  const uniforms = new Float64Array(trials);
  if (sampling === "random") {
    for (let t = 0; t < trials; t++) uniforms[t] = uniformFloat64(rng);
    return uniforms;
  }
  for (let t = 0; t < trials; t++) uniforms[t] = (t + uniformFloat64(rng)) / trials;
  for (let t = trials - 1; t > 0; t--) {
    const other = uniformInt(rng, 0, t);
    const swap = uniforms[t] ?? 0;
    uniforms[t] = uniforms[other] ?? 0;
    uniforms[other] = swap;
  }
  return uniforms;
}

export function startMonteCarlo(set: ScenarioSet, options: MonteCarloOptions = {}): MonteCarloRun {
  const { trials, seed, sampling } = checkMonteCarloOptions(options);
  const assumptions = spreads(set);
  const varied = assumptions.filter((a) => a.max > a.min);
  const rng = xoroshiro128plus(seed);
  const draws = varied.map((a) => {
    const uniforms = drawUniforms(rng, trials, sampling);
    for (let t = 0; t < trials; t++) uniforms[t] = triangularInverse(uniforms[t] ?? 0, a.min, a.mode, a.max);
    return uniforms;
  });

  const layout = seriesLayout(planVendors([...set.base.values.keys()]));
  // Base's anchors (issue 12) hold in every trial: actuals are facts, not drawn.
  const anchors = anchorPlan(set.base.values, layout.vendors);
  const stride = layout.seriesCount * YEAR_COUNT;
  const results = new Float64Array(trials * stride);
  // Each input slot the model reads is either a constant or one varied assumption's draws.
  const plan = inputPlan(layout.vendors);
  const slotValues = new Float64Array(plan.keys.map((key) => scenarioValue(set.base, key)));
  const spreadIndex = new Map(varied.map((a, i) => [a.key, i]));
  const variedSlots: number[] = [];
  const slotDraws: Float64Array[] = [];
  plan.keys.forEach((key, slot) => {
    const index = spreadIndex.get(effectiveKey(set.base, key));
    const column = index === undefined ? undefined : draws[index];
    if (column) {
      variedSlots.push(slot);
      slotDraws.push(column);
    }
  });

  let completed = 0;
  const run: MonteCarloRun = {
    trials,
    get completed() {
      return completed;
    },
    advance(count) {
      const end = Math.min(trials, completed + Math.max(0, Math.floor(count)));
      for (let t = completed; t < end; t++) {
        for (let j = 0; j < variedSlots.length; j++) {
          slotValues[variedSlots[j] ?? 0] = slotDraws[j]?.[t] ?? Number.NaN;
        }
        computeSeries(inputsFromValues(plan, slotValues), results, t * stride, anchors);
      }
      completed = end;
      return completed;
    },
    result() {
      if (completed < trials) {
        throw new ModelError("notAvailable", `The simulation has run ${completed} of ${trials} trials.`);
      }
      return monteCarloResult(layout, results, { trials, seed, sampling }, varied);
    },
  };
  return run;
}

export function runMonteCarlo(set: ScenarioSet, options: MonteCarloOptions = {}): MonteCarloResult {
  const run = startMonteCarlo(set, options);
  run.advance(run.trials);
  return run.result();
}

function monteCarloResult(
  layout: SeriesLayout,
  results: Float64Array,
  options: Required<MonteCarloOptions>,
  varied: readonly Spread[],
): MonteCarloResult {
  const stride = layout.seriesCount * YEAR_COUNT;
  const sortedColumns = new Map<number, Float64Array>();
  const sorted = (series: string, year: number): Float64Array => {
    const column = resolveSeries(layout, series).offset + yearIndex(checkYear(year));
    let values = sortedColumns.get(column);
    if (!values) {
      values = new Float64Array(options.trials);
      for (let t = 0; t < options.trials; t++) values[t] = results[t * stride + column] ?? Number.NaN;
      values.sort();
      sortedColumns.set(column, values);
    }
    return values;
  };
  return {
    ...options,
    variedKeys: varied.map((a) => a.key),
    sorted,
    percentile: (series, year, p) => percentileOfSorted(sorted(series, year), p),
  };
}
