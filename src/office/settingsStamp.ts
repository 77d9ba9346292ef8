import { VERSION_SETTING } from "../workbook/documentSettings";

/**
 * Reading the inputs table's version stamp from the workbook's add-in settings (the key is in
 * src/workbook/documentSettings.ts; Set up writes it from its plan).
 */

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
