/**
 * Custom-function benchmarks (`npm run bench`), on the bundled code:
 *  (d) 10,000 MARKET / VENDOR / CITY calls, each with its own copy of a 30-row scenario range as
 *      Excel passes it, against the engine doing the same work for the same range (parse, compile,
 *      look up) and against a bare look-up in an already compiled forecast;
 *  (e) 69 SIMULATE cells (P10/P50/P90 × 23 years) over one table: total time, simulations run.
 */
import * as GOVCLOUD from "../src/functions/functions";
import { clearScenarioCaches } from "../src/functions/scenarioArgument";
import { clearSimulations, simulationsRun } from "../src/functions/simulationCache";
import { compileForecast } from "../src/model/forecast";
import { scenarioFromRows } from "../src/model/scenarioInput";
import { YEARS } from "../src/model/years";
import { bestOf, consume, report } from "./measure";

const CALLS = 10_000;

/** GC_BASE-like: Key | Assumption | Unit | Base, a header and 29 rows (25 built-in, 4 for a user vendor). */
export function scenarioRange(): unknown[][] {
  const listed = (GOVCLOUD.assumptions as (...args: unknown[]) => unknown[][])(null, null).map((row) =>
    row.slice(0, 4),
  );
  return [
    ...listed,
    ["vendor.Alibaba.revenue.2018", "Alibaba cloud revenue 2018", "亿 CNY", 213],
    ["vendor.Alibaba.revenue.2019", "Alibaba cloud revenue 2019", "亿 CNY", 355],
    ["vendor.Alibaba.revenue.terminalGrowth", "", "fraction", 0.1],
    ["vendor.Alibaba.fade.halfLife", "", "years", 1.5],
  ];
}

type Call = (range: unknown[][], i: number) => number;
const call = GOVCLOUD as unknown as Record<string, (...args: unknown[]) => number>;
const CALLS_BY_KIND: Call[] = [
  (range, i) => call.market!(2018 + (i % 23), null, range),
  (range, i) => call.vendor!("Alibaba", "revenue", 2018 + (i % 23), range),
  (range, i) => call.city!("spend", 2018 + (i % 23), range),
];
const SERIES = ["market.gov", "vendor.Alibaba.revenue", "city.spend"];

export async function functionsBenchmark(): Promise<void> {
  const range = scenarioRange();
  // Excel gives every call its own deserialised copy of the range.
  const copies = Array.from({ length: CALLS }, () => structuredClone(range));
  const functionsMs = bestOf(5, () => {
    clearScenarioCaches();
    let sum = 0;
    for (let i = 0; i < CALLS; i++) sum += CALLS_BY_KIND[i % 3]!(copies[i]!, i);
    consume(sum);
  });
  const engineMs = bestOf(3, () => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) {
      sum += compileForecast(scenarioFromRows(copies[i]!)).value(SERIES[i % 3]!, 2018 + (i % 23));
    }
    consume(sum);
  });
  const compiled = compileForecast(scenarioFromRows(range));
  const lookupMs = bestOf(5, () => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) sum += compiled.value(SERIES[i % 3]!, 2018 + (i % 23));
    consume(sum);
  });

  const table = [
    ["Key", "Bear", "Base", "Bull"],
    ...range.slice(1, 26).map((row) => [row[0], ...bearBaseBull(row[0] as string)]),
  ];
  clearSimulations();
  const before = simulationsRun();
  const simulateStart = process.hrtime.bigint();
  for (const p of [0.1, 0.5, 0.9]) {
    for (const year of YEARS)
      consume(
        await (call.simulate!(
          "market.gov",
          year,
          p,
          structuredClone(table),
          null,
          null,
        ) as unknown as Promise<number>),
      );
  }
  const simulateMs = Number(process.hrtime.bigint() - simulateStart) / 1e6;

  const perCall = (ms: number) => `${((ms * 1000) / CALLS).toFixed(2)} µs`;
  report([
    [`(d) MARKET/VENDOR/CITY with a ${range.length}-row range, per call`, perCall(functionsMs)],
    ["    engine for the same range (parse, compile, look up)", perCall(engineMs)],
    ["    ratio", (functionsMs / engineMs).toFixed(2), "≤ 2"],
    ["    engine look-up in a compiled forecast", perCall(lookupMs)],
    ["    ratio to the bare look-up", (functionsMs / lookupMs).toFixed(1)],
    ["(e) 69 SIMULATE cells over one table (10,000 trials)", `${simulateMs.toFixed(0)} ms`],
    ["    simulations run", String(simulationsRun() - before), "1"],
  ]);
}

function bearBaseBull(key: string): number[] {
  return ["bear", "base", "bull"].map((scenario) => call.assumption!(key, [[scenario]]));
}
