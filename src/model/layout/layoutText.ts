import type { AssumptionUnit, BuiltInScenario } from "../assumptionTypes";
import { inLanguage, type Bilingual, type Language } from "../language";
import type { SeriesUnit } from "../series";

/**
 * Words of the model workbook in each language it is written in (src/model/language.ts). Sheet names
 * stay English in both languages: formulas refer to them (`Inputs!$D$2`), and so will the task pane.
 */
// Re-exported so the modules that import them from here (the inputs-table reader, the Forecast
// sheet's formulas) need no change; `LayoutLanguage` is the one Language type under its old name.
export { inLanguage, type Bilingual } from "../language";
export type { Language as LayoutLanguage } from "../language";

/** Scenario column headers of the Inputs sheet; the Forecast sheet's selector holds one of them. */
export const SCENARIO_HEADERS: Readonly<Record<BuiltInScenario, Bilingual>> = {
  bear: { en: "Bear", zh: "悲观" },
  base: { en: "Base", zh: "基准" },
  bull: { en: "Bull", zh: "乐观" },
};

/** Units as the workbook shows them; money stays in the article's unit 亿 (100 million CNY). */
const UNIT_TEXT: Readonly<Record<AssumptionUnit | SeriesUnit, Bilingual>> = {
  "亿 CNY": { en: "亿 CNY", zh: "亿元" },
  fraction: { en: "fraction", zh: "比例" },
  years: { en: "years", zh: "年" },
  year: { en: "year", zh: "年份" },
  cities: { en: "cities", zh: "个城市" },
  projects: { en: "projects", zh: "个项目" },
  ratio: { en: "ratio", zh: "比率" },
};

export function unitText(unit: AssumptionUnit | SeriesUnit, language: Language): string {
  return inLanguage(UNIT_TEXT[unit], language);
}

/** Display formats by unit; Excel and LibreOffice both read these codes. */
const UNIT_FORMATS: Readonly<Record<AssumptionUnit | SeriesUnit, string>> = {
  "亿 CNY": "#,##0.00",
  fraction: "0.00%",
  years: "0.00",
  year: "0",
  cities: "#,##0.0",
  projects: "#,##0",
  ratio: "0.000",
};

export function unitFormat(unit: AssumptionUnit | SeriesUnit): string {
  return UNIT_FORMATS[unit];
}

/** Every fixed word of the Inputs and Forecast sheets. */
export const LAYOUT_TEXT = {
  key: { en: "Key", zh: "键" },
  assumption: { en: "Assumption", zh: "假设" },
  unit: { en: "Unit", zh: "单位" },
  kind: { en: "Kind", zh: "类型" },
  source: { en: "Source", zh: "来源" },
  series: { en: "Series", zh: "序列" },
  value: { en: "Value", zh: "取值" },
  articleFigure: { en: "article figure", zh: "文章数据" },
  ourAssumption: { en: "assumption", zh: "假设" },
  userValue: { en: "set by the user", zh: "用户设定" },
  title: {
    en: "GovCloud Forecast: China's government-cloud market (money in 亿 CNY = 100 million CNY)",
    zh: "GovCloud Forecast:中国政务云市场预测(金额单位:亿元)",
  },
  scenario: {
    en: "Scenario (Bear, Base or Bull): the Inputs column this sheet uses",
    zh: "情景(悲观、基准或乐观):本表使用的输入列",
  },
  scenarioColumn: {
    en: "Position of that column among the scenario columns of Inputs",
    zh: "该情景在输入表情景列中的位置",
  },
  checks: { en: "Checks: 0 when the model is consistent", zh: "校验:模型一致时为0" },
  scenarioValues: {
    en: "Assumptions of the selected scenario (read from Inputs)",
    zh: "所选情景的假设(取自输入表)",
  },
  overridden: {
    en: "The {scenario} value is set by the user; the catalogue's is {value}.",
    zh: "{scenario}取值由用户设定;目录默认值为{value}。",
  },
} as const satisfies Record<string, Bilingual>;
