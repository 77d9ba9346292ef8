/**
 * Engine benchmarks (`npm run bench`): run on the bundled code, as it ships.
 *  (a) one market.gov projection through the public API vs a bare 813·(1+g)^(y−2021);
 *  (b) a 100,000-trial × 23-year Monte Carlo, every series computed and market.gov kept, vs the
 *      bare loop in bareModel.ts doing the same (same draws count, recurrences and kept numbers);
 *  (c) peak memory of the process;
 *  (d)–(e) in functions.ts, (f)–(h) in robustness.ts, (i) in solve.ts.
 */
import { compileForecast, createScenario, runMonteCarlo, scenarioValue } from "../src/model";
import { inputPlan, planVendors } from "../src/model/inputs";
import { builtInScenarioSet } from "../src/model/scenarioInput";
import { bareMonteCarlo } from "./bareModel";
import { functionsBenchmark } from "./functions";
import { solveBenchmark } from "./solve";
import { robustnessBenchmark } from "./robustness";
import { bestOf, consume, megabytes, report } from "./measure";

const PROJECTIONS = 1_000_000;
const TRIALS = 100_000;

function projectionBenchmark(): [number, number] {
  const scenario = createScenario("base", [{ key: "market.gov.growth.near", value: 0.21 }]);
  compileForecast(scenario);
  const engineMs = bestOf(5, () => {
    let sum = 0;
    for (let i = 0; i < PROJECTIONS; i++)
      sum += compileForecast(scenario).value("market.gov", 2022 + (i % 19));
    consume(sum);
  });
  const growth = scenarioValue(scenario, "market.gov.growth.near");
  const bareMs = bestOf(5, () => {
    let sum = 0;
    for (let i = 0; i < PROJECTIONS; i++) sum += 813 * Math.pow(1 + growth, 1 + (i % 19));
    consume(sum);
  });
  return [(engineMs * 1e6) / PROJECTIONS, (bareMs * 1e6) / PROJECTIONS];
}

/** Monte Carlo runs of each side, after one warm-up. */
const RUNS = 10;

function monteCarloBenchmark(): [number, number, number] {
  const set = builtInScenarioSet();
  const plan = inputPlan(planVendors([...set.base.values.keys()]));
  const spreads = plan.keys.map((key) => {
    const values = [scenarioValue(set.bear, key), scenarioValue(set.base, key), scenarioValue(set.bull, key)];
    return { min: Math.min(...values), mode: values[1] ?? 0, max: Math.max(...values) };
  });
  let percentile = 0;
  // Steady state for both: V8 takes several 100,000-trial runs to finish optimising the engine's
  // larger code (run 1 ≈ 500 ms, run 4 ≈ 320 ms, run 8 ≈ 170 ms, measured with --cpu-prof), and the
  // bare loop, once optimised, is as fast from its second run. The best of ten runs after a warm-up.
  const engineMs = bestOf(RUNS, () => {
    // Every series is computed in every trial; only market.gov is kept (all of them at 100,000
    // trials would exceed the 128 MB a simulation may hold, which is what SIMULATE does too).
    const result = runMonteCarlo(set, { trials: TRIALS, seed: 1, series: ["market.gov"] });
    percentile = result.percentile("market.gov", 2030, 0.9);
  });
  // The same work: every series computed, market.gov (series 0) kept, 100,000 × 23 numbers.
  const bareMs = bestOf(RUNS, () => consume(bareMonteCarlo(spreads, TRIALS, 1, 0)[0] ?? 0));
  return [engineMs, bareMs, percentile];
}

/** Time and typed-array memory a kept result costs, at growing trial counts: both should grow linearly. */
async function scalingBenchmark(): Promise<[string, string][]> {
  const set = builtInScenarioSet();
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  // V8 frees typed-array memory after a collection, off the main thread: give it a moment.
  const collect = async () => {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
  const rows: [string, string][] = [];
  for (const trials of [15_000, 30_000, 60_000]) {
    await collect(); // so earlier results do not blur the figure (npm run bench passes --expose-gc)
    const before = process.memoryUsage().arrayBuffers;
    const start = process.hrtime.bigint();
    const result = runMonteCarlo(set, { trials, seed: 1 }); // every series kept: 60,000 is near the budget
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const bytes = process.memoryUsage().arrayBuffers - before;
    consume(result.trials);
    rows.push([
      `    ${trials.toLocaleString("en")} trials`,
      `${ms.toFixed(0)} ms, ${megabytes(bytes)} (${(bytes / trials / 23).toFixed(0)} bytes per trial-year, all series)`,
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  const [engineNs, bareNs] = projectionBenchmark();
  const [mcMs, bareMcMs, p90] = monteCarloBenchmark();
  const scaling = await scalingBenchmark();

  console.log(`GovCloud Forecast engine benchmark — node ${process.version}, ${process.arch}`);
  report([
    ["(a) market.gov projection, public API", `${engineNs.toFixed(1)} ns`],
    ["    bare 813·(1+g)^(y−2021)", `${bareNs.toFixed(1)} ns`],
    ["    ratio", `${(engineNs / bareNs).toFixed(2)}`, "≤ 3"],
    [
      `(b) Monte Carlo ${TRIALS.toLocaleString("en")} trials × 23 years, all series computed, one kept`,
      `${mcMs.toFixed(0)} ms`,
      "≤ 1000 ms",
    ],
    ["    bare typed-array loop, same draws, recurrences and kept series", `${bareMcMs.toFixed(0)} ms`],
    ["    ratio", `${(mcMs / bareMcMs).toFixed(2)}`, "≤ 3"],
    ["    P90 market.gov 2030 (sanity)", `${p90.toFixed(1)} 亿 CNY`],
    ["(c) peak resident memory so far", megabytes(process.resourceUsage().maxRSS * 1024)],
    ["    Monte Carlo scaling (one run each, typed arrays held by the result)", ""],
    ...scaling,
  ]);
  await functionsBenchmark();
  solveBenchmark();
  await robustnessBenchmark();
}

void main();
