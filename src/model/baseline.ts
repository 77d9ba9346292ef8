/**
 * The article's figures: the only numbers the add-in may ship as defaults without calling them
 * assumptions. Source: 曾响铃, 《决战政务云,腾讯云凭何弯道超车?》, OFweek, 2020-03-19 11:33
 * (full text in shared/seed/000_68e3b9ceede8e998.txt; table in shared/docs/baseline-figures.md).
 *
 * Keys, values and quotes must match the doc table exactly: users type the keys into
 * GOVCLOUD.BASELINE and the tests check the quotes against the article. Values stay in the unit the
 * article uses so that each one can be checked against its quote; conversions belong to the model.
 * The article's commas and parentheses are ASCII (U+002C, U+0028/U+0029); only “ ” are not.
 */
import { distance } from "fastest-levenshtein";
import { ModelError } from "./errors";

export type FigureKind = "reported" | "thirdPartyForecast" | "target";

/**
 * How the article bounds the number: 超过/多/上千/突破/超/不低于 make it a floor, 近 makes it
 * approximate, and a range such as 3-4千万 becomes two figures.
 */
export type FigureQualifier = "exact" | "lowerBound" | "approximate" | "rangeLow" | "rangeHigh";

export interface BaselineFigure {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  readonly asOf: string;
  readonly kind: FigureKind;
  readonly qualifier: FigureQualifier;
  readonly quote: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly note?: string;
}

const FIGURES: BaselineFigure[] = [
  {
    key: "tencentCloud.revenue.2019",
    value: 170,
    unit: "亿 CNY",
    asOf: "2019",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "全年收入超过170亿元",
    label: { en: "Tencent Cloud revenue 2019", zh: "腾讯云2019年全年收入" },
  },
  {
    key: "tencentCloud.revenue.2018",
    value: 91,
    unit: "亿 CNY",
    asOf: "2018",
    kind: "reported",
    qualifier: "exact",
    quote: "相较2018年的91亿元增幅为86%",
    label: { en: "Tencent Cloud revenue 2018", zh: "腾讯云2018年收入" },
  },
  {
    key: "tencentCloud.growth.2019",
    value: 86,
    unit: "%",
    asOf: "2019",
    kind: "reported",
    qualifier: "exact",
    quote: "增幅为86%",
    label: { en: "Tencent Cloud revenue growth 2019", zh: "腾讯云2019年收入增幅" },
    note: "170/91 − 1 = 86.8%; the article states 86% (truncated, or computed from unrounded revenues).",
  },
  {
    key: "caict.cloudMarket.2021",
    value: 1858,
    unit: "亿 CNY",
    asOf: "2021",
    kind: "thirdPartyForecast",
    qualifier: "exact",
    quote: "至2021年国内云计算市场总规模将达到1858亿元",
    label: { en: "China cloud market 2021 (CAICT forecast)", zh: "2021年国内云计算市场规模(信通院预测)" },
    note: "Forecast made in 2018, in CAICT's 中国政务云发展白皮书(2018).",
  },
  {
    key: "caict.govCloud.2021",
    value: 813,
    unit: "亿 CNY",
    asOf: "2021",
    kind: "thirdPartyForecast",
    qualifier: "exact",
    quote: "其中政务云以813亿元规模",
    label: { en: "China gov-cloud market 2021 (CAICT forecast)", zh: "2021年政务云市场规模(信通院预测)" },
  },
  {
    key: "caict.govShare.2021",
    value: 43.8,
    unit: "%",
    asOf: "2021",
    kind: "thirdPartyForecast",
    qualifier: "exact",
    quote: "占比高达43.8%",
    label: { en: "Gov-cloud share of cloud market 2021", zh: "2021年政务云占云计算市场比重" },
    note: "813/1858 = 43.76%, consistent with the stated 43.8%.",
  },
  {
    key: "idc.smartCity.global.2023",
    value: 1894.6,
    unit: "亿 USD",
    asOf: "2023",
    kind: "thirdPartyForecast",
    qualifier: "exact",
    quote: "2023年全球智慧城市技术相关投资将达到1894.6亿美元",
    label: { en: "Global smart-city tech investment 2023 (IDC)", zh: "2023年全球智慧城市技术投资(IDC)" },
  },
  {
    key: "idc.smartCity.china.2023",
    value: 389.2,
    unit: "亿 USD",
    asOf: "2023",
    kind: "thirdPartyForecast",
    qualifier: "exact",
    quote: "中国市场规模将达到389.2亿美元",
    label: { en: "China smart-city tech investment 2023 (IDC)", zh: "2023年中国智慧城市技术投资(IDC)" },
  },
  {
    key: "city.tier3.budget.low",
    value: 3000,
    unit: "万 CNY",
    asOf: "~2019",
    kind: "reported",
    qualifier: "rangeLow",
    quote: "一年最低预算在3-4千万",
    label: { en: "Tier-3 city minimum yearly cloud budget (low)", zh: "三线城市上云年最低预算(下限)" },
    note: "3千万 = 3000 万 CNY = 0.30 亿 CNY; an estimate by IT journalist 吴玉征 for one city (Z城, Zhejiang).",
  },
  {
    key: "city.tier3.budget.high",
    value: 4000,
    unit: "万 CNY",
    asOf: "~2019",
    kind: "reported",
    qualifier: "rangeHigh",
    quote: "一年最低预算在3-4千万",
    label: { en: "Tier-3 city minimum yearly cloud budget (high)", zh: "三线城市上云年最低预算(上限)" },
    note: "4千万 = 4000 万 CNY = 0.40 亿 CNY.",
  },
  {
    key: "city.similar.count",
    value: 1000,
    unit: "cities",
    asOf: "~2019",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "全国有上千个类似的城市",
    label: { en: "Similar cities in China", zh: "全国类似城市数量" },
    note: "上千个 means 'a thousand or more'.",
  },
  {
    key: "tencentGov.provinces.2018",
    value: 28,
    unit: "provinces",
    asOf: "2018",
    kind: "reported",
    qualifier: "exact",
    quote: "2018年,腾讯政务云覆盖省份28个(包含澳门)",
    label: { en: "Tencent gov-cloud provinces 2018", zh: "2018年腾讯政务云覆盖省份" },
    note: "Includes Macau.",
  },
  {
    key: "tencentGov.projects.2018",
    value: 97,
    unit: "projects",
    asOf: "2018",
    kind: "reported",
    qualifier: "exact",
    quote: "项目数量97个",
    label: { en: "Tencent gov-cloud projects 2018", zh: "2018年腾讯政务云项目数量" },
  },
  {
    key: "tencentGov.contracts.2018",
    value: 7.97,
    unit: "亿 CNY",
    asOf: "2018",
    kind: "reported",
    qualifier: "exact",
    quote: "合同金额7.97亿",
    label: { en: "Tencent gov-cloud contract value 2018", zh: "2018年腾讯政务云合同金额" },
  },
  {
    key: "tencentGov.provinces.2019",
    value: 28,
    unit: "provinces",
    asOf: "2019",
    kind: "reported",
    qualifier: "exact",
    quote: "2019年,数字变成覆盖省份28个(海外1个)",
    label: { en: "Tencent gov-cloud provinces 2019", zh: "2019年腾讯政务云覆盖省份" },
    note: "Plus one overseas region.",
  },
  {
    key: "tencentGov.projects.2019",
    value: 151,
    unit: "projects",
    asOf: "2019",
    kind: "reported",
    qualifier: "exact",
    quote: "项目数量151个",
    label: { en: "Tencent gov-cloud projects 2019", zh: "2019年腾讯政务云项目数量" },
  },
  {
    key: "tencentGov.contracts.2019",
    value: 26,
    unit: "亿 CNY",
    asOf: "2019",
    kind: "reported",
    qualifier: "exact",
    quote: "合同金额26亿",
    label: { en: "Tencent gov-cloud contract value 2019", zh: "2019年腾讯政务云合同金额" },
  },
  {
    key: "tencentGov.growth.3y",
    value: 25,
    unit: "×",
    asOf: "~2017–2019",
    kind: "reported",
    qualifier: "exact",
    quote: "三年时间在政务领域实现了25倍的增长",
    label: { en: "Tencent gov-cloud growth over three years", zh: "腾讯政务云三年增长倍数" },
    note: "The article does not say which measure grew 25-fold.",
  },
  {
    key: "deal.guiyang.2019-03",
    value: 1,
    unit: "亿 CNY",
    asOf: "2019-03",
    kind: "reported",
    qualifier: "exact",
    quote: "“数字贵阳”合同金额1亿元",
    label: { en: "Digital Guiyang contract", zh: "“数字贵阳”合同金额" },
  },
  {
    key: "deal.chengdu.2019-06",
    value: 8.74,
    unit: "亿 CNY",
    asOf: "2019-06",
    kind: "reported",
    qualifier: "exact",
    quote: "成都“智慧绿道”合同金额8.74亿元",
    label: { en: "Chengdu Smart Greenway contract", zh: "成都“智慧绿道”合同金额" },
  },
  {
    key: "deal.changsha.2019-07",
    value: 5.2,
    unit: "亿 CNY",
    asOf: "2019-07",
    kind: "reported",
    qualifier: "exact",
    quote: "长沙“城市超级大脑”项目合同金额5.2亿元",
    label: { en: "Changsha City Super Brain contract", zh: "长沙“城市超级大脑”合同金额" },
  },
  {
    key: "deal.yunnan.2019-09",
    value: 2.98,
    unit: "亿 CNY",
    asOf: "2019-09",
    kind: "reported",
    qualifier: "exact",
    quote: "“一部手机游云南”合同金额2.98亿元",
    label: { en: "One Phone to Tour Yunnan contract", zh: "“一部手机游云南”合同金额" },
  },
  {
    key: "alibaba.cityBrain.live",
    value: 10,
    unit: "cities",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "已经落地杭州、上海、海口、澳门等十多个城市(地区)",
    label: { en: "Cities with Alibaba City Brain live", zh: "阿里城市大脑落地城市" },
    note: "十多个 means 'more than ten'; the count includes regions such as Macau.",
  },
  {
    key: "alibaba.cityBrain.planned",
    value: 500,
    unit: "cities",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "全国计划要建设城市大脑的城市达到500多个",
    label: { en: "Cities planning a city brain", zh: "计划建设城市大脑的城市" },
  },
  {
    key: "chongqing.tender.winners",
    value: 4,
    unit: "vendors",
    asOf: "2019-10",
    kind: "reported",
    qualifier: "exact",
    quote: "四家云计算平台同时中标",
    label: { en: "Chongqing e-gov cloud tender winners", zh: "重庆电子政务云平台中标家数" },
  },
  {
    key: "policy.online.province",
    value: 90,
    unit: "%",
    asOf: "policy",
    kind: "target",
    qualifier: "lowerBound",
    quote: "省级政务服务事项网上可办率不低于90%",
    label: { en: "Required online availability, provincial", zh: "省级政务服务网上可办率要求" },
  },
  {
    key: "policy.online.cityCounty",
    value: 70,
    unit: "%",
    asOf: "policy",
    kind: "target",
    qualifier: "lowerBound",
    quote: "市县级政务服务事项网上可办率不低于70%",
    label: { en: "Required online availability, city and county", zh: "市县级政务服务网上可办率要求" },
  },
  {
    key: "alibaba.healthCode.provinces",
    value: 24,
    unit: "provinces",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "exact",
    quote: "阿里健康码现在已在全国24省200多座城市落地",
    label: { en: "Provinces with Alibaba health code", zh: "阿里健康码落地省份" },
  },
  {
    key: "alibaba.healthCode.cities",
    value: 200,
    unit: "cities",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "全国24省200多座城市落地",
    label: { en: "Cities with Alibaba health code", zh: "阿里健康码落地城市" },
  },
  {
    key: "tencent.healthCode.scans",
    value: 15,
    unit: "亿 times",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "健康码累计亮码超过15亿人次",
    label: { en: "Tencent health-code displays, cumulative", zh: "腾讯健康码累计亮码人次" },
  },
  {
    key: "tencent.healthCode.people",
    value: 8,
    unit: "亿 people",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "exact",
    quote: "覆盖8亿人口",
    label: { en: "People covered by Tencent health code", zh: "腾讯健康码覆盖人口" },
  },
  {
    key: "tencent.healthCode.provinces",
    value: 20,
    unit: "regions",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "approximate",
    quote: "近20个省级行政区上线",
    label: { en: "Provincial regions with Tencent health code", zh: "腾讯健康码上线省级行政区" },
    note: "近20个 means 'nearly 20', so the true count is likely just under 20.",
  },
  {
    key: "tencent.healthCode.cities",
    value: 300,
    unit: "cities/counties",
    asOf: "2020-03",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "覆盖300多个市县",
    label: { en: "Cities and counties with Tencent health code", zh: "腾讯健康码覆盖市县" },
  },
  {
    key: "tencent.govMiniPrograms.userGrowth",
    value: 60,
    unit: "%",
    asOf: "2020-02",
    kind: "reported",
    qualifier: "approximate",
    quote: "政务行业小程序用户环比增长近60%",
    label: { en: "Gov mini-program user growth", zh: "政务小程序用户环比增长" },
    note: "2020-01-20 to 2020-02-13 against the preceding period, during the epidemic.",
  },
  {
    key: "tencentCloud.paidUsers.2019",
    value: 100,
    unit: "万 customers",
    asOf: "2019",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "付费用户规模突破100万",
    label: { en: "Tencent Cloud paying customers 2019", zh: "腾讯云2019年付费用户" },
  },
  {
    key: "tencentCloud.servers.2019",
    value: 100,
    unit: "万 servers",
    asOf: "2019",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "全网服务器超100万",
    label: { en: "Tencent Cloud servers 2019", zh: "腾讯云2019年全网服务器" },
  },
  {
    key: "tencentCloud.bandwidthPeak.2019",
    value: 100,
    unit: "Tbit/s",
    asOf: "2019",
    kind: "reported",
    qualifier: "lowerBound",
    quote: "带宽峰值突破100T",
    label: { en: "Tencent Cloud peak bandwidth 2019", zh: "腾讯云2019年带宽峰值" },
  },
  {
    key: "tencent.cloudMigrationTarget.2020",
    value: 50,
    unit: "%",
    asOf: "2020",
    kind: "target",
    qualifier: "exact",
    quote: "2020年要实现50%的增量业务上云",
    label: { en: "Tencent in-house cloud migration target 2020", zh: "腾讯2020年增量业务上云目标" },
    note: "Tencent's own target, set in early 2019.",
  },
  {
    key: "survey.jiaxing.sample",
    value: 693,
    unit: "people",
    asOf: "before 2020",
    kind: "reported",
    qualifier: "exact",
    quote: "8187个服务对象中随机抽取了693个调查对象",
    label: { en: "Jiaxing survey sample size", zh: "嘉兴调查样本量" },
    note: "Drawn at random from 8187 users of 9 service types; survey by 嘉兴日报, date not given.",
  },
  {
    key: "survey.jiaxing.aware",
    value: 39.1,
    unit: "%",
    asOf: "before 2020",
    kind: "reported",
    qualifier: "exact",
    quote: "39.1%的受访者表示知道",
    label: { en: "Jiaxing survey: aware of the reform", zh: "嘉兴调查:知道改革" },
  },
  {
    key: "survey.jiaxing.heard",
    value: 31.5,
    unit: "%",
    asOf: "before 2020",
    kind: "reported",
    qualifier: "exact",
    quote: "31.5%的受访者表示“听说过,但不太清楚”",
    label: { en: "Jiaxing survey: heard of it, unclear", zh: "嘉兴调查:听说过但不太清楚" },
  },
  {
    key: "survey.jiaxing.unaware",
    value: 29.4,
    unit: "%",
    asOf: "before 2020",
    kind: "reported",
    qualifier: "exact",
    quote: "另有29.4%的群众表示“不知道”",
    label: { en: "Jiaxing survey: not aware", zh: "嘉兴调查:不知道" },
    note: "39.1 + 31.5 + 29.4 = 100.0%.",
  },
];

// Frozen so that no caller (custom function, task pane) can change a default for everyone else.
export const BASELINE_FIGURES: readonly BaselineFigure[] = Object.freeze(
  FIGURES.map((figure) => Object.freeze({ ...figure, label: Object.freeze({ ...figure.label }) })),
);

export const BASELINE_FIELDS = ["value", "unit", "asOf", "kind", "qualifier", "quote", "label"] as const;
export type BaselineField = (typeof BASELINE_FIELDS)[number];

const BY_KEY = new Map<string, BaselineFigure>(BASELINE_FIGURES.map((figure) => [figure.key, figure]));
// Users type keys into cells, where case slips are common; keys are unique ignoring case.
const BY_LOWER_KEY = new Map<string, BaselineFigure>(
  BASELINE_FIGURES.map((figure) => [figure.key.toLowerCase(), figure]),
);

export function closestBaselineKeys(key: string, count = 3): string[] {
  const wanted = key.toLowerCase();
  return BASELINE_FIGURES.map((figure, index) => ({
    key: figure.key,
    index,
    distance: distance(wanted, figure.key.toLowerCase()),
  }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map((entry) => entry.key);
}

export function baselineFigure(key: string): BaselineFigure {
  const figure = BY_KEY.get(key) ?? BY_LOWER_KEY.get(key.toLowerCase());
  if (figure === undefined) {
    const closest = closestBaselineKeys(key);
    throw new ModelError("notAvailable", {
      en: `No baseline figure "${key}". Closest keys: ${closest.join(", ")}.`,
      zh: `没有基准数据“${key}”。最接近的键:${closest.join("、")}。`,
    });
  }
  return figure;
}

export function baselineValue(key: string): number {
  return baselineFigure(key).value;
}
