import { AUTO_SHOW_SETTING } from "../workbook/documentSettings";

/**
 * What makes a workbook set up with the add-in open with it: the add-in loads when the document
 * opens (shared runtime, so the functions have their runtime at once) and the task pane shows.
 * Office-level calls live here, each guarded for hosts that lack them.
 */

/** Whether this workbook opens the pane when it opens (the auto-show setting is true). */
export async function readShowTaskpaneWithDocument(context: Excel.RequestContext): Promise<boolean> {
  const setting = context.workbook.settings.getItemOrNullObject(AUTO_SHOW_SETTING);
  setting.load("isNullObject, value");
  await context.sync();
  return !setting.isNullObject && setting.value === true;
}

/**
 * Turns opening the pane with this workbook on or off. The functions keep loading with the workbook
 * either way (startup behaviour "load", set by Set up workbook): only the pane's opening is the user's
 * choice. The setting is per document and saved with it.
 */
export async function setShowTaskpaneWithDocument(
  context: Excel.RequestContext,
  open: boolean,
): Promise<void> {
  context.workbook.settings.add(AUTO_SHOW_SETTING, open);
  await context.sync();
}

/** The slice of the `Office` global used here, so tests can pass their own. */
export interface StartupApi {
  readonly addin?: { setStartupBehavior?(behavior: Office.StartupBehavior): Promise<void> };
  readonly StartupBehavior?: { readonly load: Office.StartupBehavior };
}

function officeGlobal(): StartupApi | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as StartupApi);
}

/**
 * Asks Office to load the add-in whenever this document opens (SharedRuntime 1.1). Returns false,
 * without error, where the host has no `Office.addin` (Excel 2016/2019 perpetual, the browser
 * preview): there the pane opens from the ribbon as before.
 */
export async function loadAddinWithDocument(api: StartupApi | undefined = officeGlobal()): Promise<boolean> {
  const setStartupBehavior = api?.addin?.setStartupBehavior;
  const load = api?.StartupBehavior?.load;
  if (!setStartupBehavior || load === undefined) return false;
  await setStartupBehavior.call(api.addin, load);
  return true;
}
