/**
 * The optional `scenario` and `table` arguments. Excel recalculates a custom function only when an
 * argument changes, so assumptions reach the functions as arguments, never as hidden state:
 * omitted → built-in base; "bear" | "base" | "bull" (or 悲观 | 基准 | 乐观) → that scenario; a range
 * of keys and values (first column keys, last column values, e.g. the name GC_BASE) → those values
 * on top of built-in base.
 *
 * A sheet may hold thousands of calls with the same 30-row range; Excel hands each call a fresh
 * copy, so parsed scenarios are cached by content and each distinct range is validated and
 * compiled once.
 */
import { compileForecast, type Forecast } from "../model/forecast";
import { builtInScenario, requireBuiltInScenario } from "../model/scenario";
import {
  builtInScenarioSet,
  scenarioFromRows,
  scenarioSetFromTable,
  type ScenarioSet,
} from "../model/scenarioInput";
import { ModelError } from "../model/errors";
import { ContentCache, KeyValueRangeCache, contentKey } from "./contentCache";

type Matrix = readonly (readonly unknown[])[];

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

function isSingleCell(value: Matrix): boolean {
  return value.length === 1 && value[0]?.length === 1;
}

/** A single cell or literal passed to a matrix parameter arrives as [[value]]: unwrap it. */
function unwrapped(value: unknown): unknown {
  return isMatrix(value) && isSingleCell(value) ? value[0]?.[0] : value;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const forecasts = new KeyValueRangeCache<Forecast>(64);
const scenarioSets = new ContentCache<ScenarioSet>(16);

/** The compiled forecast a `scenario` argument asks for. */
export function forecastFor(scenario: unknown): Forecast {
  const value = unwrapped(scenario);
  if (isBlank(value)) return compileForecast(builtInScenario("base"));
  if (typeof value === "string") return compileForecast(builtInScenario(requireBuiltInScenario(value)));
  if (isMatrix(value)) {
    return forecasts.get(value, () => compileForecast(scenarioFromRows(value)));
  }
  throw new ModelError("invalidValue", {
    en: "scenario must be bear, base or bull, or a range with assumption keys in its first column and values in its last.",
    zh: "参数 scenario 必须是 bear、base 或 bull,或一个第一列为假设键、最后一列为值的区域。",
  });
}

function isOmittedTable(table: unknown): boolean {
  return isBlank(unwrapped(table));
}

/** What identifies a `table` argument's content, for caches keyed by it. */
export function tableKeyOf(table: unknown): string {
  return isOmittedTable(table) || !isMatrix(table) ? "built-in" : contentKey(table);
}

/** The bear/base/bull set a risk function's `table` argument asks for (omitted → built-in). */
export function scenarioSetFor(table: unknown): ScenarioSet {
  if (isOmittedTable(table)) return builtInScenarioSet();
  if (!isMatrix(table) || table.length < 2) {
    throw new ModelError("invalidValue", {
      en: "table must be a range with a header row, a Key column and Bear, Base and Bull columns (e.g. GC_TABLE).",
      zh: "参数 table 必须是一个区域,含标题行、Key 列以及 Bear、Base、Bull 列(例如 GC_TABLE)。",
    });
  }
  return scenarioSets.get(tableKeyOf(table), () => scenarioSetFromTable(table));
}

/** Forgets cached scenarios; for tests and after the pane rewrites the inputs table. */
export function clearScenarioCaches(): void {
  forecasts.clear();
  scenarioSets.clear();
}
