import { CHART_TEXT } from "../model/layout/chartLayout";
import { inLanguage, type Bilingual, type Language } from "../model/language";

/**
 * Words the add-in writes into sheets and charts beyond the model layout's own (layoutText.ts has
 * those): chart titles, the scenario block under the forecast, the risk sheet, the formulas sheet.
 */
export const SHEET_TEXT = {
  marketByScenario: {
    en: "Gov-cloud market by scenario (every scenario column of GovCloud Inputs, 亿 CNY)",
    zh: "各情景政务云市场规模(取自GovCloud Inputs的各情景列,亿元)",
  },
  marketByScenarioChart: { en: "Gov-cloud market by scenario", zh: "各情景政务云市场规模" },
  // The same titles as the exported file's charts (src/model/layout/chartLayout.ts).
  vendorRevenueChart: CHART_TEXT.vendorRevenue,
  topDownBottomUpChart: CHART_TEXT.topDownBottomUp,
  topDown: { en: "Top-down: gov-cloud market", zh: "自上而下:政务云市场规模" },
  bottomUp: { en: "Bottom-up: gov-cloud spend of similar cities", zh: "自下而上:同类城市政务云支出" },
  money: { en: "亿 CNY", zh: "亿元" },
  riskTitle: { en: "Risk: {series} in {year}", zh: "风险分析:{series}({year}年)" },
  series: { en: "Series", zh: "序列" },
  year: { en: "Year", zh: "年份" },
  trials: { en: "Monte Carlo trials", zh: "蒙特卡洛模拟次数" },
  seed: { en: "Random seed", zh: "随机种子" },
  baseResult: { en: "Result with every assumption at Base", zh: "全部假设取基准值时的结果" },
  percentile: { en: "Percentile", zh: "分位数" },
  percentiles: {
    en: "Monte Carlo percentiles (value not exceeded with that probability)",
    zh: "蒙特卡洛分位数(以该概率不被超过的值)",
  },
  fanChart: { en: "{series}: P10, P50 and P90", zh: "{series}:P10、P50与P90" },
  tornado: {
    en: "Tornado: each assumption at its low and high value, the others at Base",
    zh: "龙卷风图:每个假设分别取低值与高值,其余取基准值",
  },
  tornadoChart: { en: "{series} in {year}: sensitivity", zh: "{series}({year}年):敏感性" },
  assumption: { en: "Assumption", zh: "假设" },
  key: { en: "Key", zh: "键" },
  resultAtLow: { en: "Result at low", zh: "低值时结果" },
  resultAtHigh: { en: "Result at high", zh: "高值时结果" },
  lowMinusBase: { en: "Low − base", zh: "低值 − 基准" },
  highMinusBase: { en: "High − base", zh: "高值 − 基准" },
} as const satisfies Record<string, Bilingual>;

/** A text in a language, with `{name}` placeholders filled in. */
export function sheetText(
  text: Bilingual,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return Object.entries(values).reduce(
    (result, [name, value]) => result.split(`{${name}}`).join(String(value)),
    inLanguage(text, language),
  );
}
