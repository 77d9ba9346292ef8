import type { BuiltInScenario } from "../assumptionTypes";
import type { Forecast } from "../forecast";
import { vendorSeriesKey } from "./forecastRows";
import { yearIndex } from "../years";
import { absoluteAddress, cellAddress, qualifiedAddress } from "./a1";
import { SheetCells, type LayoutSheet } from "./cells";
import type { ForecastPlacement } from "./forecastSheet";
import { INPUTS_HEADER_ROW, INPUTS_SHEET, INPUT_COLUMNS } from "./inputsSheet";
import { LAYOUT_TEXT, SCENARIO_HEADERS, unitFormat, unitText } from "./layoutText";
import { inLanguage, type Bilingual, type Language } from "../language";
import { ALL_CHECKS_KEY } from "./forecastRows";
import { ARTICLE_CITATION, SOURCES_SHEET } from "./referenceSheets";

/**
 * The cover sheet, first in the workbook: what the file is, the scenario the Forecast sheet
 * selects, key figures for a few years, the source, and how to use the file. Every number is a
 * formula reading the Forecast sheet (plain references, which Excel and LibreOffice keep pointing
 * at the same cells when rows are inserted), so the cover follows a changed input or scenario.
 */
export const COVER_SHEET = "Cover";

/** Key | Label | Unit | one column per key year. */
export const COVER_COLUMNS = { key: 1, label: 2, unit: 3, firstYear: 4 } as const;
const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const SCENARIO_ROW = 4;
const FIGURES_HEADER_ROW = 6;
const FIRST_FIGURE_ROW = FIGURES_HEADER_ROW + 1;
/** Rows the charts take below the text (the export draws them there). */
export const COVER_CHART_ROWS = 22;
const MAX_KEY_YEARS = 5;

/** The series the cover shows: both markets, the article's vendor, the cities, and the bridge ratio. */
export const COVER_SERIES: readonly string[] = [
  "market.gov",
  "market.total",
  vendorSeriesKey("Tencent", "revenue"),
  "city.spend",
  "bridge.ratio",
];

const COVER_TEXT = {
  subtitle: {
    en: "Model workbook, {from}–{to}: every number is a formula you can audit and recalculate without the add-in.",
    zh: "模型工作簿,{from}–{to}年:所有数字都是可核对、无需加载项即可重算的公式。",
  },
  scenario: { en: "Scenario shown", zh: "当前情景" },
  scenarioNote: {
    en: "selected in Forecast!D2 (Bear, Base or Bull)",
    zh: "在 Forecast!D2 选择(悲观、基准或乐观)",
  },
  keyFigures: { en: "Key figures (read from the Forecast sheet)", zh: "关键数据(取自 Forecast 表)" },
  checks: { en: "Largest check difference (must read 0)", zh: "最大校验差额(必须为0)" },
  source: { en: "Source", zh: "来源" },
  sourcesLink: {
    en: "Sources sheet: the article's figures with their verbatim quotes",
    zh: "Sources 表:文章数据及原文",
  },
  inputsLink: {
    en: "GovCloud Inputs, Source column: the article's verbatim quote behind each figure",
    zh: "GovCloud Inputs 表来源列:每项数据的原文",
  },
  howTo: { en: "How to use", zh: "使用方法" },
  step1: {
    en: "1. Change the scenario in Forecast!D2 (Bear, Base or Bull): every sheet, this one included, recalculates.",
    zh: "1. 在 Forecast!D2 切换情景(悲观、基准或乐观):所有工作表(包括本页)随之重算。",
  },
  step2: {
    en: "2. Edit only the yellow cells on GovCloud Inputs (the Bear, Base and Bull columns); everything else is a formula.",
    zh: "2. 只修改 GovCloud Inputs 表的黄色单元格(悲观、基准、乐观三列);其余均为公式。",
  },
  step3: {
    en: "3. The checks must read 0: the line above and the check rows of the Forecast sheet.",
    zh: "3. 校验值必须为0:见上方一行及 Forecast 表的校验行。",
  },
} as const satisfies Record<string, Bilingual>;

/** The first and last year shown and the round years between (every 5, or every 10 when that is too many). */
export function coverYears(from: number, to: number): number[] {
  for (const step of [5, 10, 20]) {
    const years = [from];
    for (let year = Math.ceil((from + 1) / step) * step; year < to; year += step) years.push(year);
    if (to > from) years.push(to);
    if (years.length <= MAX_KEY_YEARS) return years;
  }
  return [from, to];
}

export interface CoverSheetOptions {
  readonly forecast: Forecast;
  readonly placement: ForecastPlacement;
  /** The name of the Forecast sheet the formulas read ("Forecast", or "Forecast (2)" in a workbook that had one). */
  readonly forecastSheet: string;
  readonly exported: BuiltInScenario;
  readonly from: number;
  readonly to: number;
  readonly language: Language;
  /**
   * Where the source line links: the Sources sheet of an exported workbook, or (the task pane's
   * workbook has no Sources sheet) the Source column of the inputs sheet.
   */
  readonly linkTo?: "sources" | "inputs";
}

export interface CoverPlacement {
  /** The first row below the text, where charts may go. */
  readonly chartsTop: number;
  readonly figureRows: readonly { readonly key: string; readonly row: number }[];
  readonly yearColumns: readonly { readonly year: number; readonly column: number }[];
}

export function coverSheet(options: CoverSheetOptions): { sheet: LayoutSheet; placement: CoverPlacement } {
  const { forecast, placement, forecastSheet, exported, from, to, language } = options;
  const text = (words: Bilingual): string => inLanguage(words, language);
  const onForecast = (row: number, column: number): string =>
    qualifiedAddress(forecastSheet, absoluteAddress(row, column));
  const cells = new SheetCells();
  const columnOfYear = new Map(placement.yearColumns.map(({ year, column }) => [year, column]));
  const yearColumns = coverYears(from, to).map((year, i) => ({
    year,
    column: COVER_COLUMNS.firstYear + i,
    forecastColumn: columnOfYear.get(year) ?? 0,
  }));

  cells.text(TITLE_ROW, COVER_COLUMNS.key, text(LAYOUT_TEXT.title), "title");
  cells.text(
    SUBTITLE_ROW,
    COVER_COLUMNS.key,
    text(COVER_TEXT.subtitle).replace("{from}", String(from)).replace("{to}", String(to)),
  );

  // The live scenario: the Forecast sheet's selector.
  cells.text(SCENARIO_ROW, COVER_COLUMNS.key, text(COVER_TEXT.scenario), "header");
  cells.put(SCENARIO_ROW, COVER_COLUMNS.label, {
    // "D2" → "$D$2" ("$$" is a literal "$" in a replacement).
    formula: qualifiedAddress(forecastSheet, placement.selector.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")),
    cached: text(SCENARIO_HEADERS[exported]),
    role: "calculation",
  });
  cells.text(SCENARIO_ROW, COVER_COLUMNS.unit, text(COVER_TEXT.scenarioNote));

  // Key figures: the Forecast sheet's year headers and series cells.
  cells.text(FIGURES_HEADER_ROW, COVER_COLUMNS.key, text(LAYOUT_TEXT.key), "header");
  cells.text(FIGURES_HEADER_ROW, COVER_COLUMNS.label, text(COVER_TEXT.keyFigures), "header");
  cells.text(FIGURES_HEADER_ROW, COVER_COLUMNS.unit, text(LAYOUT_TEXT.unit), "header");
  for (const { year, column, forecastColumn } of yearColumns) {
    cells.put(FIGURES_HEADER_ROW, column, {
      formula: onForecast(placement.yearRow, forecastColumn),
      cached: year,
      numberFormat: "0",
      role: "year",
    });
  }
  const rowOf = new Map(placement.seriesRows.map(({ key, row }) => [key, row]));
  const shownSeries = COVER_SERIES.filter((key) => rowOf.has(key));
  const figureRows = shownSeries.map((key, i) => ({ key, row: FIRST_FIGURE_ROW + i }));
  for (const { key, row } of figureRows) {
    const info = forecast.info(key);
    const values = forecast.values(key);
    const forecastRow = rowOf.get(key) ?? 0;
    cells.text(row, COVER_COLUMNS.key, key, "key");
    cells.text(row, COVER_COLUMNS.label, text(info.label), "label");
    cells.text(row, COVER_COLUMNS.unit, unitText(info.unit, language), "unit");
    for (const { year, column, forecastColumn } of yearColumns) {
      cells.put(row, column, {
        formula: onForecast(forecastRow, forecastColumn),
        cached: values[yearIndex(year)] ?? Number.NaN,
        numberFormat: unitFormat(info.unit),
        role: "calculation",
      });
    }
  }

  // The largest check over every year column (hidden ones too): 0 when the model is consistent.
  const checksRow = FIRST_FIGURE_ROW + figureRows.length;
  const allChecks = placement.checkRows.find(({ key }) => key === ALL_CHECKS_KEY)?.row;
  const firstColumn = placement.yearColumns[0]?.column;
  const lastColumn = placement.yearColumns[placement.yearColumns.length - 1]?.column;
  if (allChecks !== undefined && firstColumn !== undefined && lastColumn !== undefined) {
    cells.text(checksRow, COVER_COLUMNS.key, ALL_CHECKS_KEY, "key");
    cells.text(checksRow, COVER_COLUMNS.label, text(COVER_TEXT.checks), "label");
    cells.put(checksRow, COVER_COLUMNS.firstYear, {
      formula: `MAX(${qualifiedAddress(forecastSheet, `${absoluteAddress(allChecks, firstColumn)}:${absoluteAddress(allChecks, lastColumn)}`)})`,
      cached: 0,
      role: "check",
    });
  }

  const sourceRow = checksRow + 2;
  cells.text(sourceRow, COVER_COLUMNS.key, text(COVER_TEXT.source), "header");
  cells.text(sourceRow, COVER_COLUMNS.label, ARTICLE_CITATION);
  const toInputs = options.linkTo === "inputs";
  const link = text(toInputs ? COVER_TEXT.inputsLink : COVER_TEXT.sourcesLink);
  const target = toInputs
    ? qualifiedAddress(INPUTS_SHEET, cellAddress(INPUTS_HEADER_ROW, INPUT_COLUMNS.source))
    : qualifiedAddress(SOURCES_SHEET, "A1");
  cells.put(sourceRow + 1, COVER_COLUMNS.label, {
    // An in-workbook link ("#Sheet!A1"), which Excel and LibreOffice both follow.
    formula: `HYPERLINK("#${target}","${link.replace(/"/g, '""')}")`,
    cached: link,
    role: "text",
  });

  const howToRow = sourceRow + 3;
  cells.text(howToRow, COVER_COLUMNS.key, text(COVER_TEXT.howTo), "header");
  [COVER_TEXT.step1, COVER_TEXT.step2, COVER_TEXT.step3].forEach((step, i) =>
    cells.text(howToRow + i, COVER_COLUMNS.label, text(step)),
  );

  const sheet: LayoutSheet = {
    name: COVER_SHEET,
    cells: cells.list(),
    columnWidths: [22, 42, 10, ...yearColumns.map(() => 13)],
    hiddenColumns: [],
    frozen: { rows: 0, columns: 0 },
  };
  return {
    sheet,
    placement: {
      chartsTop: howToRow + 4,
      figureRows,
      yearColumns: yearColumns.map(({ year, column }) => ({ year, column })),
    },
  };
}
