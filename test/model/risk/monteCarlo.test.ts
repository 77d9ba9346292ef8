import { ModelError } from "../../../src/model/errors";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import {
  checkMonteCarloOptions,
  generatorForSeed,
  runMonteCarlo,
  seriesGroup,
  simulationSize,
  startMonteCarlo,
} from "../../../src/model/risk/monteCarlo";
import { builtInScenarioSet, scenarioSetFromTable } from "../../../src/model/scenarioInput";
import { triangularInverse } from "../../../src/model/risk/triangular";
import { YEARS } from "../../../src/model/years";

const set = builtInScenarioSet();
const result = runMonteCarlo(set, { trials: 10_000, seed: 7 });

describe("Monte Carlo", () => {
  it("reproduces the analytic percentiles of a series that depends on one assumption", () => {
    // market.gov in 2022 = 813 × (1 + g), g ~ triangular(0.12, 0.20, 0.28) (bear, base, bull).
    // Its P-th percentile is 813 × (1 + F⁻¹(P)). With 10,000 Latin-hypercube trials the empirical
    // quantile is within ~1/10,000 in probability, so 1e-3 relative tolerance is ample.
    for (const p of [0.1, 0.5, 0.9]) {
      const expected = 813 * (1 + triangularInverse(p, 0.12, 0.2, 0.28));
      expect(Math.abs(result.percentile("market.gov", 2022, p) / expected - 1)).toBeLessThan(1e-3);
    }
  });

  it("keeps the 2021 anchor fixed in every trial", () => {
    expect(result.percentile("market.gov", 2021, 0)).toBe(813);
    expect(result.percentile("market.gov", 2021, 1)).toBe(813);
  });

  it("orders P10 ≤ P50 ≤ P90 for every series and year, inside the bear–bull hull where monotone", () => {
    for (const year of YEARS) {
      for (const series of ["market.gov", "vendor.revenue", "city.spend", "bridge.ratio"]) {
        const p10 = result.percentile(series, year, 0.1);
        const p50 = result.percentile(series, year, 0.5);
        const p90 = result.percentile(series, year, 0.9);
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(Number.isFinite(p10) && Number.isFinite(p90)).toBe(true);
      }
    }
  });

  it("gives the same numbers for the same seed and different ones for another seed", () => {
    const again = runMonteCarlo(set, { trials: 10_000, seed: 7 });
    const other = runMonteCarlo(set, { trials: 10_000, seed: 8 });
    expect(Array.from(again.sorted("vendor.revenue", 2030))).toEqual(
      Array.from(result.sorted("vendor.revenue", 2030)),
    );
    expect(other.percentile("vendor.revenue", 2030, 0.5)).not.toBe(
      result.percentile("vendor.revenue", 2030, 0.5),
    );
  });

  it("varies exactly the assumptions whose bear and bull differ", () => {
    expect(result.variedKeys).toContain("market.gov.growth.near");
    expect(result.variedKeys).not.toContain("market.gov.2021");
    expect(result.variedKeys).not.toContain("market.govShare.halfLife");
  });

  it("stratifies each assumption with Latin hypercube sampling", () => {
    // Every one of 100 equal-probability strata of g receives exactly one of 100 trials.
    const small = runMonteCarlo(set, { trials: 100, seed: 3 });
    const strata = new Set<number>();
    for (const value of small.sorted("market.gov", 2022)) {
      const g = value / 813 - 1;
      const u = g < 0.2 ? (g - 0.12) ** 2 / (0.16 * 0.08) : 1 - (0.28 - g) ** 2 / (0.16 * 0.08);
      strata.add(Math.min(99, Math.floor(u * 100 + 1e-9)));
    }
    expect(strata.size).toBe(100);
  });

  it("runs in slices for progress reporting and refuses a partial result", () => {
    const run = startMonteCarlo(set, { trials: 1_000, seed: 7 });
    // The first calls make the draws (one assumption per call at this count), then trials run.
    let calls = 0;
    while (run.advance(400) === 0) calls += 1;
    // 15 varied assumptions: 14 calls only draw; the 15th makes the last draws and runs 400 trials.
    expect(calls).toBe(14);
    expect(run.completed).toBe(400);
    expect(() => run.result()).toThrow(/400 of 1000/);
    expect(run.advance(10_000)).toBe(1_000);
    const sliced = run.result();
    const whole = runMonteCarlo(set, { trials: 1_000, seed: 7 });
    expect(sliced.percentile("city.spend", 2030, 0.9)).toBe(whole.percentile("city.spend", 2030, 0.9));
  });

  it("uses the table's own bear, base and bull values", () => {
    const table = scenarioSetFromTable([
      ["Key", "Bear", "Base", "Bull"],
      ["market.gov.growth.near", 0.2, 0.2, 0.2],
    ]);
    const fixed = runMonteCarlo(table, { trials: 100 });
    expect(fixed.percentile("market.gov", 2022, 0.01)).toBeCloseTo(813 * 1.2, 9);
    expect(fixed.percentile("market.gov", 2022, 0.99)).toBeCloseTo(813 * 1.2, 9);
  });

  it.each([
    [{ trials: 10 }, /trials must be a whole number from 100/],
    [{ trials: 1e7 }, /200000/],
    [{ trials: 500.5 }, /whole number/],
    [{ seed: 0.5 }, /seed must be a whole number/],
  ])("rejects options %p", (options, message) => {
    expect(() => runMonteCarlo(set, options)).toThrow(ModelError);
    expect(() => runMonteCarlo(set, options)).toThrow(message);
  });
});

describe("memory budget and seeds", () => {
  it("holds 8 bytes a trial per kept series-year and varied draw, within 128 MiB or refused", () => {
    // Built-in: 11 series × 23 years = 253 columns and 15 varied assumptions: 268 numbers a trial.
    expect(simulationSize(set, 200_000)).toEqual({ bytes: 200_000 * 268 * 8, trialsThatFit: 62_601 });
    // One series: 23 + 15 numbers a trial, so 200,000 trials (61 MB) fit.
    expect(simulationSize(set, 200_000, ["market.gov"]).bytes).toBe(200_000 * 38 * 8);
    expect(() => startMonteCarlo(set, { trials: 200_000 })).toThrow(
      /200000 trials of every series need 409 MB; at most 62601 trials fit in the 128 MB/,
    );
  });

  it("keeps only the series asked for, with the same values as a run of every series", () => {
    const one = runMonteCarlo(set, { trials: 500, seed: 9, series: ["city.spend"] });
    const all = runMonteCarlo(set, { trials: 500, seed: 9 });
    expect([...one.sorted("city.spend", 2030)]).toEqual([...all.sorted("city.spend", 2030)]);
    expect(() => one.sorted("market.gov", 2030)).toThrow(/did not keep market.gov/);
  });

  it("groups the series into blocks that fit when every series does not, the same blocks for every series of one", () => {
    // Every series fits at 62,601 trials or fewer: one group for all.
    expect(seriesGroup(set, 60_000, "vendor.govShare")).toEqual({
      group: "*",
      series: undefined,
      bytes: 60_000 * 268 * 8,
    });
    // 20 revenue-only vendors: 7 core + Tencent's 4 + 20 = 31 series to ask for, 15 + 40 varied draws.
    // At 50,000 trials 128 MiB holds floor(2^27 / 400,000) = 335 numbers a trial: 55 draws and
    // floor(280 / 23) = 12 series, capped at MAX_BLOCK_SERIES = 11 a block, so blocks of positions
    // 0–10 (core 0–6, Tencent 7–10), 11–21 (V0 … V10) and 22–30 (V11 … V19).
    const rows: unknown[][] = [["Key", "Bear", "Base", "Bull"]];
    for (let v = 0; v < 20; v++) {
      rows.push([`vendor.V${v}.revenue.2018`, 8, 10, 12], [`vendor.V${v}.revenue.2019`, 11, 12, 13]);
    }
    const vendors = scenarioSetFromTable(rows as never);
    const first = seriesGroup(vendors, 50_000, "market.gov");
    expect(first.group).toBe("0");
    expect(first.series).toHaveLength(11);
    expect(first.bytes).toBe(50_000 * 8 * (55 + 11 * 23));
    expect(first.bytes).toBeLessThanOrEqual(2 ** 27);
    const middle = seriesGroup(vendors, 50_000, "VENDOR.v1.Revenue");
    expect(middle.group).toBe("1");
    expect(seriesGroup(vendors, 50_000, "vendor.V10.revenue")).toEqual(middle);
    const last = seriesGroup(vendors, 50_000, "vendor.V11.revenue");
    expect(last.group).toBe("2");
    expect(last.series).toHaveLength(9);
    expect(seriesGroup(vendors, 50_000, "vendor.V19.revenue")).toEqual(last);
    // Every series the user can ask for is in exactly one block.
    expect([...(first.series ?? []), ...(middle.series ?? []), ...(last.series ?? [])]).toHaveLength(31);
    expect(() => seriesGroup(vendors, 50_000, "vendor.V20.revenue")).toThrow(/Unknown series|vendor/);
  });

  it("seeds below 2^32 draw what pure-rand's xoroshiro128plus(seed) draws; larger seeds stay distinct", () => {
    for (const seed of [0, 1, 42, 2 ** 31, 2 ** 32 - 1]) {
      const ours = generatorForSeed(seed);
      const theirs = xoroshiro128plus(seed);
      for (let i = 0; i < 5; i++) expect(ours.next()).toBe(theirs.next());
    }
    const first = (seed: number) => generatorForSeed(seed).next();
    const seeds = [1, 2 ** 32 + 1, 2 ** 33 + 1, Number.MAX_SAFE_INTEGER, -1, -(2 ** 32) - 1];
    expect(new Set(seeds.map((seed) => JSON.stringify(generatorForSeed(seed).getState()))).size).toBe(
      seeds.length,
    );
    expect(first(1)).not.toBe(first(2 ** 32 + 1));
    expect(() => checkMonteCarloOptions({ seed: 2 ** 53 })).toThrow(/9007199254740991/);
  });
});
