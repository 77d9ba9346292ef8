/**
 * Everything the task pane asks of the workbook, as one interface. `excelWorkbook.ts` implements
 * it with Office.js (each operation one `Excel.run` over functions in this folder that take a
 * `RequestContext`); the browser preview implements it in memory. Components receive an
 * implementation through React context and never call `Excel.run` themselves, so tests give them
 * fakes and the same pane runs outside Excel.
 *
 * Every method rejects with an Error whose message says what went wrong and what to do next; the
 * pane shows it in a message bar.
 */
import type { BuiltInScenario } from "../model/assumptionTypes";
import type { SelfCheckReport } from "./selfCheckResults";

/** UI and sheet language: the model's one language type, re-exported for the pane's many imports. */
export type { Language } from "../model/language";
import type { Language } from "../model/language";

/**
 * A problem of the inputs table and one row of it: defined with the table's diagnosis in
 * src/model/inputsTable.ts (pure, shared with tests and tools), re-exported here for the pane.
 */
export type { InputsRow, TableProblem } from "../model/inputsTable";
import type { InputsRow, TableProblem } from "../model/inputsTable";
import type { InputRowWrite } from "../model/inputsTable/rowWrites";
export type { InputRowWrite } from "../model/inputsTable/rowWrites";

export interface InputsSnapshot {
  /** Scenario columns in table order: "Bear", "Base", "Bull", then custom scenarios. */
  readonly scenarios: readonly string[];
  readonly rows: readonly InputsRow[];
  readonly problems: readonly TableProblem[];
  /** Version stamp found in document settings (undefined for a table made before stamping). */
  readonly version: number | undefined;
}

export interface VendorDefinition {
  readonly name: string;
  /** Two observed years and values of revenue (亿 CNY); other metrics optional. */
  readonly revenue: readonly [{ year: number; value: number }, { year: number; value: number }];
  readonly terminalGrowth?: number;
  readonly halfLife?: number;
}

export interface ForecastSheetOptions {
  readonly from: number;
  readonly to: number;
  readonly language: Language;
  /**
   * Delete the Forecast sheet already there (and the cover that reads it) before inserting; without
   * it a second insertion gets its own name ("Forecast (2)").
   */
  readonly replace?: boolean;
}

export interface RiskSheetData {
  readonly series: string;
  readonly year: number;
  readonly trials: number;
  readonly seed: number;
  /** Years across, P10/P50/P90 rows (value not exceeded with that probability). */
  readonly years: readonly number[];
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  /**
   * The series' value with every assumption at Base (`Tornado.baseResult`). When given, the tornado
   * chart shows each bar's distance from it, as a tornado does; otherwise the two results.
   */
  readonly baseResult?: number;
  readonly tornado: readonly {
    readonly key: string;
    readonly label: string;
    readonly resultAtLow: number;
    readonly resultAtHigh: number;
  }[];
}

/** A cell holding a GOVCLOUD formula, for Prepare for sharing. */
export interface FunctionFormula {
  readonly address: string;
  readonly formula: string;
}

export interface WorkbookOperations {
  /**
   * Reads the inputs table; `undefined` when the workbook has not been set up. Problem messages are
   * in `language`, by default the language of the table's headers.
   */
  readInputs(language?: Language): Promise<InputsSnapshot | undefined>;
  /** Creates the inputs sheet, table, names and version stamp, or repairs what is missing; never overwrites a user's value. */
  setUpWorkbook(language: Language): Promise<InputsSnapshot>;
  /** Writes one assumption value into its scenario column. */
  writeValue(key: string, scenario: string, value: number): Promise<void>;
  addScenario(name: string, copyFrom: string): Promise<void>;
  renameScenario(from: string, to: string): Promise<void>;
  deleteScenario(name: string): Promise<void>;
  /** Puts the article defaults back into a scenario column (custom ones reset to built-in base). */
  resetScenario(name: string, defaults: BuiltInScenario): Promise<void>;
  addVendor(vendor: VendorDefinition): Promise<void>;
  /**
   * Sets a user vendor's fade assumption (`vendor.<V>.<metric>.terminalGrowth`, `.fade.halfLife`,
   * `.govContracts.shareCap`) that has no row yet: adds the row inside the inputs table with `values`
   * by scenario column (Map: scenario names are the user's text).
   */
  addVendorAssumption(key: string, values: ReadonlyMap<string, number>): Promise<void>;
  /** Deletes a user vendor's rows from every scenario column; resolves to the number of rows removed. */
  removeVendor(name: string): Promise<number>;
  /**
   * Writes rows by key: the listed scenario cells of existing rows, new rows appended (actual.… and
   * anchor.… rows, issue 12). Optional so that older appliers and test fakes need not have it.
   */
  writeRows?(rows: readonly InputRowWrite[]): Promise<void>;
  /** Calls `listener` when a cell of the inputs table changes (typed in the sheet); returns an unsubscribe. */
  onInputsChanged(listener: () => void): Promise<() => Promise<void>>;
  /** Whether a sheet named Forecast is there already (the pane then asks: replace it, or add another). */
  hasForecastSheet(): Promise<boolean>;
  insertForecastSheet(options: ForecastSheetOptions): Promise<string>;
  writeRiskSheet(data: RiskSheetData, language: Language): Promise<string>;
  listFunctionFormulas(): Promise<FunctionFormula[]>;
  /** Replaces GOVCLOUD formulas with their values, keeping the originals on the GovCloud Formulas sheet. */
  convertFormulasToValues(): Promise<number>;
  /** Puts the kept formulas back. */
  restoreFormulas(): Promise<number>;
  /** Whether the pane opens with this workbook (optional: implementations without it show no switch). */
  readOpenWithWorkbook?(): Promise<boolean>;
  setOpenWithWorkbook?(open: boolean): Promise<void>;
  /** "Check this Excel": runs the self-check in this workbook, `paneLanguage` being what the pane shows. */
  runSelfCheck?(paneLanguage: Language): Promise<SelfCheckReport>;
}
