import type { BuiltInScenario } from "../assumptionTypes";
import { findAssumption } from "../assumptions";
import { BASELINE_FIGURES, type FigureKind, type FigureQualifier } from "../baseline";
import type { Forecast } from "../forecast";
import { scenarioValue } from "../scenario";
import { CITY_BUDGET_YEAR, CITY_START_YEAR, MARKET_ANCHOR_YEAR } from "../series";
import { FIRST_YEAR } from "../years";
import { BUILT_IN_VENDOR, BUILT_IN_VENDOR_NAME } from "../vendorKeys";
import { COVER_SHEET } from "./coverSheet";
import { FORECAST_SHEET } from "./forecastSheet";
import { INPUTS_SHEET } from "./inputsSheet";
import { qualifiedAddress } from "./a1";
import { SheetCells, type LayoutSheet } from "./cells";
import { SCENARIO_HEADERS } from "./layoutText";
import { inLanguage, type Bilingual, type Language } from "../language";

/**
 * The reference sheets of a model workbook: Sources (the article's figures with their quotes) and
 * Notes (units, method, facts vs assumptions). Text only, so any writer copies them cell by cell.
 */
export const SOURCES_SHEET = "Sources";
export const NOTES_SHEET = "Notes";

export const ARTICLE_CITATION = "曾响铃, 《决战政务云,腾讯云凭何弯道超车?》, OFweek, 2020-03-19.";

const BASELINE_BY_KEY = new Map(BASELINE_FIGURES.map((figure) => [figure.key, figure]));

const KIND_TEXT: Readonly<Record<FigureKind, Bilingual>> = {
  reported: { en: "reported", zh: "报道数据" },
  thirdPartyForecast: { en: "third-party forecast", zh: "第三方预测" },
  target: { en: "target", zh: "目标" },
};

const QUALIFIER_TEXT: Readonly<Record<FigureQualifier, Bilingual>> = {
  exact: { en: "exact", zh: "精确" },
  lowerBound: { en: "lower bound", zh: "下限" },
  approximate: { en: "approximate", zh: "约数" },
  rangeLow: { en: "low end of a range", zh: "区间下端" },
  rangeHigh: { en: "high end of a range", zh: "区间上端" },
};

const SOURCES_HEADERS: readonly Bilingual[] = [
  { en: "Key", zh: "键" },
  { en: "Figure", zh: "数据" },
  { en: "Value", zh: "数值" },
  { en: "Unit", zh: "单位" },
  { en: "As of", zh: "时间" },
  { en: "Kind", zh: "类型" },
  { en: "Qualifier", zh: "限定" },
  { en: "Quote (article)", zh: "原文" },
  { en: "Note", zh: "备注" },
];

export function sourcesSheet(language: Language): LayoutSheet {
  const cells = new SheetCells();
  SOURCES_HEADERS.forEach((header, i) => cells.text(1, i + 1, inLanguage(header, language), "header"));
  BASELINE_FIGURES.forEach((figure, i) => {
    const row = i + 2;
    cells.text(row, 1, figure.key, "key");
    cells.text(row, 2, inLanguage(figure.label, language), "label");
    // General format, never rounded: each value must match its quote.
    cells.put(row, 3, { value: figure.value, role: "text" });
    cells.text(row, 4, figure.unit, "unit");
    cells.text(row, 5, figure.asOf, "text");
    cells.text(row, 6, inLanguage(KIND_TEXT[figure.kind], language), "text");
    cells.text(row, 7, inLanguage(QUALIFIER_TEXT[figure.qualifier], language), "text");
    cells.text(row, 8, figure.quote, "text");
    cells.text(row, 9, figure.note ?? "", "text");
  });
  const sourceWord = inLanguage({ en: "Source: ", zh: "来源:" }, language);
  cells.text(BASELINE_FIGURES.length + 3, 1, sourceWord + ARTICLE_CITATION, "text");
  return {
    name: SOURCES_SHEET,
    cells: cells.list(),
    columnWidths: [30, 44, 10, 10, 12, 20, 18, 50, 60],
    wrappedColumns: [8, 9],
    hiddenColumns: [],
    frozen: { rows: 1, columns: 1 },
  };
}

export interface NotesOptions {
  readonly exported: BuiltInScenario;
  /** Keys whose exported-scenario value the user set, with the value. */
  readonly overrides: readonly { readonly key: string; readonly value: number }[];
  readonly from: number;
  readonly to: number;
  readonly language: Language;
  /** The exported scenario's forecast: the figures and vendors the method text names. */
  readonly forecast: Forecast;
  /** The Forecast sheet's scenario selector, e.g. "D2". */
  readonly selector: string;
}

/**
 * The method's facts as the workbook holds them — anchor year and figures, the years recursions
 * start, each vendor's observed years, the selector's cell and the sheet names — so the text cannot
 * drift from the model it describes (a user's vendor observed in other years is named with them).
 */
function methodFacts(options: NotesOptions) {
  const { scenario } = options.forecast;
  const anchor = MARKET_ANCHOR_YEAR;
  const figure = (key: string) => {
    const value = scenarioValue(scenario, key);
    const source = findAssumption(key)?.source;
    const article =
      source?.kind === "article" ? BASELINE_BY_KEY.get(source.baselineKeys[0] ?? "") : undefined;
    return { value, article: article?.value === value ? article : undefined };
  };
  const vendors = options.forecast.layout.vendors.map((vendor) => {
    const pairs = [...vendor.observed].map(([metric, years]) => ({ metric, years: years.join(", ") }));
    const same = new Set(pairs.map((pair) => pair.years)).size <= 1;
    const years = same
      ? (pairs[0]?.years ?? "")
      : pairs.map(({ metric, years: y }) => `${metric} ${y}`).join(" / ");
    // The built-in vendor under its name in each language; a user's vendor as the user typed it.
    const name =
      vendor.name === BUILT_IN_VENDOR ? BUILT_IN_VENDOR_NAME : { en: vendor.name, zh: vendor.name };
    return { en: `${name.en}: ${years}`, zh: `${name.zh}: ${years}` };
  });
  return {
    anchor,
    near: anchor + 1,
    gov: figure(`market.gov.${anchor}`),
    total: figure(`market.total.${anchor}`),
    vendors: {
      en: vendors.map((vendor) => vendor.en).join("; "),
      zh: vendors.map((vendor) => vendor.zh).join("; "),
    },
    selector: qualifiedAddress(FORECAST_SHEET, options.selector),
  };
}

function noteLines(options: NotesOptions): [Bilingual, Bilingual][] {
  const scenario = SCENARIO_HEADERS[options.exported];
  const overrides = options.overrides.map(({ key, value }) => `${key} = ${value}`).join("; ");
  const { anchor, near, gov, total, vendors, selector } = methodFacts(options);
  const anchorText: Bilingual = gov.article
    ? {
        en: `${anchor} is CAICT's forecast (${gov.value} 亿)`,
        zh: `${anchor}年为信通院预测值(${gov.value}亿)`,
      }
    : { en: `${anchor} is set by the user (${gov.value} 亿)`, zh: `${anchor}年为用户设定值(${gov.value}亿)` };
  const sheets = {
    cover: COVER_SHEET,
    inputs: INPUTS_SHEET,
    forecast: FORECAST_SHEET,
    sources: SOURCES_SHEET,
  };
  const lines: [Bilingual, Bilingual][] = [
    [
      { en: "About", zh: "关于" },
      {
        en: `Model workbook written by govcloud-forecast for the ${scenario.en} scenario, ${options.from}–${options.to}. Every forecast number is an ordinary formula (POWER, EXP, LN, MIN, MAX, IF, INDEX, MATCH): the workbook needs no add-in.`,
        zh: `由 govcloud-forecast 生成的模型工作簿,${scenario.zh}情景,${options.from}–${options.to}年。所有预测值都是普通公式(POWER、EXP、LN、MIN、MAX、IF、INDEX、MATCH),无需加载项。`,
      },
    ],
    [
      { en: "Source", zh: "来源" },
      { en: ARTICLE_CITATION, zh: ARTICLE_CITATION },
    ],
    [
      { en: "Units", zh: "单位" },
      {
        en: "Money in 亿 CNY (1 亿 = 100 million CNY), the article's unit. Rates and shares are fractions shown as percentages (0.2 = 20%). Cities and projects are counts; ratios have no unit. Each row's unit is in its own column.",
        zh: "金额单位为亿元(1亿 = 1亿元人民币),与原文一致。增速和份额为小数,以百分比显示(0.2 = 20%)。城市和项目为个数;比率无单位。每行的单位见单位列。",
      },
    ],
    [
      { en: "Sheets", zh: "工作表" },
      {
        en: `${sheets.cover}: the scenario shown, key figures and charts, all read from ${sheets.forecast}. ${sheets.inputs}: every assumption, one row each, with Bear, Base and Bull values: the only cells to edit. ${sheets.forecast}: one formula per row, the same in every year. ${sheets.sources}: the article's figures with their quotes. ${NOTES_SHEET}: this sheet.`,
        zh: `${sheets.cover}:当前情景、关键数据和图表,均取自 ${sheets.forecast}。${sheets.inputs}:全部假设,每行一项,含悲观、基准、乐观三列取值,是唯一需要修改的单元格。${sheets.forecast}:每行一个公式,各年相同。${sheets.sources}:文章数据及原文。${NOTES_SHEET}:本说明。`,
      },
    ],
    [
      { en: "Scenario", zh: "情景" },
      {
        en: `${selector} names the ${sheets.inputs} column the forecast uses (Bear, Base or Bull). The Value column of the ${sheets.forecast} sheet reads that column with INDEX/MATCH, and every formula reads the Value column, so changing ${options.selector} recalculates the whole sheet.`,
        zh: `${selector} 指定预测所用的输入列(悲观、基准或乐观)。${sheets.forecast} 表的取值列用 INDEX/MATCH 读取该列,所有公式都引用取值列,因此修改 ${options.selector} 即重新计算整张表。`,
      },
    ],
    [
      { en: "Facts vs assumptions", zh: "事实与假设" },
      {
        en: `The Kind column of ${sheets.inputs} says which values are figures from the article (their quotes are in the Source column and on the ${sheets.sources} sheet) and which are our assumptions (with the reason). Only the article figures are facts; each assumption is a judgement you may change.`,
        zh: `${sheets.inputs} 的类型列区分文章数据(原文见来源列及 ${sheets.sources} 表)和我们的假设(附理由)。只有文章数据是事实;假设均为判断,可自行修改。`,
      },
    ],
    [
      { en: "Method: gov-cloud market", zh: "方法:政务云市场" },
      {
        en: `${anchorText.en}. Earlier years divide by (1 + history growth) per year. Later years grow at a rate fading from the ${near} rate to the long-run rate: rate(y) = long-run + (${near} rate − long-run)·e^(−ln2·(y − ${near})/half-life).`,
        zh: `${anchorText.zh}。此前各年按历史增速逐年回推;此后增速由${near}年增速按半衰期指数衰减至长期增速:增速(y) = 长期 + (${near}年增速 − 长期)·e^(−ln2·(y − ${near})/半衰期)。`,
      },
    ],
    [
      { en: "Method: cloud market", zh: "方法:云计算市场" },
      {
        en: `The gov-cloud share drifts from its ${anchor} value (${gov.value}/${total.value}) towards the long-run share: share(y) = long-run + (share ${anchor} − long-run)·e^(−ln2·max(0, y − ${anchor})/half-life). Total market = gov-cloud market ÷ share.`,
        zh: `政务云份额由${anchor}年值(${gov.value}/${total.value})向长期份额漂移:份额(y) = 长期 + (${anchor}年份额 − 长期)·e^(−ln2·max(0, y − ${anchor})/半衰期)。总规模 = 政务云规模 ÷ 份额。`,
      },
    ],
    [
      { en: "Method: vendors", zh: "方法:厂商" },
      {
        en: `Exact at each vendor's two observed years (${vendors.en}), compounded at the observed rate before; after, growth fades from the observed rate to the long-run rate (fade half-life). Gov contracts never exceed share cap × gov-cloud market. Vendor share = gov contracts ÷ gov-cloud market.`,
        zh: `各厂商在两个观测年(${vendors.zh})取观测值,此前按观测增速复利回推;此后增速由观测增速衰减至长期增速。政务云合同金额不超过份额上限 × 政务云市场规模。厂商份额 = 政务云合同金额 ÷ 政务云市场规模。`,
      },
    ],
    [
      { en: "Method: cities", zh: "方法:城市" },
      {
        en: `Discrete Bass diffusion (Bass 1969) among city.count cities from the ${CITY_START_YEAR} adoption share: N(y) = N(y−1) + (p + q·N(y−1)/m)·(m − N(y−1)). One city's budget compounds from ${CITY_BUDGET_YEAR}; spend = cities × budget; the bottom-up / top-down ratio = spend ÷ gov-cloud market.`,
        zh: `离散 Bass 扩散模型(Bass 1969):N(y) = N(y−1) + (p + q·N(y−1)/m)·(m − N(y−1)),m 为城市总数,起点为${CITY_START_YEAR}年采纳比例。单城预算自${CITY_BUDGET_YEAR}年复利增长;总支出 = 城市数 × 单城预算;自下而上/自上而下比率 = 总支出 ÷ 政务云规模。`,
      },
    ],
    [
      { en: "Checks", zh: "校验" },
      {
        en: "The check rows under the series are 0 when the model is consistent; the All checks row shows the largest of them.",
        zh: "序列下方的校验行在模型一致时为0;“全部校验”行显示其中最大值。",
      },
    ],
    [
      { en: "Years", zh: "年份" },
      {
        en: `The timeline starts in ${FIRST_YEAR}, where the recursions start. Years before the first year asked for are hidden columns, not missing ones: unhide them to audit.`,
        zh: `时间轴从递推起点${FIRST_YEAR}年开始。早于所选起始年的年份列被隐藏而非删除,取消隐藏即可核对。`,
      },
    ],
  ];
  if (overrides !== "") {
    lines.push([
      { en: "Your changes", zh: "用户修改" },
      {
        en: `Set by the user in the ${scenario.en} column of ${sheets.inputs}: ${overrides}.`,
        zh: `用户在 ${sheets.inputs} 的${scenario.zh}列设定:${overrides}。`,
      },
    ]);
  }
  return lines;
}

export function notesSheet(options: NotesOptions): LayoutSheet {
  const cells = new SheetCells();
  const { language } = options;
  cells.text(1, 1, inLanguage({ en: "Notes", zh: "说明" }, language), "title");
  noteLines(options).forEach(([topic, text], i) => {
    cells.text(i + 3, 1, inLanguage(topic, language), "header");
    cells.text(i + 3, 2, inLanguage(text, language), "text");
  });
  return {
    name: NOTES_SHEET,
    cells: cells.list(),
    columnWidths: [26, 140],
    wrappedColumns: [2],
    hiddenColumns: [],
    frozen: { rows: 0, columns: 0 },
  };
}
