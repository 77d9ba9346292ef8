import { startMonteCarlo, type MonteCarloOptions, type MonteCarloResult } from "../../model/risk/monteCarlo";
import type { ScenarioSet } from "../../model/scenarioInput";

export interface SliceControl {
  readonly onProgress: (completed: number, trials: number) => void;
  /** Aborting stops the run at the next slice; the promise then resolves undefined. */
  readonly signal: AbortSignal;
  /** Milliseconds of computing per slice: short enough that the pane stays responsive. */
  readonly sliceMs?: number;
  /** How to give the event loop back between slices (tests pass their own). */
  readonly yieldToEventLoop?: () => Promise<void>;
}

const DEFAULT_SLICE_MS = 25;
const FIRST_SLICE = 100;

function macrotask(): Promise<void> {
  // A macrotask, not a microtask: rendering and input events run before the next slice.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The engine's Monte Carlo in slices (startMonteCarlo().advance), yielding to the event loop
 * between them so progress renders and Cancel is heard. Slices are sized from the speed measured
 * so far, so a slow machine gets smaller ones.
 */
export async function runInSlices(
  set: ScenarioSet,
  options: MonteCarloOptions,
  control: SliceControl,
): Promise<MonteCarloResult | undefined> {
  const { onProgress, signal, sliceMs = DEFAULT_SLICE_MS, yieldToEventLoop = macrotask } = control;
  const run = startMonteCarlo(set, options);
  let slice = FIRST_SLICE;
  onProgress(0, run.trials);
  while (run.completed < run.trials) {
    await yieldToEventLoop();
    if (signal.aborted) return undefined;
    const started = performance.now();
    const before = run.completed;
    run.advance(slice);
    const elapsed = Math.max(performance.now() - started, 0.1);
    slice = Math.max(FIRST_SLICE, Math.round(((run.completed - before) / elapsed) * sliceMs));
    onProgress(run.completed, run.trials);
  }
  return run.result();
}
