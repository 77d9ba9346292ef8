import { parseActualKey, parseAnchorKey } from "./actualKeys";
import { anchorPlan } from "./anchoring";
import { requireAssumption } from "./assumptions";
import { ModelError, isModelError } from "./errors";
import { compileForecast } from "./forecast";
import { inputPlan, inputsFromValues } from "./inputs";
import { canonicalKey, effectiveKey, scenarioValue, type Scenario } from "./scenario";
import { computeSeries, resolveSeries } from "./series";
import { YEAR_COUNT, checkYear, yearIndex } from "./years";

/**
 * SOLVE, a Goal Seek that recalculates: the value of one assumption, within its catalogue bounds,
 * at which a series in a year equals a target, every other assumption as in the scenario.
 *
 * How: the series is sampled over the assumption's bounds (GRID_POINTS points, log-spaced when the
 * bounds span more than two orders of magnitude, plus the scenario's own value); each sign change
 * of series − target brackets a root, refined by Brent's method to a relative error ≤ 1e-9 (we aim
 * for 1e-12). When several brackets exist (a non-monotone series), the root CLOSEST TO THE
 * SCENARIO'S OWN VALUE is returned. Out of reach → `notAvailable` giving the range the series
 * spans over the sampled bounds (its exact range when the series is monotone in the assumption).
 * A root where the series only touches the target between two samples is not found; the grid is
 * fine enough for the catalogue's smooth recurrences.
 */
export interface SolveRequest {
  readonly series: string;
  readonly year: number;
  readonly target: number;
  readonly assumption: string;
}

export interface SolveResult {
  /** The solved value of the assumption, as its canonical key. */
  readonly key: string;
  readonly value: number;
  /** The series' value with it (equal to the target within 1e-9 relative). */
  readonly achieved: number;
  /** Roots found, ascending; `value` is the one nearest the scenario's value. */
  readonly roots: readonly number[];
}

export const GRID_POINTS = 32;
const GOAL_TOLERANCE = 1e-12;
const REQUIRED_TOLERANCE = 1e-9;
const MAX_ITERATIONS = 200;

export type Evaluate = (x: number) => number;

/** An evaluator that rewrites only the slots the assumption feeds, reusing one output buffer. */
function evaluator(scenario: Scenario, key: string, series: string, year: number): Evaluate {
  const base = compileForecast(scenario);
  const { offset } = resolveSeries(base.layout, series);
  const at = offset + yearIndex(year);
  const plan = inputPlan(base.layout.vendors);
  const anchors = anchorPlan(scenario.values, base.layout.vendors);
  const own = scenario.values.has(key);
  const slots: number[] = [];
  const values = new Float64Array(
    plan.keys.map((planKey, slot) => {
      const feeds = own ? effectiveKey(scenario, planKey) === key : canonicalKey(planKey) === key;
      if (feeds) slots.push(slot);
      return scenarioValue(scenario, planKey);
    }),
  );
  if (slots.length === 0) {
    throw new ModelError("notAvailable", {
      en: `${key} does not feed the model in this scenario, so no value of it moves ${series}.`,
      zh: `在此情景中 ${key} 不参与模型计算,改变它的取值不会影响 ${series}。`,
    });
  }
  const out = new Float64Array(base.layout.seriesCount * YEAR_COUNT);
  return (x) => {
    for (const slot of slots) values[slot] = x;
    try {
      computeSeries(inputsFromValues(plan, values), out, 0, anchors);
    } catch (error) {
      // An anchored identity broken at this value (anchoring.ts): no valid model here.
      if (isModelError(error)) return Number.NaN;
      throw error;
    }
    return out[at] ?? Number.NaN;
  };
}

/** Bounds of the assumption; the two 2021 market anchors also bound each other (share ≤ 100%). */
function boundsOf(scenario: Scenario, key: string): [number, number] {
  const { lower, upper } = requireAssumption(key);
  if (key === "market.gov.2021")
    return [lower, Math.min(upper, scenarioValue(scenario, "market.total.2021"))];
  if (key === "market.total.2021")
    return [Math.max(lower, scenarioValue(scenario, "market.gov.2021")), upper];
  return [lower, upper];
}

function grid(lower: number, upper: number, own: number): number[] {
  const points: number[] = [];
  const logScale = lower > 0 && upper / lower > 100;
  for (let i = 0; i < GRID_POINTS; i++) {
    const t = i / (GRID_POINTS - 1);
    points.push(logScale ? lower * Math.pow(upper / lower, t) : lower + (upper - lower) * t);
  }
  points[0] = lower;
  points[GRID_POINTS - 1] = upper;
  if (own > lower && own < upper) points.push(own);
  return points.sort((a, b) => a - b);
}

/** Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4) on g = f − target. */
function brent(g: Evaluate, a0: number, b0: number, ga0: number, gb0: number, goal: number): number {
  let a = a0;
  let b = b0;
  let fa = ga0;
  let fb = gb0;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b);
    const m = (c - b) / 2;
    if (Math.abs(fb) <= goal || Math.abs(m) <= tolerance) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * m * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : m > 0 ? tolerance : -tolerance;
    fb = g(b);
    if (!Number.isFinite(fb)) return Number.NaN;
  }
  return b;
}

function format(value: number): string {
  return Number(value.toPrecision(6)).toString();
}

/** What the grid search and refinement found: every root, and the range the series spans. */
export interface RootSearch {
  /** Roots, ascending. */
  readonly roots: readonly number[];
  /** Lowest and highest value seen (NaN-free); low > high when no valid value was seen. */
  readonly low: number;
  readonly high: number;
}

/**
 * Roots of f(x) = target on [lower, upper]: grid, then Brent in every bracket (see the module
 * comment). Exported for tests of non-monotone functions, which the catalogue does not contain.
 */
export function findRoots(
  f: Evaluate,
  lower: number,
  upper: number,
  own: number,
  target: number,
): RootSearch {
  const goal = GOAL_TOLERANCE * Math.max(Math.abs(target), Number.MIN_VALUE);
  const required = REQUIRED_TOLERANCE * Math.max(Math.abs(target), Number.MIN_VALUE);
  const g: Evaluate = (x) => f(x) - target;
  const xs = grid(lower, upper, own);
  const gs = xs.map(g);
  const roots: number[] = [];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const gi = gs[i] ?? Number.NaN;
    const xi = xs[i] ?? Number.NaN;
    if (!Number.isFinite(gi)) continue;
    low = Math.min(low, gi + target);
    high = Math.max(high, gi + target);
    if (Math.abs(gi) <= goal) {
      roots.push(xi);
      continue;
    }
    const gj = gs[i + 1] ?? Number.NaN;
    const xj = xs[i + 1] ?? Number.NaN;
    if (Number.isFinite(gj) && Math.abs(gj) > goal && Math.sign(gi) !== Math.sign(gj)) {
      const root = brent(g, xi, xj, gi, gj, goal);
      if (Number.isFinite(root) && Math.abs(g(root)) <= required) roots.push(root);
    }
  }
  return { roots: roots.sort((a, b) => a - b), low, high };
}

/** The root nearest `own`; the lower one on a tie. */
export function nearestRoot(roots: readonly number[], own: number): number | undefined {
  let best: number | undefined;
  for (const root of roots)
    if (best === undefined || Math.abs(root - own) < Math.abs(best - own)) best = root;
  return best;
}

export function solve(scenario: Scenario, request: SolveRequest): SolveResult {
  const { series, target } = request;
  const year = checkYear(request.year);
  if (!Number.isFinite(target)) {
    throw new ModelError("invalidValue", { en: "target must be a number.", zh: "目标值必须是数字。" });
  }
  if (parseActualKey(request.assumption) || parseAnchorKey(request.assumption)) {
    throw new ModelError("invalidValue", {
      en: `${request.assumption} is an actual or an anchor, not an assumption: SOLVE changes assumptions only.`,
      zh: `${request.assumption} 是实际值或锚定,不是假设:SOLVE 只改变假设。`,
    });
  }
  const definition = requireAssumption(request.assumption);
  const key = canonicalKey(request.assumption) ?? definition.key;
  const own = scenarioValue(scenario, key);
  const f = evaluator(scenario, key, series, year);
  const [lower, upper] = boundsOf(scenario, key);
  const { roots, low, high } = findRoots(f, lower, upper, own, target);
  const value = nearestRoot(roots, own);
  if (value === undefined) {
    const span =
      low <= high
        ? {
            en: `it spans ${format(low)} to ${format(high)} as ${key} goes from ${format(lower)} to ${format(upper)}`,
            zh: `${key} 从 ${format(lower)} 变到 ${format(upper)} 时,它只在 ${format(low)} 至 ${format(high)} 之间`,
          }
        : {
            en: `it has no valid value for ${key} between ${format(lower)} and ${format(upper)}`,
            zh: `${key} 在 ${format(lower)} 至 ${format(upper)} 之间时它没有有效值`,
          };
    const info = compileForecast(scenario).info(series);
    throw new ModelError("notAvailable", {
      en: `${info.key} in ${year} cannot reach ${format(target)}: ${span.en}.`,
      zh: `${info.key} 在 ${year} 年无法达到 ${format(target)}:${span.zh}。`,
    });
  }
  return { key, value, achieved: f(value), roots };
}
