/**
 * The model workbook, defined once: which cells hold what on the Cover, Inputs, Forecast, Sources
 * and Notes sheets, every forecast cell as a native formula with the engine's value as its cached
 * result, how each sheet prints, and the charts the exported file draws on the cover.
 * Pure data: the command line writes it with exceljs, the task pane with Office.js, both as thin
 * loops over `sheets[].cells`.
 *
 * FAST conventions (fast-standard.org): inputs on their own sheet; one formula per row, the same in
 * every year column (same R1C1 pattern); no typed-in constants but the years; units in their own
 * column; check rows that are 0 when the model is consistent. Formulas use only functions Excel 2016
 * and LibreOffice both compute: POWER, EXP, LN, MIN, MAX, IF, INDEX, MATCH.
 *
 * Formulas are A1-style without the leading "=" (see `LayoutCell`).
 */
import type { BuiltInScenario } from "./assumptionTypes";
import { ModelError } from "./errors";
import { compileForecast } from "./forecast";
import { createScenario, type AssumptionOverride, type Scenario } from "./scenario";
import { FIRST_YEAR, checkYear } from "./years";
import type { LayoutSheet } from "./layout/cells";
import {
  FORECAST_COLUMNS,
  FORECAST_SHEET,
  forecastSheet,
  type ForecastPlacement,
} from "./layout/forecastSheet";
import { INPUTS_SHEET, inputRows, inputsSheet, type InputRow } from "./layout/inputsSheet";
import type { Language } from "./language";
import { NOTES_SHEET, SOURCES_SHEET, notesSheet, sourcesSheet } from "./layout/referenceSheets";
import { COVER_CHART_ROWS, COVER_SHEET, coverSheet, type CoverPlacement } from "./layout/coverSheet";
import { forecastCharts, type ChartLayout } from "./layout/chartLayout";
import { pageLayout, type SheetPrintPlan } from "./layout/pageLayout";

export type { CellRole, LayoutCell, LayoutSheet } from "./layout/cells";
export type { ForecastPlacement, RowPlacement } from "./layout/forecastSheet";
export type { InputRow } from "./layout/inputsSheet";
export { FORECAST_COLUMNS, FORECAST_SHEET } from "./layout/forecastSheet";
export { INPUT_COLUMNS, INPUTS_SHEET } from "./layout/inputsSheet";
export { ALL_CHECKS_KEY } from "./layout/forecastRows";
export { SCENARIO_HEADERS } from "./layout/layoutText";
export { LANGUAGES, type Language } from "./language";
export { NOTES_SHEET, SOURCES_SHEET } from "./layout/referenceSheets";
export { COVER_SHEET, COVER_SERIES, type CoverPlacement } from "./layout/coverSheet";
export type { ChartLayout, ChartSeriesLayout, ChartCorner } from "./layout/chartLayout";
export type { PageLayout, HeaderFooterSections, LineSpan } from "./layout/pageLayout";
export { cellAddress, columnLetters } from "./layout/a1";

/** The default timeline shown: the article's first observed year to a medium-term planning year. */
export const DEFAULT_LAYOUT_FROM = FIRST_YEAR;
export const DEFAULT_LAYOUT_TO = 2035;

export interface ModelLayoutOptions {
  /** The built-in scenario the Forecast sheet selects and `overrides` apply to; default base. */
  readonly scenario?: BuiltInScenario;
  /** Values set by the user; they go into the scenario's column of the Inputs sheet. */
  readonly overrides?: readonly AssumptionOverride[];
  /** First year shown; earlier years back to FIRST_YEAR are hidden columns (the recursions start there). */
  readonly from?: number;
  readonly to?: number;
  readonly language?: Language;
}

export interface ModelLayout {
  /** The scenario the cached values come from: the built-in one with the overrides. */
  readonly scenario: Scenario;
  readonly exported: BuiltInScenario;
  readonly from: number;
  readonly to: number;
  readonly language: Language;
  readonly inputRows: readonly InputRow[];
  readonly inputs: LayoutSheet;
  readonly forecast: LayoutSheet;
  readonly placement: ForecastPlacement;
  readonly cover: LayoutSheet;
  readonly coverPlacement: CoverPlacement;
  /** Cover, Inputs, Forecast, Sources, Notes: the order a workbook shows them, each with its page layout. */
  readonly sheets: readonly LayoutSheet[];
  /** The charts the exported file draws on the cover (the pane draws its own on the Forecast sheet). */
  readonly charts: readonly ChartLayout[];
}

/**
 * Lays out the model workbook. Throws a ModelError for an unknown key, a value out of bounds or a
 * bad year range, exactly as the engine does for the same overrides.
 */
export function buildModelLayout(options: ModelLayoutOptions = {}): ModelLayout {
  const exported = options.scenario ?? "base";
  const language = options.language ?? "en";
  const from = checkYear(options.from ?? DEFAULT_LAYOUT_FROM, { en: "from year", zh: "起始年份" });
  const to = checkYear(options.to ?? DEFAULT_LAYOUT_TO, { en: "to year", zh: "结束年份" });
  if (from > to) {
    throw new ModelError("outOfRange", {
      en: `from year ${from} is after to year ${to}.`,
      zh: `起始年份 ${from} 晚于结束年份 ${to}。`,
    });
  }
  const scenario = createScenario(exported, options.overrides ?? []);
  const forecast = compileForecast(scenario);
  const rows = inputRows(scenario, exported);
  const inputs = inputsSheet(rows, exported, language);
  const { sheet, placement } = forecastSheet({ forecast, inputs: rows, exported, from, to, language });
  const changed = rows.filter((row) => row.overridden || row.userDefined);
  const sources = sourcesSheet(language);
  const notes = notesSheet({
    exported,
    overrides: changed.map((row) => ({ key: row.key, value: row.values[exported] })),
    from,
    to,
    language,
    forecast,
    selector: placement.selector,
  });
  const cover = coverSheet({
    forecast,
    placement,
    forecastSheet: sheet.name,
    exported,
    from,
    to,
    language,
  });
  const charts = forecastCharts({
    forecast,
    placement,
    forecastSheet: sheet.name,
    from,
    language,
    area: {
      sheet: COVER_SHEET,
      top: cover.placement.chartsTop,
      bottom: cover.placement.chartsTop + COVER_CHART_ROWS,
      columnWidths: cover.sheet.columnWidths,
      columns: cover.sheet.columnWidths.length,
    },
  });
  const plans = printPlans(placement.yearRow);
  const printed = (layout: LayoutSheet): LayoutSheet => ({
    ...layout,
    page: pageLayout(plans.get(layout.name) ?? {}, { exported, language }),
  });
  return {
    scenario,
    exported,
    from,
    to,
    language,
    inputRows: rows,
    inputs: printed(inputs),
    forecast: printed(sheet),
    placement,
    cover: printed(cover.sheet),
    coverPlacement: cover.placement,
    sheets: [cover.sheet, inputs, sheet, sources, notes].map(printed),
    charts,
  };
}

/**
 * What each sheet repeats on every printed page: the Forecast sheet its year row and key, label
 * and unit columns; the tables their header row and key column; the cover fits one page.
 */
function printPlans(yearRow: number): ReadonlyMap<string, SheetPrintPlan> {
  return new Map<string, SheetPrintPlan>([
    [COVER_SHEET, { onePage: true }],
    [INPUTS_SHEET, { titleRows: { first: 1, last: 1 }, titleColumns: { first: 1, last: 2 } }],
    [
      FORECAST_SHEET,
      {
        titleRows: { first: yearRow, last: yearRow },
        titleColumns: { first: FORECAST_COLUMNS.key, last: FORECAST_COLUMNS.unit },
      },
    ],
    [SOURCES_SHEET, { titleRows: { first: 1, last: 1 }, titleColumns: { first: 1, last: 1 } }],
    [NOTES_SHEET, { titleColumns: { first: 1, last: 1 } }],
  ]);
}

/**
 * The cover for the task pane's workbook: its Forecast sheet may have another name ("Forecast (2)")
 * and it has no Sources sheet, so the source line links to the inputs sheet's Source column.
 */
export function paneCover(layout: ModelLayout, forecastSheet: string): LayoutSheet {
  const { sheet } = coverSheet({
    forecast: compileForecast(layout.scenario),
    placement: layout.placement,
    forecastSheet,
    exported: layout.exported,
    from: layout.from,
    to: layout.to,
    language: layout.language,
    linkTo: "inputs",
  });
  return { ...sheet, page: layout.cover.page };
}
