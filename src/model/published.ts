/**
 * Figures published AFTER the article, for backtests and re-anchoring: a second data set, kept
 * apart from the article's (baseline.ts). Nothing here is a default of any built-in scenario; a
 * user brings one into a scenario only through `actual.…` / `anchor.…` rows.
 *
 * Rows, keys, values and texts must match shared/docs/published-figures.md exactly (a test checks
 * each row). Keys are permanent once shipped: `published.<series>.<year>.<publisher>`.
 */
import { ModelError } from "./errors";

/** reported = the publisher's own figure; derived = computed from a reported figure and its growth. */
export type PublishedStatus = "reported" | "derived";
/** Whether the figure measures what the model's series measures. */
export type Comparability = "yes" | "partly" | "no";

/** Marks a figure as not the article's, everywhere it is shown. */
export const PUBLISHED_SET_LABEL = {
  en: "published after the article (not an article figure)",
  zh: "文章发表后公布的数据(非文章数据)",
} as const;

export interface PublishedFigure {
  readonly key: string;
  /** The model series it measures: market.total, market.gov, vendor.<Vendor>.revenue. */
  readonly series: string;
  readonly year: number;
  readonly value: number;
  readonly unit: "亿 CNY";
  readonly status: PublishedStatus;
  readonly scope: string;
  readonly comparable: Comparability;
  readonly source: string;
  readonly note: string;
}

type Row = Omit<PublishedFigure, "key" | "series" | "unit"> & { readonly publisher: string };

function figures(series: string, rows: readonly Row[]): PublishedFigure[] {
  return rows.map(({ publisher, ...row }) => ({
    key: `published.${series}.${row.year}.${publisher}`,
    series,
    unit: "亿 CNY",
    ...row,
  }));
}

const TOTAL_SCOPE = "public + private cloud";
const GOV_SCOPE = "gov-cloud market, all layers";

const FIGURES: PublishedFigure[] = [
  ...figures("market.total", [
    {
      publisher: "caict",
      year: 2018,
      value: 962.8,
      status: "reported",
      scope: TOTAL_SCOPE,
      comparable: "yes",
      source:
        "CAICT 云计算发展白皮书 (2019), as reported by Xinhua; forum.daffodilvarsity.edu.bd/index.php/topic,56343.0",
      note: 'secondary copy; "up 39.2% from 2017"',
    },
    {
      publisher: "caict",
      year: 2020,
      value: 2091.3,
      status: "derived",
      scope: TOTAL_SCOPE,
      comparable: "yes",
      source: "3229 / 1.544 (2021 level and its reported growth of 54.4%)",
      note: "CAICT's own 2020 figure (reported as 2091) was not found in a stored copy",
    },
    {
      publisher: "caict",
      year: 2021,
      value: 3229,
      status: "reported",
      scope: TOTAL_SCOPE,
      comparable: "yes",
      source:
        "中国互联网协会《中国互联网发展报告(2022)》, 2022-11-16, quoting CAICT; m.cncms.com/yunying/jinrong/20221116/111623616.html",
      note: "growth 54.4%",
    },
    {
      publisher: "caict",
      year: 2022,
      value: 4550,
      status: "reported",
      scope: TOTAL_SCOPE,
      comparable: "yes",
      source: "CAICT《云计算白皮书(2023年)》, 2023-07; enet.com.cn/article/2023/0821/A202308211269360.html",
      note: "growth 40.91%",
    },
    {
      publisher: "caict",
      year: 2023,
      value: 6166.7,
      status: "derived",
      scope: TOTAL_SCOPE,
      comparable: "yes",
      source: "8288 / 1.344 (2024 level and its reported growth of 34.4%)",
      note: "CAICT's own 2023 figure was not found in a stored copy",
    },
    {
      publisher: "caict",
      year: 2024,
      value: 8288,
      status: "reported",
      scope: "public + private cloud (public 6216, private 2072)",
      comparable: "yes",
      source: "CAICT《云计算蓝皮书(2025年)》, 2025-07, pp. 21–22",
      note: "secondary copy (a textbook draft citing the CAICT PDF)",
    },
  ]),
  ...figures("market.gov", [
    {
      publisher: "iresearch",
      year: 2019,
      value: 527.7,
      status: "reported",
      scope: GOV_SCOPE,
      comparable: "yes",
      source: "iResearch 艾瑞《2020年中国政务云行业研究报告》, 2020-06; wap.265xx.com/w410/159561.html",
      note: "iResearch forecast 1114.4 for 2023 (CAGR 20.6%) in the same report",
    },
    {
      publisher: "ccid",
      year: 2021,
      value: 786.9,
      status: "reported",
      scope: GOV_SCOPE,
      comparable: "yes",
      source: "CCID 赛迪顾问《2021-2022年中国政务云市场研究年度报告》, ~2022; ccyxbj.cn/bgdown/77340.html",
      note: "growth 20.4%; CCID forecast 1310.4 for 2024",
    },
    {
      publisher: "idc",
      year: 2020,
      value: 270.6,
      status: "reported",
      scope: "gov-cloud infrastructure only (public 81.4 + dedicated 189.2)",
      comparable: "no",
      source: "IDC, 2021-08-05; www2.easemob.com/news/6932",
      note: "context only: a narrower scope than the model's series",
    },
  ]),
  ...figures("vendor.Alibaba.revenue", [
    {
      publisher: "alibaba",
      year: 2020,
      value: 400.2,
      status: "reported",
      scope: "Alibaba Cloud revenue, fiscal year to March 2020",
      comparable: "partly",
      source: "Alibaba results via Global Times, 2020-05; globaltimes.cn/content/1189200.shtml",
      note: "fiscal year ends in March: FY2020 ≈ calendar 2019-04..2020-03",
    },
    {
      publisher: "alibaba",
      year: 2021,
      value: 601.2,
      status: "reported",
      scope: "Alibaba Cloud revenue, fiscal year to March 2021",
      comparable: "partly",
      source: "Alibaba results, 2021-05; posts.careerengine.us/p/60a2798ffcde370658d995e9",
      note: "growth 50%",
    },
    {
      publisher: "alibaba",
      year: 2022,
      value: 745.68,
      status: "reported",
      scope:
        "Alibaba Cloud revenue from outside customers, fiscal year to March 2022 (1001.8 including Alibaba's own units)",
      comparable: "partly",
      source: "Alibaba results, 2022-05-26; new.qq.com/rain/a/20220526A0CDIK00",
      note: "basis changed later: FY2025 Cloud Intelligence Group 1180 includes intra-group revenue",
    },
  ]),
  ...figures("vendor.Huawei.revenue", [
    {
      publisher: "huawei",
      year: 2022,
      value: 453,
      status: "reported",
      scope: "Huawei Cloud revenue",
      comparable: "partly",
      source: "Huawei annual report 2022; jnlyseo.com/466856.html",
      note: "",
    },
    {
      publisher: "huawei",
      year: 2023,
      value: 553,
      status: "reported",
      scope: "Huawei Cloud revenue",
      comparable: "partly",
      source: "Huawei annual report 2023; m.nbd.com.cn/articles/2024-03-30/3305661.html",
      note: "2024's report (385, +8.5%) implies a restated 2023 of about 355: scope changed",
    },
  ]),
];

// Frozen: a caller must not change the data set for everyone else.
export const PUBLISHED_FIGURES: readonly PublishedFigure[] = Object.freeze(
  FIGURES.map((figure) => Object.freeze({ ...figure })),
);

const BY_LOWER_KEY = new Map<string, PublishedFigure>(
  PUBLISHED_FIGURES.map((figure) => [figure.key.toLowerCase(), figure]),
);

export function publishedFigure(key: string): PublishedFigure {
  const figure = BY_LOWER_KEY.get(key.trim().toLowerCase());
  if (!figure) {
    throw new ModelError("notAvailable", {
      en: `No published figure "${key}". GOVCLOUD.ACTUALS() lists the keys (published.<series>.<year>.<publisher>).`,
      zh: `没有已公布数据“${key}”。GOVCLOUD.ACTUALS() 列出所有键(published.<序列>.<年份>.<发布方>)。`,
    });
  }
  return figure;
}

/** The published figures of a series (case-insensitive), oldest first. */
export function publishedFiguresOf(series: string): PublishedFigure[] {
  const wanted = series.trim().toLowerCase();
  return PUBLISHED_FIGURES.filter((figure) => figure.series.toLowerCase() === wanted).sort(
    (a, b) => a.year - b.year,
  );
}

/**
 * The one published figure comparable with the model's series (comparable = yes) for `series` in
 * `year`, if any. "partly" and "no" never stand in for an actual by default: the user adds them as
 * `actual.…` rows knowingly.
 */
export function comparablePublished(series: string, year: number): PublishedFigure | undefined {
  return publishedFiguresOf(series).find((figure) => figure.year === year && figure.comparable === "yes");
}

/** Each series' latest comparable published figure: what `--anchor-published` anchors on. */
export function latestComparablePublished(): PublishedFigure[] {
  const latest = new Map<string, PublishedFigure>();
  for (const figure of PUBLISHED_FIGURES) {
    if (figure.comparable !== "yes") continue;
    const seen = latest.get(figure.series);
    if (!seen || seen.year < figure.year) latest.set(figure.series, figure);
  }
  return [...latest.values()];
}
