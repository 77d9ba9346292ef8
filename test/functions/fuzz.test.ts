import fc from "fast-check";
import * as declared from "../../src/functions/functions";
import { ASSUMPTIONS } from "../../src/model/assumptions";
import { BASELINE_FIELDS, BASELINE_FIGURES } from "../../src/model/baseline";

/**
 * Fuzzing the functions as Excel calls them. Half of the generated calls are valid by construction
 * (a year of the horizon, a known series, a scenario range of catalogue keys with values inside
 * their bounds…): each must return a finite value in its range. The other half are hostile (any
 * cell, any range, Object.prototype's member names in every position, as range keys and headers):
 * each must return a finite value or throw a CustomFunctions.Error with a message — never an
 * "Unexpected error", which is a bug the user cannot act on.
 */
const GOVCLOUD = declared as unknown as Record<string, (...args: unknown[]) => unknown>;

const PROTOTYPE_WORDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "Constructor"];

// ---------------------------------------------------------------------------------------------
// Valid arguments

const year = fc.oneof(
  fc.integer({ min: 2018, max: 2040 }),
  fc.integer({ min: 2018, max: 2040 }).map((y) => ` ${y} `),
);
// The two market anchors must keep gov ≤ total, so a range leaves them to the built-in values.
const RANGE_ASSUMPTIONS = ASSUMPTIONS.filter(
  (a) => a.key !== "market.gov.2021" && a.key !== "market.total.2021",
);
const scenarioRange = fc
  .uniqueArray(fc.constantFrom(...RANGE_ASSUMPTIONS), { minLength: 1, maxLength: 6, selector: (a) => a.key })
  .chain((definitions) =>
    fc.tuple(
      ...definitions.map((d) =>
        fc
          .double({ min: d.lower, max: d.upper, noNaN: true })
          // A 0 (adoption, a vendor's revenue) leaves a series at 0, and a value next to 0 (a subnormal
          // such as 5e-324) leaves it so small that GROWTH from it overflows to Infinity: both are
          // rightly errors, not numbers (functions.test.ts), so a valid call's range keeps clear of 0.
          .filter((value) => Math.abs(value) >= 1e-9)
          .map((value) => [d.key, "label", value]),
      ),
    ),
  )
  .map((rows) => [["Key", "Assumption", "Base"], ...rows]);
const scenario = fc.oneof(
  fc.constantFrom(null, "", "bear", "Base", "BULL", "悲观", "基准", "乐观", [["bull"]]),
  scenarioRange,
);
const coreSeries = fc.constantFrom(
  "market.gov",
  "market.total",
  "market.govShare",
  "city.cities",
  "city.spend",
);
const series = fc.oneof(
  coreSeries,
  fc.constantFrom("vendor.revenue", "vendor.govContracts", "vendor.Tencent.govShare"),
);
const lang = fc.constantFrom(null, "", "en", "zh-CN", "中文");

/** A valid call and a check of its value's range. */
type ValidCall = {
  readonly name: string;
  readonly args: unknown[];
  readonly inRange: (value: unknown) => boolean;
};

const isNumber = (check: (n: number) => boolean) => (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && check(value);
const isTable = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(Array.isArray);

const validCalls: Record<string, fc.Arbitrary<ValidCall>> = {
  market: fc
    .tuple(year, fc.constantFrom(null, "gov", "total", "share", "政务云"), scenario)
    .map(([y, s, sc]) => ({
      name: "market",
      args: [y, s, sc],
      inRange: isNumber((n) => n > 0 && (s !== "share" || n <= 1)),
    })),
  vendor: fc
    .tuple(
      fc.constantFrom("Tencent", "tencent"),
      fc.constantFrom("revenue", "govContracts", "govProjects", "govShare"),
      year,
      scenario,
    )
    .map(([v, m, y, sc]) => ({ name: "vendor", args: [v, m, y, sc], inRange: isNumber((n) => n >= 0) })),
  city: fc.tuple(fc.constantFrom("cities", "budget", "spend"), year, scenario).map(([m, y, sc]) => ({
    name: "city",
    args: [m, y, sc],
    inRange: isNumber((n) => n >= 0),
  })),
  growth: fc
    .tuple(series, fc.integer({ min: 2019, max: 2040 }), scenario)
    .map(([s, y, sc]) => ({ name: "growth", args: [s, y, sc], inRange: isNumber((n) => n > -1) })),
  projection: fc
    .tuple(
      series,
      fc.integer({ min: 2018, max: 2040 }),
      fc.integer({ min: 0, max: 22 }),
      scenario,
      fc.constantFrom(null, "rows", "columns"),
    )
    .map(([s, from, span, sc, o]) => ({
      name: "projection",
      args: [s, from, Math.min(2040, from + span), sc, o],
      inRange: isTable,
    })),
  assumption: fc.tuple(fc.constantFrom(...ASSUMPTIONS), scenario).map(([d, sc]) => ({
    name: "assumption",
    args: [d.key, sc],
    inRange: isNumber((n) => n >= d.lower && n <= d.upper),
  })),
  assumptions: fc
    .tuple(scenario, lang)
    .map(([sc, l]) => ({ name: "assumptions", args: [sc, l], inRange: isTable })),
  baseline: fc
    .tuple(fc.constantFrom(...BASELINE_FIGURES.map((f) => f.key)), fc.constantFrom(null, ...BASELINE_FIELDS))
    .map(([k, f]) => ({
      name: "baseline",
      args: [k, f],
      inRange: (value: unknown) => typeof value === "string" || isNumber(() => true)(value),
    })),
  baselines: lang.map((l) => ({ name: "baselines", args: [l], inRange: isTable })),
  tornado: fc
    .tuple(coreSeries, year, lang)
    .map(([s, y, l]) => ({ name: "tornado", args: [s, y, null, l], inRange: isTable })),
  cagr: fc
    .tuple(
      fc.double({ min: 0.01, max: 1e6, noNaN: true }),
      fc.double({ min: 0.01, max: 1e6, noNaN: true }),
      fc.integer({ min: 1, max: 30 }),
    )
    .map(([b, e, y]) => ({ name: "cagr", args: [b, e, y], inRange: isNumber((n) => n > -1) })),
  simulate: fc
    .tuple(
      coreSeries,
      year,
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 100, max: 300 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    )
    .map(([s, y, p, trials, seed]) => ({
      name: "simulate",
      args: [s, y, p, null, trials, seed],
      inRange: isNumber((n) => n >= 0),
    })),
};

// ---------------------------------------------------------------------------------------------
// Hostile arguments

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: 2000, max: 2050 }),
  fc.string(),
  fc.constantFrom(...PROTOTYPE_WORDS),
  fc.constantFrom(
    "bull",
    "market.gov",
    "Tencent",
    "revenue",
    "share",
    "0,35",
    "0x10",
    "1,2,3",
    "%",
    "=1+1",
    "vendor.X.revenue.2019",
  ),
);
const range = fc.oneof(
  fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  // Object.prototype's names as range keys and as table headers.
  fc.tuple(fc.constantFrom(...PROTOTYPE_WORDS), cell).map(([key, value]) => [[key, value]]),
  fc.constantFrom(...PROTOTYPE_WORDS).map((header) => [
    ["Key", header, "Bear", "Base", "Bull"],
    ["market.gov.growth.near", header, 0.1, 0.2, 0.3],
  ]),
);
const argument = fc.oneof(cell, range);

const ARITY: Record<string, number> = {
  market: 3,
  vendor: 4,
  city: 3,
  growth: 3,
  projection: 5,
  assumption: 2,
  assumptions: 2,
  baseline: 2,
  baselines: 1,
  tornado: 4,
  cagr: 3,
  simulate: 6,
};

function finiteEverywhere(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (Array.isArray(result)) return result.every(finiteEverywhere);
  return typeof result === "string";
}

type Outcome = { readonly value: unknown } | { readonly error: unknown };

async function outcomeOf(name: string, args: unknown[]): Promise<Outcome> {
  try {
    return { value: await GOVCLOUD[name]!(...args) };
  } catch (error) {
    return { error };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function checkValid(name: string, call: ValidCall): Promise<void> {
  const outcome = await outcomeOf(name, call.args);
  if ("error" in outcome) throw new Error(`a valid call failed: ${describeError(outcome.error)}`);
  if (!call.inRange(outcome.value)) throw new Error(`out of range: ${JSON.stringify(outcome.value)}`);
}

async function checkHostile(name: string, args: unknown[]): Promise<void> {
  const outcome = await outcomeOf(name, args);
  if (!("error" in outcome)) {
    expect(finiteEverywhere(outcome.value)).toBe(true);
    return;
  }
  const { error } = outcome;
  if (!(error instanceof CustomFunctions.Error))
    throw new Error(`not an Excel error: ${describeError(error)}`);
  expect(error.message ?? "").not.toBe("");
  expect(error.message).not.toMatch(/Unexpected error/);
}

describe("fuzzed calls (fast-check): one valid and one hostile call per run", () => {
  it.each(Object.keys(ARITY))(
    "%s",
    async (name) => {
      const arity = ARITY[name]!;
      const hostile = fc.array(argument, { minLength: arity, maxLength: arity });
      await fc.assert(
        fc.asyncProperty(validCalls[name]!, hostile, async (valid, args) => {
          await checkValid(name, valid);
          await checkHostile(name, args);
        }),
        { numRuns: name === "simulate" ? 30 : 150 },
      );
    },
    60_000,
  );
});
