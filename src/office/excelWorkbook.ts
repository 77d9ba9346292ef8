import {
  addScenarioColumn,
  addVendorAssumptionRow,
  addVendorRows,
  deleteScenarioColumn,
  removeVendorRows,
  renameScenarioColumn,
  resetScenarioColumn,
  writeInputRows,
  writeInputValue,
} from "./inputsEdits";
import { subscribeToInputs, unsubscribeFromInputs, type InputsSubscription } from "./inputsEvents";
import { setUpInputs } from "./inputsSetup";
import { readInputs } from "./inputsTableReader";
import { loadAddinWithDocument, readShowTaskpaneWithDocument, setShowTaskpaneWithDocument } from "./startup";
import type { Bilingual } from "../model/language";
import { ACTIONS } from "../workbook/operationActions";
import { toWorkbookError } from "../workbook/workbookErrors";
import type { WorkbookOperations } from "../workbook/workbookOperations";

/**
 * The workbook operations against Excel: each one `Excel.run` over the functions of this folder,
 * which batch their loads and syncs. A failure is never swallowed: it rejects with an Error whose
 * message says what to do next (see workbookErrors.ts).
 */

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** `action` completes "Excel could not …" in error messages. */
async function run<T>(action: Bilingual, batch: Batch<T>): Promise<T> {
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

/**
 * The Forecast sheet's writer and its plan (the whole model layout, cover and charts) load when the
 * user first asks for the sheet, not with the pane: the pane's first paint has a 250 KB budget.
 */
function sheetWriters() {
  return import(/* webpackChunkName: "sheets" */ "./forecastSheet");
}

/** Prepare for sharing and Restore, with their plan (src/workbook/sharingPlan.ts). */
function sharing() {
  return import(/* webpackChunkName: "sharing" */ "./sharing");
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
    run(ACTIONS.watchInputs, (context) =>
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
    readInputs: (language) => run(ACTIONS.readInputs, (context) => readInputs(context, language)),
    async setUpWorkbook(language) {
      const snapshot = await run(ACTIONS.setUp, (context) => setUpInputs(context, language));
      await resubscribe();
      try {
        await loadAddinWithDocument();
      } catch (error) {
        throw toWorkbookError(error, ACTIONS.loadWithDocument);
      }
      return snapshot;
    },
    async writeValue(key, scenario, value) {
      await run(ACTIONS.writeValue(key), (context) =>
        writeInputValue(context, key, scenario, value, (address) => {
          // Only while someone listens: otherwise no event would ever consume the entry.
          if (watches.size > 0) ownWrites.set(address.toUpperCase(), Date.now());
        }),
      );
    },
    addScenario: (name, copyFrom) =>
      run(ACTIONS.addScenario(name), (context) => addScenarioColumn(context, name, copyFrom)),
    renameScenario: (from, to) =>
      run(ACTIONS.renameScenario(from), (context) => renameScenarioColumn(context, from, to)),
    deleteScenario: (name) =>
      run(ACTIONS.deleteScenario(name), (context) => deleteScenarioColumn(context, name)),
    resetScenario: async (name, defaults) => {
      await run(ACTIONS.resetScenario(name), (context) => resetScenarioColumn(context, name, defaults));
    },
    addVendor: (vendor) => run(ACTIONS.addVendor(vendor.name), (context) => addVendorRows(context, vendor)),
    removeVendor: (name) => run(ACTIONS.removeVendor(name), (context) => removeVendorRows(context, name)),
    writeRows: (rows) => run(ACTIONS.writeRows, (context) => writeInputRows(context, rows)),
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
          throw toWorkbookError(error, ACTIONS.stopWatching);
        }
      };
    },
    hasForecastSheet: async () => {
      const { hasForecastSheet } = await sheetWriters();
      return run(ACTIONS.findForecast, hasForecastSheet);
    },
    addVendorAssumption: (key, values) =>
      run(ACTIONS.addRow(key), (context) => addVendorAssumptionRow(context, key, values)),
    insertForecastSheet: async (options) => {
      const { insertForecastSheet } = await sheetWriters();
      return run(ACTIONS.insertForecast, (context) => insertForecastSheet(context, options));
    },
    writeRiskSheet: async (data, language) => {
      const { writeRiskSheet } = await import(/* webpackChunkName: "sheets" */ "./riskSheet");
      return run(ACTIONS.writeRisk, (context) => writeRiskSheet(context, data, language));
    },
    // Prepare for sharing loads when the user first uses it, not with the pane (first-paint budget).
    listFunctionFormulas: async () => {
      const { listFunctionFormulas } = await sharing();
      return run(ACTIONS.listFormulas, listFunctionFormulas);
    },
    convertFormulasToValues: async () => {
      const { convertFunctionFormulas } = await sharing();
      return run(ACTIONS.convertFormulas, convertFunctionFormulas);
    },
    restoreFormulas: async () => {
      const { restoreFunctionFormulas } = await sharing();
      return run(ACTIONS.restoreFormulas, restoreFunctionFormulas);
    },
    readOpenWithWorkbook: () => run(ACTIONS.readOpenWithWorkbook, readShowTaskpaneWithDocument),
    setOpenWithWorkbook: (open) =>
      run(ACTIONS.setOpenWithWorkbook, (context) => setShowTaskpaneWithDocument(context, open)),
    // Rarely used: its own chunk, loaded when the user runs it.
    runSelfCheck: async (paneLanguage) => {
      const { runSelfCheck } = await import(/* webpackChunkName: "selfcheck" */ "./selfCheck");
      return run(ACTIONS.selfCheck, (context) => runSelfCheck(context, { paneLanguage }));
    },
  };
}
