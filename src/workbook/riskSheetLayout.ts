import type { LayoutCell } from "../model/modelLayout";
import { cellAddress } from "../model/layout/a1";
import { inLanguage, type Bilingual, type Language } from "../model/language";
import { SHEET_TEXT, sheetText } from "./sheetText";
import type { RiskSheetData } from "./workbookOperations";

/**
 * The risk sheet: the Monte Carlo percentile table (years across, P10/P50/P90 down) with a fan
 * chart, and the tornado table with a bar chart. Values are what the pane computed; where the base
 * result is known the tornado's swings are native formulas on them.
 */

export const RISK_SHEET = "GovCloud Risk";

const VALUE_FORMAT = "#,##0.00";
const FIRST_FACT_ROW = 2;
/** Row of the percentile table's years, which the fan chart takes as its categories. */
export const PERCENTILE_HEADER_ROW = 8;

function put(
  cells: LayoutCell[],
  row: number,
  column: number,
  content: Omit<LayoutCell, "address" | "row" | "column">,
): void {
  cells.push({ address: cellAddress(row, column), row, column, ...content });
}

export interface RiskLayout {
  readonly cells: LayoutCell[];
  readonly percentileRows: readonly { readonly name: string; readonly row: number }[];
  readonly tornadoFirstRow: number;
  readonly tornadoLastRow: number;
  /** Columns of the two values the tornado chart shows (deviations from base when known). */
  readonly tornadoColumns: readonly [number, number];
  readonly lastRow: number;
}

/** The risk sheet's cells (pure, so tests read the layout without Excel). */
export function riskLayout(data: RiskSheetData, language: Language): RiskLayout {
  const text = (words: { en: string; zh: string }, values: Record<string, string | number> = {}): string =>
    sheetText(words, language, values);
  const cells: LayoutCell[] = [];
  put(cells, 1, 1, {
    value: text(SHEET_TEXT.riskTitle, { series: data.series, year: data.year }),
    role: "title",
  });
  const facts: [string, string | number, string?][] = [
    [text(SHEET_TEXT.series), data.series],
    [text(SHEET_TEXT.year), data.year, "0"],
    [text(SHEET_TEXT.trials), data.trials, "#,##0"],
    [text(SHEET_TEXT.seed), data.seed, "0"],
  ];
  if (data.baseResult !== undefined) facts.push([text(SHEET_TEXT.baseResult), data.baseResult, VALUE_FORMAT]);
  facts.forEach(([label, value, numberFormat], index) => {
    put(cells, FIRST_FACT_ROW + index, 1, { value: label, role: "label" });
    put(cells, FIRST_FACT_ROW + index, 2, { value, role: "text", ...(numberFormat ? { numberFormat } : {}) });
  });
  // The base result is the last fact.
  const { baseResult } = data;
  const baseResultCell = baseResult !== undefined ? `$B$${FIRST_FACT_ROW + facts.length - 1}` : undefined;

  const header = PERCENTILE_HEADER_ROW;
  put(cells, header - 1, 1, { value: text(SHEET_TEXT.percentiles), role: "header" });
  put(cells, header, 1, { value: text(SHEET_TEXT.percentile), role: "header" });
  data.years.forEach((year, i) =>
    put(cells, header, 2 + i, { value: year, numberFormat: "0", role: "year" }),
  );
  const percentileRows = (
    [
      ["P10", data.p10],
      ["P50", data.p50],
      ["P90", data.p90],
    ] as const
  ).map(([name, values], index) => {
    const row = header + 1 + index;
    put(cells, row, 1, { value: name, role: "label" });
    values.forEach((value, i) =>
      put(cells, row, 2 + i, { value, numberFormat: VALUE_FORMAT, role: "calculation" }),
    );
    return { name, row };
  });

  const tornadoHeader = header + 5;
  put(cells, tornadoHeader - 1, 1, { value: text(SHEET_TEXT.tornado), role: "header" });
  const headings: Bilingual[] = [
    SHEET_TEXT.assumption,
    SHEET_TEXT.key,
    SHEET_TEXT.resultAtLow,
    SHEET_TEXT.resultAtHigh,
  ];
  if (baseResultCell) headings.push(SHEET_TEXT.lowMinusBase, SHEET_TEXT.highMinusBase);
  headings.forEach((words, i) =>
    put(cells, tornadoHeader, 1 + i, { value: inLanguage(words, language), role: "header" }),
  );
  data.tornado.forEach((entry, index) => {
    const row = tornadoHeader + 1 + index;
    put(cells, row, 1, { value: entry.label, role: "label" });
    put(cells, row, 2, { value: entry.key, role: "key" });
    put(cells, row, 3, { value: entry.resultAtLow, numberFormat: VALUE_FORMAT, role: "calculation" });
    put(cells, row, 4, { value: entry.resultAtHigh, numberFormat: VALUE_FORMAT, role: "calculation" });
    if (baseResultCell && baseResult !== undefined) {
      // `cached`: what Excel will show, so the preview shows the swing too.
      put(cells, row, 5, {
        formula: `C${row}-${baseResultCell}`,
        cached: entry.resultAtLow - baseResult,
        numberFormat: VALUE_FORMAT,
        role: "calculation",
      });
      put(cells, row, 6, {
        formula: `D${row}-${baseResultCell}`,
        cached: entry.resultAtHigh - baseResult,
        numberFormat: VALUE_FORMAT,
        role: "calculation",
      });
    }
  });
  const tornadoLastRow = tornadoHeader + data.tornado.length;
  return {
    cells,
    percentileRows,
    tornadoFirstRow: tornadoHeader + 1,
    tornadoLastRow,
    tornadoColumns: baseResultCell ? [5, 6] : [3, 4],
    lastRow: tornadoLastRow,
  };
}
