import {
  expectedInputsTable,
  expectedWorkbookNames,
  numberFormatFor,
  planRepair,
  refersToInputsTable,
  tableColumns,
  type ExpectedInputsTable,
  type InputsTableReading,
  type WorkbookName,
} from "../model/inputsTable";
import type { Language } from "../model/language";
import { SET_UP_SETTINGS, type DocumentSetting } from "./documentSettings";
import { tableEdit, type TableEditPlan } from "./inputsTableEdits";

/**
 * Set up workbook, as a plan: a new inputs table, or what Repair adds to the one there is (missing
 * columns filled from the catalogue, missing catalogue rows; a cell that holds a value is never
 * written), the workbook names that are missing or damaged, and the document settings.
 */
export interface SetUpPlan {
  /** A whole new table at A1 of the inputs sheet, when there is none. */
  readonly create?: ExpectedInputsTable;
  /** For an existing table, its repair; the names to define are in `edit.names` either way. */
  readonly edit: TableEditPlan;
  readonly settings: readonly DocumentSetting[];
}

/** A name as the workbook holds it (its formula as Excel reads it back). */
export interface ExistingName {
  readonly name: string;
  readonly formula: string;
}

/**
 * Expected names that are absent, or present but not following the table (#REF!, or a fixed range:
 * `refersToInputsTable`); a sound name is left alone. Names compare case-insensitively, as Excel's do.
 */
export function namesToDefine(
  existing: readonly ExistingName[],
  expected: readonly WorkbookName[],
): WorkbookName[] {
  const byName = new Map(existing.map((item) => [item.name.toUpperCase(), item.formula]));
  return expected.filter((item) => {
    const formula = byName.get(item.name.toUpperCase());
    return formula === undefined || !refersToInputsTable(formula);
  });
}

/**
 * `existing` is the table as read (undefined when the workbook has none); a new table is written in
 * `language`, a repaired one keeps its own.
 */
export function planSetUp(
  existing: InputsTableReading | undefined,
  language: Language,
  names: readonly ExistingName[],
): SetUpPlan {
  if (!existing) {
    const create = expectedInputsTable(language);
    const header = [...create.header];
    const define = namesToDefine(names, expectedWorkbookNames({ header, columns: tableColumns(header) }));
    return {
      create,
      edit: tableEdit({ names: { remove: [], define } }),
      settings: SET_UP_SETTINGS,
    };
  }
  const repair = planRepair(existing);
  const header = [...repair.header];
  const define = namesToDefine(names, expectedWorkbookNames({ header, columns: tableColumns(header) }));
  const bodyFormats = existing.bodyKeys.map((key) => (key === undefined ? "General" : numberFormatFor(key)));
  const plan = tableEdit({
    insertColumns: repair.columns.map((column) => ({
      index: column.index,
      header: column.header,
      values: column.values,
      ...(column.role.kind === "scenario" ? { numberFormats: bodyFormats } : {}),
    })),
    appendRows: repair.rows,
    inputColumns: repair.roles.flatMap((role, index) => (role.kind === "scenario" ? [index] : [])),
    names: { remove: [], define },
  });
  return { edit: plan, settings: SET_UP_SETTINGS };
}
