import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { anchorPlan } from "../anchoring";
import { ModelError } from "../errors";
import { inputPlan, inputsFromValues, planVendors } from "../inputs";
import { effectiveKey, scenarioValue } from "../scenario";
import type { ScenarioSet } from "../scenarioInput";
import { computeSeries, resolveSeries, seriesKeys, seriesLayout, type SeriesLayout } from "../series";
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
  /**
   * The series whose trial values the result keeps (every year of each); all series when omitted.
   * Memory is trials × kept series × 23 years × 8 bytes, so a caller that needs one series asks
   * for one.
   */
  readonly series?: readonly string[];
}

export const DEFAULT_TRIALS = 10_000;
/** Fixed so that cells agree on every recalculation and every machine. */
export const DEFAULT_SEED = 1;
export const MIN_TRIALS = 100;
export const MAX_TRIALS = 200_000;
/**
 * The most memory one simulation may hold: the draws of every varied assumption and the kept
 * series-years, 8 bytes a trial each. In Excel the simulation shares the process with the task
 * pane and the workbook, and Office restarts an add-in that runs out of memory; a request above
 * this budget is refused with the number of trials that would fit.
 */
export const MAX_SIMULATION_BYTES = 128 * 2 ** 20;
/** The most series a block of seriesGroup keeps: the built-in table's 7 core and 4 vendor series. */
export const MAX_BLOCK_SERIES = 11;

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
  /**
   * Computes up to `count` more trials; returns how many are complete. The first calls may make
   * the random draws instead (one assumption's per `trials` of count) and complete no trial.
   */
  advance(count: number): number;
  /** The result; all trials must be complete. */
  result(): MonteCarloResult;
}

type CheckedOptions = Required<Omit<MonteCarloOptions, "series">>;

export function checkMonteCarloOptions(options: MonteCarloOptions): CheckedOptions {
  const trials = options.trials ?? DEFAULT_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(trials) || trials < MIN_TRIALS || trials > MAX_TRIALS) {
    throw new ModelError("outOfRange", {
      en: `trials must be a whole number from ${MIN_TRIALS} to ${MAX_TRIALS} (got ${trials}).`,
      zh: `模拟次数必须是 ${MIN_TRIALS} 到 ${MAX_TRIALS} 之间的整数(当前为 ${trials})。`,
    });
  }
  if (!Number.isSafeInteger(seed)) {
    throw new ModelError("outOfRange", {
      en: `seed must be a whole number between -(2^53 - 1) and 2^53 - 1 = 9007199254740991 (got ${seed}).`,
      zh: `随机种子必须是 -(2^53 - 1) 到 2^53 - 1 = 9007199254740991 之间的整数(当前为 ${seed})。`,
    });
  }
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

type Generator = ReturnType<typeof xoroshiro128plusFromState>;

/**
 * xoroshiro128+ seeded with all 53 bits of `seed`. pure-rand's `xoroshiro128plus(seed)` keeps only
 * the low 32 bits (seeds 1 and 2^32 + 1 gave the same numbers); its state for seed s is
 * (-1, ~s, s, 0), so putting the high word where the zeros were keeps every seed below 2^32 on
 * the numbers it always gave and makes every other seed distinct.
 */
export function generatorForSeed(seed: number): Generator {
  const high = Math.floor(seed / 2 ** 32);
  const low = seed - high * 2 ** 32; // 0 ≤ low < 2^32
  return xoroshiro128plusFromState([~high, ~low, low | 0, high | 0]);
}

/** Uniforms in [0, 1) for one assumption: stratified and shuffled, or plain. */
function drawUniforms(rng: Generator, uniforms: Float64Array, sampling: Sampling): void {
  const trials = uniforms.length;
  if (sampling === "random") {
    for (let t = 0; t < trials; t++) uniforms[t] = uniformFloat64(rng);
    return;
  }
  for (let t = 0; t < trials; t++) uniforms[t] = (t + uniformFloat64(rng)) / trials;
  for (let t = trials - 1; t > 0; t--) {
    const other = uniformInt(rng, 0, t);
    const swap = uniforms[t] ?? 0;
    uniforms[t] = uniforms[other] ?? 0;
    uniforms[other] = swap;
  }
}

function variedSpreads(set: ScenarioSet): Spread[] {
  return spreads(set).filter((a) => a.max > a.min);
}

/** The flat-layout column (series offset + year) of every year of each kept series. */
function keptColumns(layout: SeriesLayout, series: readonly string[] | undefined): number[] {
  const all = layout.seriesCount * YEAR_COUNT;
  if (series === undefined) return Array.from({ length: all }, (_, column) => column);
  const columns = new Set<number>();
  for (const key of series) {
    const { offset } = resolveSeries(layout, key);
    for (let year = 0; year < YEAR_COUNT; year++) columns.add(offset + year);
  }
  return [...columns].sort((a, b) => a - b);
}

/** Bytes a simulation of `trials` trials holds: 8 per trial for each varied draw and kept column. */
function simulationBytes(trials: number, variedCount: number, columnCount: number): number {
  return trials * 8 * (variedCount + columnCount);
}

/**
 * What a simulation of `set` would cost, and how many trials fit in MAX_SIMULATION_BYTES; callers
 * use it to choose between keeping every series and only the one asked for.
 */
export function simulationSize(
  set: ScenarioSet,
  trials: number,
  series?: readonly string[],
): { readonly bytes: number; readonly trialsThatFit: number } {
  const layout = seriesLayout(planVendors([...set.base.values.keys()]));
  const perTrial = simulationBytes(1, variedSpreads(set).length, keptColumns(layout, series).length);
  return { bytes: trials * perTrial, trialsThatFit: Math.floor(MAX_SIMULATION_BYTES / perTrial) };
}

/**
 * The series a simulation asked for `series` should keep so that as few simulations as memory
 * allows answer a whole sheet: every series when they fit in MAX_SIMULATION_BYTES (`group` "*"),
 * otherwise the fixed block of consecutive series holding `series`, as many per block as fit (at
 * most MAX_BLOCK_SERIES).
 * Blocks depend only on the table and trials, so every cell asking for a series of one block
 * shares one run; each series' numbers are the same whichever block computed them (same seed, same
 * draws). Throws the engine's error for an unknown series.
 */
export function seriesGroup(
  set: ScenarioSet,
  trials: number,
  series: string,
): { readonly group: string; readonly series: readonly string[] | undefined; readonly bytes: number } {
  const layout = seriesLayout(planVendors([...set.base.values.keys()]));
  const { offset } = resolveSeries(layout, series);
  const drawsPerTrial = variedSpreads(set).length;
  const allColumns = layout.seriesCount * YEAR_COUNT;
  if (simulationBytes(trials, drawsPerTrial, allColumns) <= MAX_SIMULATION_BYTES) {
    return { group: "*", series: undefined, bytes: simulationBytes(trials, drawsPerTrial, allColumns) };
  }
  const columnsThatFit = Math.floor(MAX_SIMULATION_BYTES / (8 * trials)) - drawsPerTrial;
  // At least the one series asked for: if even that does not fit, startMonteCarlo says how many trials would.
  // At most as many as the built-in table has: each trial writes every kept series-year to its own
  // column (strided memory), so a block of 31 series made a one-cell answer ten times slower.
  const perGroup = Math.max(1, Math.min(MAX_BLOCK_SERIES, Math.floor(columnsThatFit / YEAR_COUNT)));
  // Blocks of the series a user can ask for (a vendor without contract data has no govShare), in layout order.
  const available = seriesKeys(layout);
  const position = available.findIndex((key) => resolveSeries(layout, key).offset === offset);
  const group = Math.floor(Math.max(0, position) / perGroup);
  const kept = available.slice(group * perGroup, (group + 1) * perGroup);
  return {
    group: String(group),
    series: kept,
    bytes: simulationBytes(trials, drawsPerTrial, kept.length * YEAR_COUNT),
  };
}

function checkBudget(trials: number, perTrial: number, series: readonly string[] | undefined): void {
  const bytes = trials * perTrial;
  if (bytes <= MAX_SIMULATION_BYTES) return;
  const fit = Math.floor(MAX_SIMULATION_BYTES / perTrial);
  const what =
    series === undefined
      ? { en: "every series", zh: "所有序列" }
      : { en: series.join(", "), zh: series.join("、") };
  const needed = Math.ceil(bytes / 2 ** 20);
  const budget = MAX_SIMULATION_BYTES / 2 ** 20;
  throw new ModelError(
    "resourceLimit",
    fit >= MIN_TRIALS
      ? {
          en: `${trials} trials of ${what.en} need ${needed} MB; at most ${fit} trials fit in the ${budget} MB a simulation may use. Ask for ${fit} trials or fewer.`,
          zh: `对${what.zh}模拟 ${trials} 次需要 ${needed} MB;一次模拟最多可用 ${budget} MB,只够 ${fit} 次。请把模拟次数设为 ${fit} 次或更少。`,
        }
      : {
          en: `This table has too many varied assumptions to simulate: even ${MIN_TRIALS} trials need more than ${budget} MB.`,
          zh: `此表中变动的假设太多,无法模拟:即使只模拟 ${MIN_TRIALS} 次也需要超过 ${budget} MB。`,
        },
  );
}

export function startMonteCarlo(set: ScenarioSet, options: MonteCarloOptions = {}): MonteCarloRun {
  const { trials, seed, sampling } = checkMonteCarloOptions(options);
  const varied = variedSpreads(set);
  const layout = seriesLayout(planVendors([...set.base.values.keys()]));
  // Base's anchors (issue 12) hold in every trial: actuals are facts, not drawn.
  const anchors = anchorPlan(set.base.values, layout.vendors);
  const columns = keptColumns(layout, options.series);
  // Checked before anything is allocated: a request too large is an answer, not an out-of-memory crash.
  checkBudget(trials, simulationBytes(1, varied.length, columns.length), options.series);

  const rng = generatorForSeed(seed);
  const draws = varied.map(() => new Float64Array(trials));
  // Draws are made one assumption at a time from inside advance(), in the same order as ever, so
  // a caller that runs in slices never waits for all of them at once (20 vendors × 200,000 trials
  // took over a second).
  let drawn = 0;
  const drawNext = (): void => {
    const a = varied[drawn];
    const column = draws[drawn];
    if (!a || !column) return;
    drawUniforms(rng, column, sampling);
    for (let t = 0; t < trials; t++) column[t] = triangularInverse(column[t] ?? 0, a.min, a.mode, a.max);
    drawn += 1;
  };

  const stride = layout.seriesCount * YEAR_COUNT;
  const trialSeries = new Float64Array(stride);
  // Column-major: each kept series-year's trials are contiguous, so a percentile sorts them in place.
  const results = new Float64Array(trials * columns.length);
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
      // While draws remain to be made, a call makes those its count of trials would cost and returns.
      if (drawn < varied.length) {
        const budget = Math.max(1, Math.ceil(Math.max(0, count) / trials));
        for (let i = 0; i < budget && drawn < varied.length; i++) drawNext();
        if (drawn < varied.length) return completed;
      }
      const end = Math.min(trials, completed + Math.max(0, Math.floor(count)));
      for (let t = completed; t < end; t++) {
        for (let j = 0; j < variedSlots.length; j++) {
          slotValues[variedSlots[j] ?? 0] = slotDraws[j]?.[t] ?? Number.NaN;
        }
        computeSeries(inputsFromValues(plan, slotValues), trialSeries, 0, anchors);
        for (let c = 0; c < columns.length; c++)
          results[c * trials + t] = trialSeries[columns[c] ?? 0] ?? Number.NaN;
      }
      completed = end;
      // The draws are not needed once every trial has run: let them go before the result is kept.
      if (completed === trials) slotDraws.length = 0;
      return completed;
    },
    result() {
      if (completed < trials) {
        throw new ModelError("notAvailable", {
          en: `The simulation has run ${completed} of ${trials} trials.`,
          zh: `模拟已完成 ${trials} 次中的 ${completed} 次。`,
        });
      }
      return monteCarloResult(layout, results, columns, { trials, seed, sampling }, varied);
    },
  };
  return run;
}

export function runMonteCarlo(set: ScenarioSet, options: MonteCarloOptions = {}): MonteCarloResult {
  const run = startMonteCarlo(set, options);
  while (run.completed < run.trials) run.advance(run.trials);
  return run.result();
}

function monteCarloResult(
  layout: SeriesLayout,
  results: Float64Array,
  columns: readonly number[],
  options: CheckedOptions,
  varied: readonly Spread[],
): MonteCarloResult {
  const { trials } = options;
  const position = new Map(columns.map((column, index) => [column, index]));
  const sortedColumns = new Set<number>();
  const sorted = (series: string, year: number): Float64Array => {
    const { offset, info } = resolveSeries(layout, series);
    const index = position.get(offset + yearIndex(checkYear(year)));
    if (index === undefined) {
      throw new ModelError("notAvailable", {
        en: `This simulation did not keep ${info.key}; run one for it.`,
        zh: `此次模拟没有保留 ${info.key};请为它单独运行一次模拟。`,
      });
    }
    const values = results.subarray(index * trials, (index + 1) * trials);
    if (!sortedColumns.has(index)) {
      // In place: the trial order is not needed once the run is complete, and a copy would double memory.
      values.sort();
      sortedColumns.add(index);
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
