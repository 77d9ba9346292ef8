import type { AssumptionDefinition } from "../assumptionTypes";
import { findAssumption } from "../assumptions";
import { compileForecast } from "../forecast";
import type { Scenario } from "../scenario";
import type { ScenarioSet } from "../scenarioInput";

/**
 * One-at-a-time sensitivity (a tornado): each assumption in turn at its bear and bull values,
 * every other at base, and the series' value in the year recorded for both. Rows are sorted by
 * swing, largest first, so the assumptions that matter most sit at the top of the chart.
 */
export interface TornadoRow {
  readonly key: string;
  readonly label: AssumptionDefinition["label"];
  readonly lowInput: number;
  readonly highInput: number;
  readonly resultAtLow: number;
  readonly resultAtHigh: number;
  /** |resultAtHigh − resultAtLow| */
  readonly swing: number;
}

export interface Tornado {
  readonly series: string;
  readonly year: number;
  readonly baseResult: number;
  readonly rows: readonly TornadoRow[];
}

function withValue(scenario: Scenario, key: string, value: number): Scenario {
  const values = new Map(scenario.values);
  values.set(key, value);
  return { name: `${scenario.name} with ${key} = ${value}`, values };
}

export function tornado(set: ScenarioSet, series: string, year: number): Tornado {
  const baseResult = compileForecast(set.base).value(series, year);
  const rows: TornadoRow[] = [];
  for (const [key, baseValue] of set.base.values) {
    const bear = set.bear.values.get(key) ?? baseValue;
    const bull = set.bull.values.get(key) ?? baseValue;
    if (bear === bull) continue;
    const lowInput = Math.min(bear, bull);
    const highInput = Math.max(bear, bull);
    const resultAtLow = compileForecast(withValue(set.base, key, lowInput)).value(series, year);
    const resultAtHigh = compileForecast(withValue(set.base, key, highInput)).value(series, year);
    rows.push({
      key,
      label: findAssumption(key)?.label ?? { en: key, zh: key },
      lowInput,
      highInput,
      resultAtLow,
      resultAtHigh,
      swing: Math.abs(resultAtHigh - resultAtLow),
    });
  }
  // Ties keep catalogue order (Array.prototype.sort is stable), so the listing is reproducible.
  rows.sort((a, b) => b.swing - a.swing);
  return { series, year, baseResult, rows };
}
