import * as declared from "../../src/functions/functions";
import { cachedSimulationBytes, clearSimulations, simulationsRun } from "../../src/functions/simulationCache";
import { MAX_SIMULATION_BYTES } from "../../src/model/risk/monteCarlo";
import { compileForecast } from "../../src/model/forecast";
import { builtInScenario } from "../../src/model/scenario";
import { triangularInverse } from "../../src/model/risk/triangular";

/**
 * The functions as Excel sees them: any value in any argument (null for an omitted optional, "" for
 * an empty cell), whatever the TypeScript signature says.
 */
const GOVCLOUD = declared as unknown as {
  [K in keyof typeof declared]: (...args: unknown[]) => ReturnType<(typeof declared)[K]>;
};

/** Calls a function and returns the CustomFunctions.Error it throws. */
function excelError(call: () => unknown): CustomFunctions.Error {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw new Error(`threw something other than a CustomFunctions.Error: ${String(error)}`, { cause: error });
  }
  throw new Error("expected an Excel error");
}

const base = compileForecast(builtInScenario("base"));
const bull = compileForecast(builtInScenario("bull"));

// Expected values: the article's figures, or base-case values hand-checked in test/model/forecast.test.ts.
describe("called as Excel calls them", () => {
  it.each([
    ["omitted optionals (null)", () => GOVCLOUD.market(2021, null, null), 813],
    ["empty segment cell", () => GOVCLOUD.market(2021, "", null), 813],
    ["year typed as text", () => GOVCLOUD.market(" 2022 ", null, null), 813 * 1.2],
    ["total market", () => GOVCLOUD.market(2021, "TOTAL", null), 1858],
    ["share as a fraction", () => GOVCLOUD.market(2021, "share", null), 813 / 1858],
    ["scenario as [[text]]", () => GOVCLOUD.market(2022, null, [["Bull"]]), 813 * 1.28],
    ["scenario in Chinese", () => GOVCLOUD.market(2022, null, [["悲观"]]), 813 * 1.12],
    ["scenario as plain text", () => GOVCLOUD.market(2022, null, "bear"), 813 * 1.12],
    ["Tencent revenue 2019 (article)", () => GOVCLOUD.vendor("Tencent", "revenue", 2019, null), 170],
    ["Tencent contracts 2018 (article)", () => GOVCLOUD.vendor("tencent", "govcontracts", 2018, null), 7.97],
    ["Tencent projects 2019 (article)", () => GOVCLOUD.vendor("Tencent", "govProjects", "2019", null), 151],
    ["cities 2018 = 12% of 1000", () => GOVCLOUD.city("cities", 2018, null), 120],
    ["budget 2019 = midpoint of 0.30–0.40", () => GOVCLOUD.city("budget", 2019, null), 0.35],
    ["growth 2022 = base near growth", () => GOVCLOUD.growth("market.gov", 2022, null), 0.2],
    ["assumption from built-in bull", () => GOVCLOUD.assumption("market.gov.growth.near", [["bull"]]), 0.28],
    ["CAGR of Tencent Cloud 2018→2019", () => GOVCLOUD.cagr(91, 170, 1), 170 / 91 - 1],
    ["CAGR with text numbers", () => GOVCLOUD.cagr("100", "121", "2"), 0.1],
    ["BASELINE value", () => GOVCLOUD.baseline("caict.govCloud.2021", null), 813],
  ])("%s", (_, call, expected) => {
    expect(call()).toBeCloseTo(expected, 9);
  });

  it("reads a scenario range: first column keys, last column values, header and empty rows skipped", () => {
    const range = [
      ["Key", "Assumption", "Base"],
      ["market.gov.growth.near", "Gov-cloud market growth in 2022", 0.3],
      ["", "", ""],
    ];
    expect(GOVCLOUD.market(2022, null, range)).toBeCloseTo(813 * 1.3, 9);
    expect(GOVCLOUD.assumption("market.gov.growth.near", range)).toBe(0.3);
    // Unchanged keys keep built-in base.
    expect(GOVCLOUD.assumption("market.gov.growth.terminal", range)).toBe(0.06);
  });

  it("supports a user-defined vendor from the scenario range", () => {
    const range = [
      ["vendor.Alibaba.revenue.2018", 213],
      ["vendor.Alibaba.revenue.2019", 355],
    ];
    expect(GOVCLOUD.vendor("Alibaba", "revenue", 2019, range)).toBe(355);
    expect(GOVCLOUD.vendor("Alibaba", "revenue", 2020, range)).toBeGreaterThan(355);
    expect(excelError(() => GOVCLOUD.vendor("Alibaba", "govShare", 2020, range)).message).toMatch(
      /Alibaba has no govContracts observations/,
    );
  });
});

describe("errors", () => {
  it.each([
    ["an empty year", () => GOVCLOUD.market("", null, null), "#VALUE!", /year is empty/],
    ["a date serial", () => GOVCLOUD.market(46023, null, null), "#VALUE!", /YEAR\(/],
    ["a year out of range", () => GOVCLOUD.market(2050, null, null), "#VALUE!", /2018–2040/],
    ["a fractional year", () => GOVCLOUD.market(2025.5, null, null), "#VALUE!", /whole year/],
    ["a boolean year", () => GOVCLOUD.market(true, null, null), "#VALUE!", /year must be a number/],
    ["an unknown segment", () => GOVCLOUD.market(2025, "private", null), "#VALUE!", /segment "private"/],
    [
      "an unknown scenario",
      () => GOVCLOUD.market(2025, null, [["optimistic"]]),
      "#VALUE!",
      /bear, base or bull/,
    ],
    [
      "an unknown vendor",
      () => GOVCLOUD.vendor("Huawei", "revenue", 2025, null),
      "#VALUE!",
      /Unknown vendor/,
    ],
    ["an unknown series", () => GOVCLOUD.growth("market.private", 2025, null), "#VALUE!", /Unknown series/],
    ["growth in the first year", () => GOVCLOUD.growth("market.gov", 2018, null), "#VALUE!", /2019/],
    [
      "an unknown baseline key",
      () => GOVCLOUD.baseline("caict.govCloud.2012", null),
      "#N/A",
      /caict\.govCloud\.2021/,
    ],
    [
      "an unknown assumption",
      () => GOVCLOUD.assumption("market.gov.growth", null),
      "#VALUE!",
      /Unknown assumption/,
    ],
    [
      "fromYear after toYear",
      () => GOVCLOUD.projection("market.gov", 2030, 2025, null, null),
      "#VALUE!",
      /after toYear/,
    ],
    [
      "a percentile above 1",
      () => GOVCLOUD.simulate("market.gov", 2030, 90, null, null, null),
      "#VALUE!",
      /0\.9 for P90/,
    ],
    [
      "a percentile of 1.5",
      () => GOVCLOUD.simulate("market.gov", 2030, 1.5, null, null, null),
      "#VALUE!",
      /between 0 and 1/,
    ],
    ["too few trials", () => GOVCLOUD.simulate("market.gov", 2030, 0.5, null, 5, null), "#VALUE!", /trials/],
    ["a CAGR from zero", () => GOVCLOUD.cagr(0, 10, 1), "#VALUE!", /begin value/],
    [
      "a table without scenario columns",
      () =>
        GOVCLOUD.tornado(
          "market.gov",
          2030,
          [
            ["Key", "Value"],
            ["city.bass.p", 0.1],
          ],
          null,
        ),
      "#VALUE!",
      /Bear, Base and Bull/,
    ],
  ])("%s", (_, call, code, message) => {
    const error = excelError(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("names the key and row of a bad scenario cell", () => {
    const text = excelError(() => GOVCLOUD.market(2025, null, [["city.bass.p", "high"]]));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toMatch(/city\.bass\.p \(row 1 of the scenario range\)/);
    const bounds = excelError(() =>
      GOVCLOUD.market(2025, null, [
        ["Key", "Value"],
        ["city.bass.q", 0.9],
      ]),
    );
    expect(bounds.code).toBe("#VALUE!");
    expect(bounds.message).toMatch(/city\.bass\.q \(row 2 of the scenario range\) is 0\.9/);
    const unknown = excelError(() => GOVCLOUD.market(2025, null, [["city.bass.x", 0.2]]));
    expect(unknown.code).toBe("#VALUE!");
    expect(unknown.message).toMatch(/city\.bass\.x/);
  });

  it("GROWTH from a year whose value is 0 says growth is undefined rather than giving a number", () => {
    // The fuzz found it: adoption 0 (its lower bound) leaves no city spending in 2018.
    const error = excelError(() =>
      GOVCLOUD.growth("city.spend", 2019, [
        ["Key", "Assumption", "Base"],
        ["city.adoption.2018", "label", 0],
      ]),
    );
    expect(["#VALUE!", "#N/A"]).toContain(error.code);
    expect(error.message).toMatch(/city\.spend is 0 in 2018, so growth in 2019 is undefined/);
  });

  it("GROWTH from a value next to 0 (the smallest double) overflows and says so rather than giving Infinity", () => {
    // The fuzz found it too: adoption 5e-324 leaves 2018's spending a subnormal, and 2019 ÷ 2018 is Infinity.
    const error = excelError(() =>
      GOVCLOUD.growth("city.spend", 2019, [
        ["Key", "Assumption", "Base"],
        ["city.adoption.2018", "label", 5e-324],
      ]),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/not a finite number \(Infinity\): check the scenario's assumptions/);
  });
});

describe("spilled tables", () => {
  it("BASELINES lists the 42 article figures with a header, in either language", () => {
    const en = GOVCLOUD.baselines(null);
    expect(en).toHaveLength(43);
    expect(en[0]).toEqual(["Key", "Label", "Value", "Unit", "As of", "Kind", "Quote"]);
    expect(en.find((row) => row[0] === "caict.govCloud.2021")?.[2]).toBe(813);
    expect(GOVCLOUD.baselines("zh-CN")[0]?.[0]).toBe("键");
  });

  it("ASSUMPTIONS gives Key…Value that round-trips as a scenario range", () => {
    const table = GOVCLOUD.assumptions([["bull"]], null);
    expect(table[0]).toEqual(["Key", "Assumption", "Unit", "Value", "Kind"]);
    const keyToValue = table.map((row) => row.slice(0, 4));
    // The bull values on top of built-in base reproduce bull.
    expect(GOVCLOUD.market(2030, null, keyToValue)).toBeCloseTo(bull.value("market.gov", 2030), 9);
    const kinds = new Set(table.slice(1).map((row) => row[4]));
    expect(kinds).toEqual(new Set(["article figure", "assumption"]));
  });

  it("PROJECTION equals the scalar functions, in rows or columns", () => {
    const rows = GOVCLOUD.projection("market.gov", 2020, 2030, null, null);
    expect(rows).toHaveLength(11);
    for (const [year, value] of rows) expect(value).toBe(GOVCLOUD.market(year, null, null));
    const columns = GOVCLOUD.projection("vendor.revenue", 2018, 2022, [["bull"]], "columns");
    expect(columns[0]).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(columns[1]?.[4]).toBe(GOVCLOUD.vendor("Tencent", "revenue", 2022, [["bull"]]));
  });

  it("TORNADO is sorted by swing with the 2022 growth on top for the 2022 market", () => {
    const table = GOVCLOUD.tornado("market.gov", 2022, null, null);
    expect(table[0]).toEqual([
      "Assumption",
      "Low input",
      "High input",
      "Result at low",
      "Result at high",
      "Swing",
    ]);
    expect(table[1]?.[0]).toBe("market.gov.growth.near");
    expect(table[1]?.[5]).toBeCloseTo(813 * 0.16, 9);
    const swings = table.slice(1).map((row) => row[5] as number);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });
});

describe("consistency", () => {
  it.each([2018, 2021, 2025, 2035, 2040])(
    "in %i: share = gov / total and spend = cities × budget",
    (year) => {
      expect(GOVCLOUD.market(year, "share", null)).toBeCloseTo(
        GOVCLOUD.market(year, "gov", null) / GOVCLOUD.market(year, "total", null),
        12,
      );
      const spend = GOVCLOUD.city("spend", year, null);
      expect(spend / (GOVCLOUD.city("cities", year, null) * GOVCLOUD.city("budget", year, null))).toBeCloseTo(
        1,
        12,
      );
    },
  );

  it("GROWTH matches the ratio of consecutive years", () => {
    for (let year = 2019; year <= 2040; year++) {
      const ratio =
        GOVCLOUD.vendor("Tencent", "revenue", year, null) /
        GOVCLOUD.vendor("Tencent", "revenue", year - 1, null);
      expect(GOVCLOUD.growth("vendor.revenue", year, null)).toBeCloseTo(ratio - 1, 12);
    }
    expect(GOVCLOUD.growth("city.spend", 2030, null)).toBeCloseTo(
      base.value("city.spend", 2030) / base.value("city.spend", 2029) - 1,
      12,
    );
  });
});

/** The Excel error a call throws or its promise rejects with. */
async function rejectedExcelError(call: () => unknown): Promise<CustomFunctions.Error> {
  try {
    await call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw new Error(`rejected with something other than a CustomFunctions.Error: ${String(error)}`, {
      cause: error,
    });
  }
  throw new Error("expected an Excel error");
}

describe("SIMULATE", () => {
  beforeEach(() => clearSimulations());

  it("orders P10 ≤ P50 ≤ P90 and matches the analytic percentile of a one-assumption series", async () => {
    const p10 = await GOVCLOUD.simulate("market.gov", 2022, 0.1, null, null, null);
    const p50 = await GOVCLOUD.simulate("market.gov", 2022, 0.5, null, null, null);
    const p90 = await GOVCLOUD.simulate("market.gov", 2022, 0.9, null, null, null);
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    // 813 × (1 + F⁻¹(0.9)) for the triangular(0.12, 0.20, 0.28) 2022 growth; 1e-3 relative for 10,000 trials.
    expect(p90 / (813 * (1 + triangularInverse(0.9, 0.12, 0.2, 0.28))) - 1).toBeLessThan(1e-3);
  });

  it("runs one simulation for a sheet of P10/P50/P90 cells over 23 years, and is deterministic", async () => {
    const table = [
      ["Key", "Assumption", "Unit", "Bear", "Base", "Bull"],
      ["market.gov.growth.near", "", "", 0.1, 0.2, 0.35],
    ];
    const before = simulationsRun();
    // Excel starts every cell of a recalculation before any has finished: all calls are in flight at once.
    const calls: Promise<number>[] = [];
    for (const p of [0.1, 0.5, 0.9]) {
      // Each call gets its own copy of the range, as Excel gives it.
      for (let year = 2018; year <= 2040; year++)
        calls.push(GOVCLOUD.simulate("city.spend", year, p, structuredClone(table), 2000, 42));
    }
    const first = await Promise.all(calls);
    expect(simulationsRun() - before).toBe(1);
    const again = await GOVCLOUD.simulate("city.spend", 2040, 0.9, structuredClone(table), 2000, 42);
    expect(again).toBe(first[first.length - 1]);
    // A changed input cell is a new table: a new simulation.
    table[1]![5] = 0.4;
    await GOVCLOUD.simulate("city.spend", 2040, 0.9, table, 2000, 42);
    expect(simulationsRun() - before).toBe(2);
  });

  it("runs one simulation per seed for 5 seeds × 23 years × 3 series (the old 4-slot cache ran 115)", async () => {
    const before = simulationsRun();
    for (const series of ["market.gov", "city.spend", "vendor.revenue"]) {
      for (let seed = 1; seed <= 5; seed++) {
        for (let year = 2018; year <= 2040; year++)
          await GOVCLOUD.simulate(series, year, 0.5, null, 1000, seed);
      }
    }
    expect(simulationsRun() - before).toBe(5);
  });

  /** An inputs table with `count` user vendors, each with two observed revenues spread bear to bull. */
  function vendorTable(count: number): unknown[][] {
    const rows: unknown[][] = [["Key", "Assumption", "Unit", "Bear", "Base", "Bull"]];
    for (let v = 0; v < count; v++) {
      rows.push([`vendor.V${v}.revenue.2018`, "", "", 8, 10, 12]);
      rows.push([`vendor.V${v}.revenue.2019`, "", "", 11, 12, 13]);
    }
    return rows;
  }

  // Heavy by nature (memory only runs out with many trials): several seconds on a loaded 2-core machine.
  const HEAVY_MS = 30_000;

  it(
    "100,000 trials of the built-in table take two simulations for all eleven series, not eleven",
    async () => {
      // Every series: 8 × (15 + 11 × 23) = 2,144 bytes a trial, 214 MB > 128 MB. 128 MiB / 100,000
      // trials = 167 numbers a trial: 15 draws and floor(152 / 23) = 6 series a block, so two blocks.
      const before = simulationsRun();
      const keys = compileForecast(builtInScenario("base")).seriesKeys();
      expect(keys).toHaveLength(11);
      const values = await Promise.all(
        keys.map((key) => GOVCLOUD.simulate(key, 2030, 0.5, null, 100_000, 11)),
      );
      expect(values.every(Number.isFinite)).toBe(true);
      expect(simulationsRun() - before).toBe(2);
      expect(cachedSimulationBytes()).toBeLessThanOrEqual(2 * MAX_SIMULATION_BYTES);
    },
    HEAVY_MS,
  );

  it("refuses a simulation that cannot fit in memory with #VALUE! saying how many trials would", async () => {
    // main allocated 7.4 GB for 50 vendors at 200,000 trials and died. Here one series needs
    // 8 bytes × (23 years + 135 varied draws) a trial: floor(128 MiB / 1,264 bytes) = 106,184 trials.
    const error = await rejectedExcelError(() =>
      GOVCLOUD.simulate("vendor.V1.revenue", 2030, 0.5, vendorTable(60), 200_000, 1),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/at most 106184 trials fit in the 128 MB/);
  });

  it("gives the event loop back while a long simulation runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      await GOVCLOUD.simulate("market.gov", 2030, 0.5, null, 10_000, 3);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it("tells seeds apart beyond 2^32 (1 and 2^32 + 1 used to give the same numbers)", async () => {
    const a = await GOVCLOUD.simulate("market.gov", 2030, 0.5, null, 1000, 1);
    const b = await GOVCLOUD.simulate("market.gov", 2030, 0.5, null, 1000, 2 ** 32 + 1);
    const c = await GOVCLOUD.simulate("market.gov", 2030, 0.5, null, 1000, Number.MAX_SAFE_INTEGER);
    expect(new Set([a, b, c]).size).toBe(3);
    const tooLarge = await rejectedExcelError(() =>
      GOVCLOUD.simulate("market.gov", 2030, 0.5, null, 1000, 2 ** 53),
    );
    expect(tooLarge.message).toMatch(/seed must be a whole number between .* 9007199254740991/);
  });
});

describe("user text that names Object.prototype's members", () => {
  const HOSTILE = ["__proto__", "constructor", "Constructor", "toString", "hasOwnProperty", "valueOf"];

  it.each(HOSTILE)(
    "%s is an unknown name with a message, never an Unexpected error or a wrong value",
    (word) => {
      const calls: (() => unknown)[] = [
        () => GOVCLOUD.market(2025, null, word),
        () => GOVCLOUD.market(2025, word, null),
        () => GOVCLOUD.baseline("caict.govCloud.2021", word),
        () => GOVCLOUD.baseline(word, null),
        () => GOVCLOUD.vendor(word, "revenue", 2025, null),
        () => GOVCLOUD.vendor("Tencent", word, 2025, null),
        () => GOVCLOUD.city(word, 2025, null),
        () => GOVCLOUD.growth(word, 2025, null),
        () => GOVCLOUD.assumption(word, null),
        () => GOVCLOUD.baselines(word),
        () => GOVCLOUD.assumptions(null, word),
        () => GOVCLOUD.projection("market.gov", 2020, 2025, null, word),
        () => GOVCLOUD.market(2025, null, [[word, 1]]),
      ];
      for (const call of calls) {
        const error = excelError(call);
        expect(error.message).not.toMatch(/Unexpected error/);
        expect(error.message).toContain(word);
      }
    },
  );

  it("a table column headed with one of them is a column like any other", () => {
    for (const word of HOSTILE) {
      const table = [
        ["Key", word, "Bear", "Base", "Bull"],
        ["market.gov.growth.near", "x", 0.1, 0.2, 0.3],
      ];
      expect(GOVCLOUD.tornado("market.gov", 2025, table, null)).toEqual(expect.any(Array));
    }
  });
});
