import { runMonteCarlo } from "../../../src/model/risk/monteCarlo";
import { builtInScenarioSet } from "../../../src/model/scenarioInput";
import { runInSlices } from "../../../src/taskpane/risk/runInSlices";

describe("runInSlices", () => {
  test("gives the engine's result, reporting progress after every slice", async () => {
    const progress: number[] = [];
    let yields = 0;
    const result = await runInSlices(
      builtInScenarioSet(),
      { trials: 1000, seed: 7 },
      {
        signal: new AbortController().signal,
        onProgress: (done, total) => {
          expect(total).toBe(1000);
          progress.push(done);
        },
        sliceMs: 1,
        yieldToEventLoop: async () => {
          yields++;
        },
      },
    );
    const direct = runMonteCarlo(builtInScenarioSet(), { trials: 1000, seed: 7 });
    expect(result?.percentile("market.gov", 2030, 0.5)).toBe(direct.percentile("market.gov", 2030, 0.5));
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(yields).toBe(progress.length - 1);
  });

  test("stops at the next slice once aborted", async () => {
    const controller = new AbortController();
    const result = await runInSlices(
      builtInScenarioSet(),
      { trials: 5000 },
      {
        signal: controller.signal,
        onProgress: (done) => {
          if (done > 0) controller.abort();
        },
        yieldToEventLoop: async () => undefined,
      },
    );
    expect(result).toBeUndefined();
  });

  test("rejects options the engine rejects", async () => {
    await expect(
      runInSlices(
        builtInScenarioSet(),
        { trials: 5 },
        { signal: new AbortController().signal, onProgress: () => undefined },
      ),
    ).rejects.toThrow(/trials must be a whole number from 100/);
  });
});
