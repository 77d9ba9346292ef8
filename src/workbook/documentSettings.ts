import { INPUTS_TABLE_VERSION } from "../model/inputsTable";

/**
 * The document settings the add-in keeps (Excel.SettingCollection: per document and add-in, saved
 * with the file). Only these live there; everything the model needs is in visible cells.
 */

/** The inputs table's version stamp. */
export const VERSION_SETTING = "GovCloudForecast.inputsTableVersion";

/**
 * Office's own setting that opens the task pane with the document ("Automatically open a task pane
 * with a document", https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document).
 */
export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

export interface DocumentSetting {
  readonly name: string;
  readonly value: number | boolean;
}

/** What Set up stamps: the table's version, and the pane opening with the workbook. */
export const SET_UP_SETTINGS: readonly DocumentSetting[] = [
  { name: VERSION_SETTING, value: INPUTS_TABLE_VERSION },
  { name: AUTO_SHOW_SETTING, value: true },
];
