import { cellAddress } from "../../model/layout/a1";
import {
  INPUTS_SHEET_NAME,
  expectedWorkbookNames,
  nameProblems,
  readInputsTable,
} from "../../model/inputsTable";
import type { WorkbookName } from "../../model/inputsTable";
import { AUTO_SHOW_SETTING, VERSION_SETTING } from "../../workbook/documentSettings";
import type { Bilingual } from "../../model/language";
import { ACTIONS } from "../../workbook/operationActions";
import { noInputsTable } from "../../workbook/editChecks";
import {
  planAddScenario,
  planAddVendor,
  planAddVendorAssumption,
  planDeleteScenario,
  planRemoveVendor,
  planRenameScenario,
  planResetScenario,
  planWriteRows,
  planWriteValue,
  type TableEditPlan,
  type TablePlanner,
} from "../../workbook/inputsTableEdits";
import { planSetUp } from "../../workbook/setUpPlan";
import { toWorkbookError } from "../../workbook/workbookErrors";
import type { InputsSnapshot, Language, WorkbookOperations } from "../../workbook/workbookOperations";
import { MemoryInputsTable, type TableCell } from "./memoryTable";
import { MemorySheets, type SeedSheet, type SheetView } from "./memorySheets";

/**
 * The workbook of the browser preview: the same operations as Excel's (WorkbookOperations) over
 * plain arrays, so the pane runs outside Office and shows what it would write. Every change is the
 * plan Excel's implementation carries out (src/workbook: setUpPlan, inputsTableEdits,
 * forecastSheetPlan…), applied here to the in-memory table, names and sheets.
 */
export interface MemoryWorkbookView {
  readonly sheets: readonly SheetView[];
  readonly names: readonly WorkbookName[];
  readonly settings: Readonly<Record<string, unknown>>;
}

export interface MemoryWorkbook extends WorkbookOperations {
  /** Everything written so far; the same object until the next change. */
  view(): MemoryWorkbookView;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** What a user typing into a cell of the inputs table does: no checks, then the change event. */
  typeInSheet(key: string, scenario: string, value: TableCell): void;
}

export interface MemoryWorkbookOptions {
  /** Sheets the workbook starts with (the preview seeds one with GOVCLOUD formulas). */
  readonly sheets?: readonly SeedSheet[];
}

export function createMemoryWorkbook(options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  let table: MemoryInputsTable | undefined;
  let tableLanguage: Language = "en";
  const sheets = new MemorySheets(options.sheets ?? []);
  const names = new Map<string, WorkbookName>();
  const settings: Record<string, unknown> = {};
  const inputListeners = new Set<() => void>();
  const viewListeners = new Set<() => void>();
  let cachedView: MemoryWorkbookView | undefined;

  const changed = (inputs: boolean) => {
    cachedView = undefined;
    if (inputs) for (const listener of [...inputListeners]) listener();
    for (const listener of [...viewListeners]) listener();
  };

  const requireTable = (): MemoryInputsTable => {
    if (!table) throw noInputsTable();
    return table;
  };

  /** Runs an edit; anything it throws reaches the pane as Excel's errors do (workbookErrors.ts). */
  const edit = async <T>(action: Bilingual, change: () => T, inputs = true): Promise<T> => {
    try {
      const result = change();
      changed(inputs);
      return result;
    } catch (error) {
      throw toWorkbookError(error, action);
    }
  };

  /** Carries out a table plan: the table's part on the memory table, then its names. */
  const apply = (current: MemoryInputsTable | undefined, plan: TableEditPlan): void => {
    current?.apply(plan);
    for (const name of plan.names.remove) names.delete(name.toUpperCase());
    for (const entry of plan.names.define) names.set(entry.name.toUpperCase(), entry);
  };

  /**
   * An edit of the inputs table: its plan (the one Excel carries out) applied here. The planner is
   * made inside the edit, so the input checks it makes on creation reject as Excel's do.
   */
  const editTable = (action: Bilingual, planner: () => TablePlanner): Promise<TableEditPlan> =>
    edit(action, () => {
      const plan = planner();
      const current = requireTable();
      const planned = plan(current.placed(versionStamp()));
      apply(current, planned);
      return planned;
    });
  const changeTable = async (action: Bilingual, planner: () => TablePlanner): Promise<void> => {
    await editTable(action, planner);
  };

  const readInputs = async (language: Language = tableLanguage): Promise<InputsSnapshot | undefined> => {
    if (!table) return undefined;
    const version = versionStamp();
    const reading = readInputsTable(table.cells(), undefined, { language, version });
    const problems = [
      ...reading.problems,
      ...nameProblems([...names.values()], expectedWorkbookNames(reading), language),
    ];
    return {
      scenarios: reading.scenarios,
      rows: reading.rows,
      problems,
      version,
    };
  };

  const workbook: MemoryWorkbook = {
    readInputs,

    async setUpWorkbook(language) {
      await edit(ACTIONS.setUp, () => {
        const plan = planSetUp(table?.read(), language, [...names.values()]);
        if (plan.create) {
          table = new MemoryInputsTable([plan.create.header, ...plan.create.rows]);
          tableLanguage = language;
        }
        apply(table, plan.edit);
        for (const { name, value } of plan.settings) settings[name] = value;
      });
      const snapshot = await readInputs(language);
      if (!snapshot) throw new Error("unreachable: the table was just set up");
      return snapshot;
    },

    writeValue: (key, scenario, value) =>
      changeTable(ACTIONS.writeValue(key), () => planWriteValue(key, scenario, value)),
    addScenario: (name, copyFrom) =>
      changeTable(ACTIONS.addScenario(name), () => planAddScenario(name, copyFrom)),
    renameScenario: (from, to) =>
      changeTable(ACTIONS.renameScenario(from), () => planRenameScenario(from, to)),
    deleteScenario: (name) => changeTable(ACTIONS.deleteScenario(name), () => planDeleteScenario(name)),
    resetScenario: (name, defaults) =>
      changeTable(ACTIONS.resetScenario(name), () => planResetScenario(name, defaults)),
    addVendor: (vendor) => changeTable(ACTIONS.addVendor(vendor.name), () => planAddVendor(vendor)),
    addVendorAssumption: (key, values) =>
      changeTable(ACTIONS.addRow(key), () => planAddVendorAssumption(key, values)),
    removeVendor: async (name) =>
      (await editTable(ACTIONS.removeVendor(name), () => planRemoveVendor(name))).deleteRows.length,
    writeRows: (rows) => changeTable(ACTIONS.writeRows, () => planWriteRows(rows)),

    // The preview's own answers to Check this Excel and the open-with-workbook switch (previewSelfCheck.ts).
    readOpenWithWorkbook: async () => settings[AUTO_SHOW_SETTING] === true,
    setOpenWithWorkbook: async (open) => {
      settings[AUTO_SHOW_SETTING] = open;
    },
    runSelfCheck: async (paneLanguage) =>
      (await import(/* webpackChunkName: "selfcheck" */ "./previewSelfCheck")).previewSelfCheck(paneLanguage),

    async onInputsChanged(listener) {
      inputListeners.add(listener);
      return async () => {
        inputListeners.delete(listener);
      };
    },

    hasForecastSheet: async () => sheets.hasForecast(),
    insertForecastSheet: (options) =>
      edit(
        ACTIONS.insertForecast,
        () => sheets.addForecast(requireTable().placed(versionStamp(), options.language), options),
        false,
      ),

    writeRiskSheet: (data, language) => edit(ACTIONS.writeRisk, () => sheets.addRisk(data, language), false),

    listFunctionFormulas: async () => sheets.functionFormulas(),
    convertFormulasToValues: () => edit(ACTIONS.convertFormulas, () => sheets.convert(), false),
    restoreFormulas: () => edit(ACTIONS.restoreFormulas, () => sheets.restore(), false),

    view() {
      cachedView ??= {
        sheets: sheets.views(table ? inputsSheetView(table) : undefined),
        names: [...names.values()],
        settings: { ...settings },
      };
      return cachedView;
    },
    subscribe(listener) {
      viewListeners.add(listener);
      return () => viewListeners.delete(listener);
    },
    typeInSheet(key, scenario, value) {
      const current = requireTable();
      current.setCell(current.keyRow(key), current.scenarioColumn(scenario).index, value);
      changed(true);
    },
  };

  // What Excel's reader finds in the document settings (settingsStamp.ts).
  function versionStamp(): number | undefined {
    const version = settings[VERSION_SETTING];
    return typeof version === "number" ? version : undefined;
  }

  return workbook;
}

function inputsSheetView(table: MemoryInputsTable): SheetView {
  const cells = table
    .cells()
    .flatMap((row, r) =>
      row.flatMap((value, c) => (value === "" ? [] : [{ address: cellAddress(r + 1, c + 1), value }])),
    );
  return { name: INPUTS_SHEET_NAME, cells };
}
