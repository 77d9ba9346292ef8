import { hasForecastSheet, insertForecastSheet } from "./forecastSheet";
import { resetScenarioColumn, writeInputValue } from "./inputsEdits";
import { subscribeToInputs, unsubscribeFromInputs, type InputsSubscription } from "./inputsEvents";
import { setUpInputs } from "./inputsSetup";
import { readInputs } from "./inputsTableReader";
import { writeRiskSheet } from "./riskSheet";
import { addScenarioColumn, deleteScenarioColumn, renameScenarioColumn } from "./scenarioColumns";
import { convertFunctionFormulas, listFunctionFormulas, restoreFunctionFormulas } from "./sharing";
import { loadAddinWithDocument, readShowTaskpaneWithDocument, setShowTaskpaneWithDocument } from "./startup";
import { addVendorAssumptionRow, addVendorRows, removeVendorRows } from "./vendorRowsWriter";
import { writeInputRows } from "./inputRowsWriter";
import { toWorkbookError } from "../workbook/workbookErrors";
import type { WorkbookOperations } from "../workbook/workbookOperations";

/**
 * The workbook operations against Excel: each one `Excel.run` over the functions of this folder,
 * which batch their loads and syncs. A failure is never swallowed: it rejects with an Error whose
 * message says what to do next (see workbookErrors.ts).
 */

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** `action` completes "Excel could not …" in error messages. */
async function run<T>(action: string, batch: Batch<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toWorkbookError(error, action);
  }
}

/** One pane listener and its handler on the inputs table that is there now. */
interface Watch {
  readonly listener: () => void;
  subscription: InputsSubscription | undefined;
}

async function removeHandler(subscription: InputsSubscription): Promise<void> {
  // A handler is removed in the request context it was added in.
  await Excel.run(subscription.context, (context) => unsubscribeFromInputs(context, subscription));
}

export function createExcelWorkbook(): WorkbookOperations {
  const watches = new Set<Watch>();
  /**
   * Cells the pane itself just wrote. Their change events are the pane's own echo: the pane reads the
   * table after its write anyway, so the echo is dropped instead of causing a second full read.
   * TableChangedEventArgs.address is the changed cells' address on the sheet, without the sheet name.
   */
  const ownWrites = new Map<string, number>();
  /** An echo arrives right after the write; an entry older than this is stale and never swallows a user's edit. */
  const ECHO_WINDOW_MS = 2_000;
  const isEcho = (address: string | undefined): boolean => {
    if (!address) return false;
    const key = address.toUpperCase();
    const written = ownWrites.get(key);
    ownWrites.delete(key);
    return written !== undefined && Date.now() - written <= ECHO_WINDOW_MS;
  };
  const subscribe = (watch: Watch) =>
    run("watch the inputs table", (context) =>
      subscribeToInputs(context, (change) => {
        if (isEcho(change.address)) return;
        watch.listener();
      }),
    );
  /**
   * The handler belongs to the table it was added on; once that table is deleted and set up again, it
   * hears nothing. So after Set up, every watch moves to the table that is there now.
   */
  const resubscribe = async () => {
    for (const watch of watches) {
      const old = watch.subscription;
      watch.subscription = undefined;
      if (old) await removeHandler(old).catch(() => undefined); // its table may be gone with it
      watch.subscription = await subscribe(watch);
    }
  };

  return {
    readInputs: (language) => run("read the inputs table", (context) => readInputs(context, language)),
    async setUpWorkbook(language) {
      const snapshot = await run("set up the workbook", (context) => setUpInputs(context, language));
      await resubscribe();
      try {
        await loadAddinWithDocument();
      } catch (error) {
        throw toWorkbookError(error, "make the add-in load when this workbook opens (the inputs are set up)");
      }
      return snapshot;
    },
    async writeValue(key, scenario, value) {
      await run(`write ${key} into the inputs table`, (context) =>
        writeInputValue(context, key, scenario, value, (address) => {
          // Only while someone listens: otherwise no event would ever consume the entry.
          if (watches.size > 0) ownWrites.set(address.toUpperCase(), Date.now());
        }),
      );
    },
    addScenario: (name, copyFrom) =>
      run(`add the scenario "${name}"`, (context) => addScenarioColumn(context, name, copyFrom)),
    renameScenario: (from, to) =>
      run(`rename the scenario "${from}"`, (context) => renameScenarioColumn(context, from, to)),
    deleteScenario: (name) =>
      run(`delete the scenario "${name}"`, (context) => deleteScenarioColumn(context, name)),
    resetScenario: async (name, defaults) => {
      await run(`reset the scenario "${name}"`, (context) => resetScenarioColumn(context, name, defaults));
    },
    addVendor: (vendor) => run(`add the vendor ${vendor.name}`, (context) => addVendorRows(context, vendor)),
    removeVendor: (name) => run(`remove the vendor ${name}`, (context) => removeVendorRows(context, name)),
    writeRows: (rows) => run("write rows of the inputs table", (context) => writeInputRows(context, rows)),
    async onInputsChanged(listener) {
      const watch: Watch = { listener, subscription: undefined };
      watch.subscription = await subscribe(watch);
      watches.add(watch);
      return async () => {
        watches.delete(watch);
        const subscription = watch.subscription;
        watch.subscription = undefined;
        if (!subscription) return;
        try {
          await removeHandler(subscription);
        } catch (error) {
          throw toWorkbookError(error, "stop watching the inputs table");
        }
      };
    },
    hasForecastSheet: () => run("look for the Forecast sheet", hasForecastSheet),
    addVendorAssumption: (key, values) =>
      run(`add the row ${key}`, (context) => addVendorAssumptionRow(context, key, values)),
    insertForecastSheet: (options) =>
      run("insert the forecast sheet", (context) => insertForecastSheet(context, options)),
    writeRiskSheet: (data, language) =>
      run("write the risk sheet", (context) => writeRiskSheet(context, data, language)),
    listFunctionFormulas: () => run("list the GOVCLOUD formulas", listFunctionFormulas),
    convertFormulasToValues: () => run("convert the GOVCLOUD formulas to values", convertFunctionFormulas),
    restoreFormulas: () => run("restore the GOVCLOUD formulas", restoreFunctionFormulas),
    readOpenWithWorkbook: () =>
      run("read whether the pane opens with this workbook", readShowTaskpaneWithDocument),
    setOpenWithWorkbook: (open) =>
      run("change whether the pane opens with this workbook", (context) =>
        setShowTaskpaneWithDocument(context, open),
      ),
    // Rarely used: its own chunk, loaded when the user runs it.
    runSelfCheck: async (paneLanguage) => {
      const { runSelfCheck } = await import(/* webpackChunkName: "selfcheck" */ "./selfCheck");
      return run("check this Excel", (context) => runSelfCheck(context, { paneLanguage }));
    },
  };
}
