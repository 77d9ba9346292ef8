import { hasForecastSheet, insertForecastSheet } from "./forecastSheet";
import { resetScenarioColumn, writeInputValue } from "./inputsEdits";
import { subscribeToInputs, unsubscribeFromInputs } from "./inputsEvents";
import { setUpInputs } from "./inputsSetup";
import { readInputs } from "./inputsTableReader";
import { writeRiskSheet } from "./riskSheet";
import { addScenarioColumn, deleteScenarioColumn, renameScenarioColumn } from "./scenarioColumns";
import { convertFunctionFormulas, listFunctionFormulas, restoreFunctionFormulas } from "./sharing";
import { loadAddinWithDocument } from "./startup";
import { addVendorAssumptionRow, addVendorRows, removeVendorRows } from "./vendorRowsWriter";
import { toWorkbookError } from "./workbookErrors";
import type { WorkbookOperations } from "./workbookOperations";

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

export function createExcelWorkbook(): WorkbookOperations {
  return {
    readInputs: (language) => run("read the inputs table", (context) => readInputs(context, language)),
    async setUpWorkbook(language) {
      const snapshot = await run("set up the workbook", (context) => setUpInputs(context, language));
      try {
        await loadAddinWithDocument();
      } catch (error) {
        throw toWorkbookError(error, "make the add-in load when this workbook opens (the inputs are set up)");
      }
      return snapshot;
    },
    writeValue: (key, scenario, value) =>
      run(`write ${key} into the inputs table`, (context) => writeInputValue(context, key, scenario, value)),
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
    async onInputsChanged(listener) {
      const subscription = await run("watch the inputs table", (context) =>
        subscribeToInputs(context, listener),
      );
      // A handler is removed in the request context it was added in.
      return async () => {
        try {
          await Excel.run(subscription.context, (context) => unsubscribeFromInputs(context, subscription));
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
  };
}
