/**
 * Monte Carlo results shared by every SIMULATE cell of a calculation. A sheet asking for P10, P50
 * and P90 of 23 years makes 69 calls with the same table, trials and seed: the first runs the
 * simulation, the other 68 read its sorted results. Keyed by content, so a changed input cell (a
 * new table) runs a new simulation and unchanged inputs never do.
 */
import { runMonteCarlo, type MonteCarloResult } from "../model/risk/monteCarlo";
import type { ScenarioSet } from "../model/scenarioInput";
import { ContentCache } from "./contentCache";

/** Each result holds trials × series × years numbers (20 MB at 10,000 trials): keep a few. */
const results = new ContentCache<MonteCarloResult>(4);
let simulations = 0;

export function simulation(
  tableKey: string,
  set: ScenarioSet,
  trials: number,
  seed: number,
): MonteCarloResult {
  return results.get(JSON.stringify([tableKey, trials, seed]), () => {
    simulations += 1;
    return runMonteCarlo(set, { trials, seed });
  });
}

/** How many simulations have actually run: the benchmark and tests check sharing with it. */
export function simulationsRun(): number {
  return simulations;
}

export function clearSimulations(): void {
  results.clear();
}
