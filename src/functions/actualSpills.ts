/**
 * The tables GOVCLOUD.ACTUALS and BACKTEST spill. The published figures are labelled as published
 * after the article in their header, so a spilled copy is never taken for the article's figures.
 */
import type { Backtest } from "../model/backtest";
import {
  PUBLISHED_FIGURES,
  PUBLISHED_SET_LABEL,
  type Comparability,
  type PublishedStatus,
} from "../model/published";
import { inLanguage, type Language } from "../model/language";
import type { Orientation, Spill } from "./spills";

const STATUS: Readonly<Record<PublishedStatus, { en: string; zh: string }>> = {
  reported: { en: "reported", zh: "报道数据" },
  derived: { en: "derived", zh: "推算数据" },
};

const COMPARABLE: Readonly<Record<Comparability, { en: string; zh: string }>> = {
  yes: { en: "yes", zh: "可比" },
  partly: { en: "partly", zh: "部分可比" },
  no: { en: "no", zh: "不可比" },
};

export function actualsSpill(lang: Language): Spill {
  const header = inLanguage(
    {
      en: [
        `Key (${PUBLISHED_SET_LABEL.en})`,
        "Series",
        "Year",
        "Value",
        "Unit",
        "Status",
        "Scope",
        "Comparable",
        "Source",
      ],
      zh: [`键(${PUBLISHED_SET_LABEL.zh})`, "序列", "年份", "数值", "单位", "状态", "口径", "可比性", "来源"],
    },
    lang,
  );
  return [
    header,
    ...PUBLISHED_FIGURES.map((f) => [
      f.key,
      f.series,
      f.year,
      f.value,
      f.unit,
      inLanguage(STATUS[f.status], lang),
      f.scope,
      inLanguage(COMPARABLE[f.comparable], lang),
      f.source,
    ]),
  ];
}

/** Year | Forecast | Actual | Error, one row per actual, then MAPE in the Error column. */
export function backtestSpill(result: Backtest, orientation: Orientation): Spill {
  const rows: Spill = [
    ["Year", "Forecast", "Actual", "Error"],
    ...result.rows.map((row) => [row.year, row.forecast, row.actual, row.error]),
    ["MAPE", "", "", result.mape],
  ];
  return orientation === "rows"
    ? rows
    : (rows[0] ?? []).map((_, column) => rows.map((row) => row[column] ?? ""));
}
