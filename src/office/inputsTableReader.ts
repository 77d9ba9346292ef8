import {
  INPUTS_SHEET_NAME,
  INPUTS_TABLE_NAME,
  expectedWorkbookNames,
  nameProblems,
  readInputsTable,
  type InputsTableReading,
} from "../model/inputsTable";
import { parseRangeAddress, type RangeBox } from "../workbook/addresses";
import { loadVersionStamp, versionOf } from "./settingsStamp";
import { noInputsTable } from "../workbook/editChecks";
import type { InputsSnapshot, Language } from "../workbook/workbookOperations";
import { inLanguage } from "../model/language";
import type { ExistingName } from "../workbook/setUpPlan";

/**
 * Reads the inputs table with two round trips: one to find the table, the stamp and the names, one
 * for the table's cells (a null object's range cannot be asked for before Excel says it exists).
 */

/** A workbook name and its formula as Excel reads it back. */
export type WorkbookNameItem = ExistingName;

export interface LoadedInputsTable {
  readonly table: Excel.Table;
  /** The whole table, header row included. */
  readonly box: RangeBox;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormats: unknown[][];
  readonly reading: InputsTableReading;
  readonly version: number | undefined;
  readonly names: readonly WorkbookNameItem[];
}

export interface InputsProbe {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly stamp: Excel.Setting;
  readonly names: Excel.NamedItemCollection;
}

/** The first round trip: does the table (and its sheet) exist, the stamp, the workbook's names. */
export async function probeInputs(context: Excel.RequestContext): Promise<InputsProbe> {
  const table = context.workbook.tables.getItemOrNullObject(INPUTS_TABLE_NAME);
  table.load("isNullObject");
  const sheet = context.workbook.worksheets.getItemOrNullObject(INPUTS_SHEET_NAME);
  sheet.load("isNullObject");
  const names = context.workbook.names;
  names.load("items/name, items/formula");
  const probe = { table, sheet, stamp: loadVersionStamp(context), names };
  await context.sync();
  return probe;
}

export function nameItems(names: Excel.NamedItemCollection): WorkbookNameItem[] {
  return names.items.map((item) => ({ name: item.name, formula: String(item.formula) }));
}

/** The second round trip, for a probe whose table exists. */
export async function loadTableCells(
  context: Excel.RequestContext,
  probe: InputsProbe,
  language?: Language,
): Promise<LoadedInputsTable> {
  const range = probe.table.getRange();
  range.load("address, values, formulas, numberFormat");
  await context.sync();
  const box = parseRangeAddress(range.address);
  const version = versionOf(probe.stamp);
  const reading = readInputsTable(range.values, range.formulas, {
    ...(language ? { language } : {}),
    version,
    sheet: box.sheet,
    origin: { row: box.top, column: box.left },
    numberFormats: range.numberFormat,
  });
  return {
    table: probe.table,
    box,
    values: range.values,
    formulas: range.formulas,
    numberFormats: range.numberFormat,
    reading,
    version,
    names: nameItems(probe.names),
  };
}

/** The table and everything about it; undefined when the workbook has no inputs table. */
export async function loadInputsTable(
  context: Excel.RequestContext,
  language?: Language,
): Promise<LoadedInputsTable | undefined> {
  const probe = await probeInputs(context);
  if (probe.table.isNullObject) return undefined;
  return loadTableCells(context, probe, language);
}

/**
 * For edits: the table, or an error that says to set the workbook up first. Its problems are in
 * `language`, by default the table's own.
 */
export async function requireInputsTable(
  context: Excel.RequestContext,
  language?: Language,
): Promise<LoadedInputsTable> {
  const loaded = await loadInputsTable(context, language);
  if (!loaded) throw noInputsTable();
  return loaded;
}

/** What the pane shows: the reading plus problems with the workbook names. */
export function snapshotOf(loaded: LoadedInputsTable, language?: Language): InputsSnapshot {
  const { reading } = loaded;
  return {
    scenarios: reading.scenarios,
    rows: reading.rows,
    problems: [
      ...reading.problems,
      ...nameProblems(loaded.names, expectedWorkbookNames(reading), language ?? reading.language),
    ],
    version: loaded.version,
  };
}

/**
 * The pane's view of the inputs: undefined when the workbook was never set up; a snapshot with a
 * `missingTable` problem when the inputs sheet is there but its table was deleted or converted to a
 * range, so the pane can offer Set up (which adopts the range again).
 */
export async function readInputs(
  context: Excel.RequestContext,
  language?: Language,
): Promise<InputsSnapshot | undefined> {
  const probe = await probeInputs(context);
  if (!probe.table.isNullObject) return snapshotOf(await loadTableCells(context, probe, language), language);
  if (probe.sheet.isNullObject) return undefined;
  return {
    scenarios: [],
    rows: [],
    problems: [
      {
        kind: "missingTable",
        message: inLanguage(
          {
            en: `The sheet "${INPUTS_SHEET_NAME}" has no ${INPUTS_TABLE_NAME} table. Press Set up workbook to recreate it; values already on the sheet are kept.`,
            zh: `工作表“${INPUTS_SHEET_NAME}”中没有${INPUTS_TABLE_NAME}表。点击“设置工作簿”重新创建;表中已有的取值会保留。`,
          },
          language ?? "en",
        ),
      },
    ],
    version: versionOf(probe.stamp),
  };
}
