/** Timing helpers for the benchmarks: best of several runs, after a warm-up, in one process. */
export function bestOf(runs: number, work: () => void): number {
  work();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

export function report(rows: readonly (readonly [string, string, string?])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value, target] of rows) {
    console.log(`${label.padEnd(width)}  ${value}${target ? `   (target ${target})` : ""}`);
  }
}

/** Keeps a result alive so the optimiser cannot drop the loop that made it. */
export let sink = 0;
export function consume(value: number): void {
  sink += value;
}
