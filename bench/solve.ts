/**
 * SOLVE benchmark (`npm run bench`), on the bundled code: (i) filling a column with SOLVE, each
 * call with its own copy of a 30-row scenario range as Excel passes it. Each call solves a
 * different year, target and assumption, so nothing but the parsed range is reused.
 */
import * as GOVCLOUD from "../src/functions/functions";
import { clearScenarioCaches } from "../src/functions/scenarioArgument";
import { scenarioFromRows } from "../src/model/scenarioInput";
import { compileForecast } from "../src/model/forecast";
import { scenarioRange } from "./functions";
import { bestOf, consume, report } from "./measure";

const CALLS = 600;
const call = GOVCLOUD as unknown as Record<string, (...args: unknown[]) => number>;
/** Assumption and series pairs of different kinds (market, vendor, city). */
const CASES: readonly [string, string][] = [
  ["market.gov.growth.near", "market.gov"],
  ["market.govShare.longRun", "market.total"],
  ["vendor.Alibaba.revenue.terminalGrowth", "vendor.Alibaba.revenue"],
  ["city.budget.growth", "city.spend"],
];

export function solveBenchmark(): void {
  const range = scenarioRange();
  const forecast = compileForecast(scenarioFromRows(range));
  const requests = Array.from({ length: CALLS }, (_, i) => {
    const [assumption, series] = CASES[i % CASES.length]!;
    const year = 2025 + (i % 16);
    // Targets 0.8×–1.2× the scenario's own value: within reach for these pairs.
    const target = forecast.value(series, year) * (0.8 + ((i * 7) % 41) / 100);
    return { assumption, series, year, target, range: structuredClone(range) };
  });
  let failed = 0;
  const ms = bestOf(3, () => {
    clearScenarioCaches();
    failed = 0;
    let sum = 0;
    for (const r of requests) {
      try {
        sum += call.solve!(r.series, r.year, r.target, r.assumption, r.range);
      } catch {
        failed += 1;
      }
    }
    consume(sum);
  });
  report([
    [
      `(i) SOLVE with a ${range.length}-row range, per call (${CALLS} calls)`,
      `${((ms * 1000) / CALLS).toFixed(0)} µs`,
      "≤ 2000 µs",
    ],
    ["    calls out of reach (#N/A)", String(failed), "0"],
  ]);
}
