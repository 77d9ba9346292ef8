/**
 * Robustness benchmarks (`npm run bench`, issue 9), on the bundled code:
 *  (f) SIMULATE through the function path (cache, slices) at 10k, 100k and 200k trials, with the
 *      built-in table and with a table of 20 user vendors: time, the longest stretch without
 *      yielding to the event loop, and peak typed-array memory of the run;
 *  (g) the cache's bytes after all of them;
 *  (h) one MARKET call (best of three, cold caches) with a scenario range of 1,000 and of 5,000 user
 *      vendors.
 */
import * as GOVCLOUD from "../src/functions/functions";
import { clearScenarioCaches } from "../src/functions/scenarioArgument";
import { CACHE_BYTES, cachedSimulationBytes, clearSimulations } from "../src/functions/simulationCache";
import { MAX_SIMULATION_BYTES } from "../src/model/risk/monteCarlo";
import { bestOf, consume, megabytes, report } from "./measure";

const call = GOVCLOUD as unknown as Record<string, (...args: unknown[]) => unknown>;

/** An inputs table (GC_TABLE shape) with `count` user vendors whose observed revenues vary bear to bull. */
function vendorTable(count: number): unknown[][] {
  const rows: unknown[][] = [["Key", "Assumption", "Unit", "Bear", "Base", "Bull"]];
  for (let v = 0; v < count; v++) {
    rows.push([`vendor.V${v}.revenue.2018`, "", "亿 CNY", 8, 10, 12]);
    rows.push([`vendor.V${v}.revenue.2019`, "", "亿 CNY", 11, 12, 13]);
  }
  return rows;
}

/** A GC_BASE-shaped range (Key | Assumption | Unit | Base) with `count` user vendors. */
function vendorRange(count: number): unknown[][] {
  const rows: unknown[][] = [["Key", "Assumption", "Unit", "Base"]];
  for (let v = 0; v < count; v++) {
    rows.push([`vendor.V${v}.revenue.2018`, "", "亿 CNY", 10 + (v % 7)]);
    rows.push([`vendor.V${v}.revenue.2019`, "", "亿 CNY", 12 + (v % 5)]);
  }
  return rows;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
async function settle(): Promise<void> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200)); // V8 frees typed arrays after a collection
}

async function simulateRun(
  label: string,
  table: unknown,
  trials: number,
): Promise<[string, string, string?][]> {
  clearSimulations();
  await settle();
  const before = process.memoryUsage().arrayBuffers;
  let peak = before;
  let longest = 0;
  let last = performance.now();
  const sampler = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  }, 1);
  const start = performance.now();
  let outcome: string;
  try {
    const value = await call.simulate!("market.gov", 2030, 0.9, table, trials, 7);
    consume(value as number);
    outcome = `${(performance.now() - start).toFixed(0)} ms`;
  } catch (error) {
    outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  return [
    [`    ${label}, ${trials.toLocaleString("en")} trials`, outcome],
    [
      "      peak typed-array memory of the run",
      megabytes(peak - before),
      `≤ ${megabytes(MAX_SIMULATION_BYTES)}`,
    ],
    ["      longest stretch without yielding", `${longest.toFixed(0)} ms`, "≤ 100 ms"],
  ];
}

/**
 * One MARKET call over a range of `count` vendors, from cold caches each time: the best of three
 * after a warm-up, as the other timings are (a single call's time varies with garbage collection by
 * more than the ratio's margin).
 */
function vendorCallMs(count: number): number {
  const range = vendorRange(count);
  return bestOf(3, () => {
    clearScenarioCaches();
    consume(call.market!(2030, null, range) as number);
  });
}

export async function robustnessBenchmark(): Promise<void> {
  const rows: [string, string, string?][] = [["(f) SIMULATE through the function path (cache, slices)", ""]];
  for (const [label, table] of [
    ["built-in table", null],
    ["20 user vendors", vendorTable(20)],
  ] as const) {
    for (const trials of [10_000, 100_000, 200_000]) rows.push(...(await simulateRun(label, table, trials)));
  }
  // The cache after a sheet of five seeds at 100,000 trials: bounded by bytes, least recently used first.
  clearSimulations();
  for (let seed = 1; seed <= 5; seed++) await call.simulate!("market.gov", 2030, 0.5, null, 100_000, seed);
  rows.push([
    "(g) simulation cache after 5 seeds × 100,000 trials",
    megabytes(cachedSimulationBytes()),
    `≤ ${megabytes(CACHE_BYTES)}`,
  ]);
  clearSimulations();
  const [thousand, fiveThousand] = [vendorCallMs(1000), vendorCallMs(5000)];
  rows.push(
    ["(h) MARKET with a range of 1,000 user vendors, one call (best of 3)", `${thousand.toFixed(0)} ms`],
    ["    with 5,000 user vendors (main: 39 s)", `${fiveThousand.toFixed(0)} ms`, "≤ 2000 ms"],
    ["    ratio 5,000 / 1,000 (linear: 5)", (fiveThousand / thousand).toFixed(1), "≤ 7"],
  );
  report(rows);
}
