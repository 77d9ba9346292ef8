/**
 * Monte Carlo results shared by every SIMULATE cell of a calculation. A sheet asking for P10, P50
 * and P90 of 23 years makes 69 calls with the same table, trials and seed: the first starts the
 * simulation, the other 68 wait for the same run and read its sorted results. Keyed by content, so
 * a changed input cell (a new table) runs a new simulation and unchanged inputs never do.
 *
 * Memory: a simulation keeps every series when that fits in MAX_SIMULATION_BYTES (so cells asking
 * for different series share it too), otherwise the block of series that fits and holds the one
 * asked for (seriesGroup: 2 blocks at 100,000 trials of the built-in table); the cache holds at most
 * CACHE_BYTES of results, least recently used dropped first. Time: trials run in slices of about
 * SLICE_MS, giving the event loop back between them, because Excel runs custom functions in the
 * same process as the task pane and restarts an add-in that stops answering.
 */
import {
  checkMonteCarloOptions,
  seriesGroup,
  startMonteCarlo,
  type MonteCarloResult,
  type MonteCarloRun,
} from "../model/risk/monteCarlo";
import type { ScenarioSet } from "../model/scenarioInput";
import { ByteBudgetCache } from "./byteBudgetCache";

export const CACHE_BYTES = 256 * 2 ** 20;
const SLICE_MS = 20;
const FIRST_SLICE = 200;

const results = new ByteBudgetCache<Promise<MonteCarloResult>>(CACHE_BYTES);
let simulations = 0;

function macrotask(): Promise<void> {
  // setTimeout, not a resolved promise: a microtask would not let Excel or the pane run in between.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `run` to completion in time-boxed slices, yielding between them. */
async function runInSlices(run: MonteCarloRun): Promise<MonteCarloResult> {
  let slice = FIRST_SLICE;
  for (;;) {
    const started = performance.now();
    while (run.completed < run.trials && performance.now() - started < SLICE_MS) {
      const before = run.completed;
      const sliceStart = performance.now();
      run.advance(slice);
      const elapsed = Math.max(performance.now() - sliceStart, 0.05);
      slice = Math.max(FIRST_SLICE, Math.round(((run.completed - before) / elapsed) * (SLICE_MS / 4)));
    }
    if (run.completed >= run.trials) return run.result();
    await macrotask();
  }
}

/**
 * The simulation that answers `series` for (table, trials, seed): started on the first request,
 * shared by every later one while it stays in the cache. Rejects with the engine's ModelError
 * (an unknown series, a request that does not fit in memory with the trials that would).
 */
export function simulation(
  tableKey: string,
  set: ScenarioSet,
  series: string,
  trials: number,
  seed: number,
): Promise<MonteCarloResult> {
  checkMonteCarloOptions({ trials, seed });
  // Every series when it fits (one run then answers the whole sheet), else the block holding `series`.
  const { group, series: kept, bytes } = seriesGroup(set, trials, series);
  const key = JSON.stringify([tableKey, trials, seed, group]);
  const cached = results.get(key);
  if (cached) return cached;
  // Bad options and requests too large for memory throw here, before anything runs.
  const run = startMonteCarlo(set, { trials, seed, ...(kept ? { series: kept } : {}) });
  simulations += 1;
  const pending = runInSlices(run);
  results.set(key, pending, bytes);
  pending.catch(() => results.delete(key));
  return pending;
}

/** How many simulations have actually run: the benchmark and tests check sharing with it. */
export function simulationsRun(): number {
  return simulations;
}

/** Bytes of results the cache holds now (at most CACHE_BYTES). */
export function cachedSimulationBytes(): number {
  return results.bytes;
}

export function clearSimulations(): void {
  results.clear();
}
