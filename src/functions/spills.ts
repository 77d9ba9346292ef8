/**
 * The tables that spill from GOVCLOUD.BASELINES, ASSUMPTIONS, PROJECTION and TORNADO: header row
 * first, one row per item, in the language asked for. Plain arrays of text and numbers, which is
 * what Excel accepts as a dynamic-array result.
 */
import { ASSUMPTIONS, findAssumption } from "../model/assumptions";
import { BASELINE_FIGURES, type FigureKind } from "../model/baseline";
import type { Forecast } from "../model/forecast";
import type { Tornado } from "../model/risk/tornado";
import { scenarioValue, type Scenario } from "../model/scenario";
import { inLanguage, type Language } from "../model/language";

export type SpillCell = string | number;
export type Spill = SpillCell[][];

const FIGURE_KINDS: Readonly<Record<FigureKind, { en: string; zh: string }>> = {
  reported: { en: "reported", zh: "报道数据" },
  thirdPartyForecast: { en: "third-party forecast", zh: "第三方预测" },
  target: { en: "target", zh: "目标" },
};

export function baselinesSpill(lang: Language): Spill {
  const header = inLanguage(
    {
      en: ["Key", "Label", "Value", "Unit", "As of", "Kind", "Quote"],
      zh: ["键", "名称", "数值", "单位", "时间", "类型", "原文"],
    },
    lang,
  );
  return [
    header,
    ...BASELINE_FIGURES.map((f) => [
      f.key,
      inLanguage(f.label, lang),
      f.value,
      f.unit,
      f.asOf,
      inLanguage(FIGURE_KINDS[f.kind], lang),
      f.quote,
    ]),
  ];
}

const ASSUMPTION_KINDS = {
  article: { en: "article figure", zh: "文章数据" },
  assumption: { en: "assumption", zh: "假设" },
} as const;

/**
 * Every assumption the scenario uses, Key | Assumption | Unit | Value | Kind. Selecting Key…Value
 * of the spill gives a range GOVCLOUD functions accept as their `scenario` argument.
 */
export function assumptionsSpill(scenario: Scenario, lang: Language): Spill {
  const header = inLanguage(
    { en: ["Key", "Assumption", "Unit", "Value", "Kind"], zh: ["键", "假设", "单位", "数值", "类型"] },
    lang,
  );
  const catalogueKeys = new Set(ASSUMPTIONS.map((a) => a.key));
  const userKeys = [...scenario.values.keys()].filter((key) => !catalogueKeys.has(key));
  const rows = [...ASSUMPTIONS.map((a) => a.key), ...userKeys].map((key) => {
    const definition = findAssumption(key);
    return [
      key,
      definition ? inLanguage(definition.label, lang) : key,
      definition?.unit ?? "",
      scenarioValue(scenario, key),
      inLanguage(ASSUMPTION_KINDS[definition?.source.kind ?? "assumption"], lang),
    ];
  });
  return [header, ...rows];
}

export type Orientation = "rows" | "columns";

/** Year and value of `series` for each year from `from` to `to`: two columns, or two rows. */
export function projectionSpill(
  forecast: Forecast,
  series: string,
  from: number,
  to: number,
  orientation: Orientation,
): Spill {
  const pairs: [number, number][] = [];
  for (let year = from; year <= to; year++) pairs.push([year, forecast.value(series, year)]);
  return orientation === "rows" ? pairs : [pairs.map(([year]) => year), pairs.map(([, value]) => value)];
}

export function tornadoSpill(result: Tornado, lang: Language): Spill {
  const header = inLanguage(
    {
      en: ["Assumption", "Low input", "High input", "Result at low", "Result at high", "Swing"],
      zh: ["假设", "低输入", "高输入", "低输入时结果", "高输入时结果", "摆幅"],
    },
    lang,
  );
  return [
    header,
    ...result.rows.map((row) => [
      row.key,
      row.lowInput,
      row.highInput,
      row.resultAtLow,
      row.resultAtHigh,
      row.swing,
    ]),
  ];
}
