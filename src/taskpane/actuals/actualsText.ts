import type { Language } from "../../workbook/workbookOperations";
import { inLanguage } from "../../model/language";
import { useLanguage } from "../i18n/LanguageContext";
import { fillTemplate } from "../i18n/strings";

/**
 * Words of the Actuals view (issue 12), in both UI languages. Kept apart from i18n/strings.ts so
 * that this view can be added without touching the pane's shared dictionary.
 */
const TEXT = {
  tab: { en: "Actuals", zh: "实际数据" },
  heading: { en: "Actuals and backtest", zh: "实际数据与回测" },
  publishedBadge: { en: "Published after the article", zh: "文章发表后公布" },
  publishedIntro: {
    en: "Figures publishers reported after the article (March 2020): a separate set, not the article's figures. Only comparable ones are used unless you add them yourself.",
    zh: "文章(2020年3月)发表后各机构公布的数据:与文章数据分开的一组,不是文章数据。除非您自行添加,只使用可比的数据。",
  },
  comparable: { en: "comparable", zh: "可比性" },
  status: { en: "status", zh: "状态" },
  scope: { en: "Scope", zh: "口径" },
  source: { en: "Source", zh: "来源" },
  yourActuals: { en: "Your actuals in {scenario}", zh: "{scenario}中您的实际数据" },
  noActuals: {
    en: "No actual.… rows yet: anchor below, or add rows actual.<series>.<year> to the inputs table.",
    zh: "尚无 actual.… 行:可在下方锚定,或在输入表中添加 actual.<序列>.<年份> 行。",
  },
  save: { en: "Save", zh: "保存" },
  backtest: { en: "Backtest of {scenario}", zh: "{scenario}回测" },
  forecast: { en: "Forecast", zh: "预测" },
  actual: { en: "Actual", zh: "实际" },
  error: { en: "error", zh: "误差" },
  mape: { en: "Mean absolute error", zh: "平均绝对误差" },
  chartDescription: {
    en: "{series}: the forecast as a line, actuals as points, {from}–{to}.",
    zh: "{series}:折线为预测,圆点为实际值,{from}–{to}年。",
  },
  anchorHeading: { en: "Anchor on actuals", zh: "锚定实际值" },
  anchorIntro: {
    en: "Restart a series of {scenario} at an actual: it equals the actual in that year and follows the scenario's growth after it. Other scenarios are not changed.",
    zh: "让{scenario}的某序列从实际值重新起步:该年等于实际值,之后按情景增速增长。其他情景不变。",
  },
  series: { en: "Series", zh: "序列" },
  year: { en: "Year", zh: "年份" },
  anchorButton: { en: "Anchor {scenario} on {year}", zh: "将{scenario}锚定于{year}年" },
  removeAnchor: { en: "Remove anchor", zh: "取消锚定" },
  anchoredOn: { en: "Anchored on {year}", zh: "已锚定于{year}年" },
  noYears: { en: "No actual for this series yet.", zh: "该序列尚无实际值。" },
  needsWriteRows: {
    en: "This workbook connection cannot add rows; add the actual.… and anchor.… rows in the sheet.",
    zh: "当前工作簿连接无法添加行;请在表中添加 actual.… 和 anchor.… 行。",
  },
  solveHeading: { en: "Solve for…", zh: "反向求解…" },
  solveIntro: {
    en: "The value of one assumption that makes a series reach a target, the others as in {scenario}.",
    zh: "使某序列达到目标值的某项假设取值,其他假设与{scenario}相同。",
  },
  target: { en: "Target", zh: "目标值" },
  assumption: { en: "Assumption", zh: "假设" },
  solveButton: { en: "Solve", zh: "求解" },
  solved: { en: "{key} = {value}", zh: "{key} = {value}" },
  apply: { en: "Apply to this scenario", zh: "应用到此情景" },
  invalidNumber: { en: "Type a number.", zh: "请输入数字。" },
} as const satisfies Record<string, { en: string; zh: string }>;

export type ActualsTextKey = keyof typeof TEXT;

export function actualsText(
  language: Language,
  key: ActualsTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillTemplate(inLanguage(TEXT[key], language), params);
}

export function useActualsText(): (
  key: ActualsTextKey,
  params?: Readonly<Record<string, string | number>>,
) => string {
  const { language } = useLanguage();
  return (key, params) => actualsText(language, key, params);
}
