import type { BuiltInScenario } from "../assumptionTypes";
import { SCENARIO_HEADERS } from "./layoutText";
import { inLanguage, type Language } from "../language";
import { ARTICLE_CITATION } from "./referenceSheets";

/**
 * How a sheet of the model workbook prints: landscape, fitted to one page wide (as many pages tall
 * as it needs), the key/label columns and the heading row repeated on every page, a header naming
 * the workbook, sheet and scenario, and a footer with the page number and the source. Pure data:
 * the exceljs writer (src/cli/xlsxPageSetup.ts) and the Office.js writer (src/office/pageLayout.ts)
 * each copy it.
 */
export interface PageLayout {
  readonly orientation: "landscape";
  /** Pages wide the sheet is scaled to fit. */
  readonly fitToWidth: number;
  /** Pages tall; 0 means as many as the rows need (Excel's "automatic"). */
  readonly fitToHeight: number;
  /** 1-based rows repeated at the top of every page. */
  readonly titleRows?: LineSpan;
  /** 1-based columns repeated at the left of every page. */
  readonly titleColumns?: LineSpan;
  /** Header and footer sections in Excel's header/footer codes (&A sheet, &F file, &P page, &N pages). */
  readonly header: HeaderFooterSections;
  readonly footer: HeaderFooterSections;
}

export interface LineSpan {
  readonly first: number;
  readonly last: number;
}

export interface HeaderFooterSections {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** What each sheet repeats and how tall it may print. */
export interface SheetPrintPlan {
  readonly titleRows?: LineSpan;
  readonly titleColumns?: LineSpan;
  /** True for the cover: the whole sheet on one page. */
  readonly onePage?: boolean;
}

/** In a header or footer "&" starts a code; a literal ampersand is written "&&". */
export function headerFooterLiteral(text: string): string {
  return text.replace(/&/g, "&&");
}

const WORDS = {
  workbook: { en: "GovCloud Forecast model workbook", zh: "GovCloud Forecast 模型工作簿" },
  scenario: { en: "Scenario written: ", zh: "写入时情景:" },
  page: { en: "Page &P of &N", zh: "第 &P 页,共 &N 页" },
  source: { en: "Source: ", zh: "来源:" },
} as const;

export interface PageLayoutOptions {
  readonly exported: BuiltInScenario;
  readonly language: Language;
}

/**
 * The page layout of one sheet. The header's scenario is the one the workbook was written with
 * (a header cannot show a cell); the cover sheet shows the live one from Forecast!D2.
 */
export function pageLayout(plan: SheetPrintPlan, options: PageLayoutOptions): PageLayout {
  const text = (words: { en: string; zh: string }): string => inLanguage(words, options.language);
  const scenario = inLanguage(SCENARIO_HEADERS[options.exported], options.language);
  return {
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: plan.onePage ? 1 : 0,
    ...(plan.titleRows ? { titleRows: plan.titleRows } : {}),
    ...(plan.titleColumns ? { titleColumns: plan.titleColumns } : {}),
    header: {
      left: headerFooterLiteral(text(WORDS.workbook)) + " (&F)",
      center: "&A",
      right: headerFooterLiteral(text(WORDS.scenario) + scenario),
    },
    footer: {
      left: text(WORDS.page),
      center: "",
      right: headerFooterLiteral(text(WORDS.source) + ARTICLE_CITATION),
    },
  };
}
