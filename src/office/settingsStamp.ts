import { INPUTS_TABLE_VERSION } from "../model/inputsTable";

/**
 * The inputs table's version stamp, kept in the workbook's add-in settings (Excel.SettingCollection:
 * per document and add-in, saved with the file). Only the stamp lives there; everything the model
 * needs is in visible cells.
 */
export const VERSION_SETTING = "GovCloudForecast.inputsTableVersion";

/** Queues a load of the stamp; read it with `versionOf` after the next sync. */
export function loadVersionStamp(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(VERSION_SETTING);
  setting.load("isNullObject, value");
  return setting;
}

/** The stamp of a loaded setting; undefined for a workbook set up before stamping (or by hand). */
export function versionOf(setting: Excel.Setting): number | undefined {
  if (setting.isNullObject) return undefined;
  const value: unknown = setting.value;
  const version = typeof value === "number" ? value : Number(value);
  return Number.isFinite(version) ? version : undefined;
}

/** Queues writing the current version; the caller syncs. */
export function writeVersionStamp(context: Excel.RequestContext): void {
  context.workbook.settings.add(VERSION_SETTING, INPUTS_TABLE_VERSION);
}
