import { cellAddress } from "../../model/layout/a1";
import {
  INPUTS_SHEET_NAME,
  INPUTS_TABLE_VERSION,
  checkScenarioName,
  defaultValue,
  expectedInputsTable,
  expectedWorkbookNames,
  nameProblems,
  readInputsTable,
  rowCells,
  scenarioName,
  scenarioWorkbookName,
  type WorkbookName,
} from "../../model/inputsTable";
import { vendorNames } from "../../model/inputs";
import { VERSION_SETTING } from "../../office/settingsStamp";
import { AUTO_SHOW_SETTING } from "../../office/startup";
import { checkVendorAssumptionRow, vendorBodyRows, vendorRows } from "../../workbook/vendorDefinition";
import { planRowWrites } from "../../model/inputsTable/rowWrites";
import { WorkbookError, toWorkbookError } from "../../workbook/workbookErrors";
import type { InputsSnapshot, Language, WorkbookOperations } from "../../workbook/workbookOperations";
import { MemoryInputsTable, type TableCell } from "./memoryTable";
import { MemorySheets, type SeedSheet, type SheetView } from "./memorySheets";

/**
 * The workbook of the browser preview: the same operations as Excel's (WorkbookOperations) over
 * plain arrays, so the pane runs outside Office and shows what it would write. The inputs table's
 * meaning — what Set up writes, what is wrong with it, what Repair adds, which scenario names are
 * allowed — comes from src/model/inputsTable.ts, the module the Excel implementation uses.
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
    if (!table) {
      throw new WorkbookError(
        "Excel could not find the GovCloudInputs table: press Set up workbook to recreate it, then try again.",
      );
    }
    return table;
  };

  const defineName = (entry: WorkbookName) => names.set(entry.name.toUpperCase(), entry);

  const keyHeader = (current: MemoryInputsTable): string => {
    const reading = current.read();
    const index = reading.columns.fixed.key;
    if (index === undefined)
      throw new WorkbookError("The inputs table has no Key column: press Repair first.");
    return reading.header[index] ?? "";
  };

  /** Runs an edit; anything it throws reaches the pane as Excel's errors do (workbookErrors.ts). */
  const edit = async <T>(action: string, change: () => T, inputs = true): Promise<T> => {
    try {
      const result = change();
      changed(inputs);
      return result;
    } catch (error) {
      throw toWorkbookError(error, action);
    }
  };

  const readInputs = async (language: Language = tableLanguage): Promise<InputsSnapshot | undefined> => {
    if (!table) return undefined;
    const version = settings[VERSION_SETTING];
    const reading = readInputsTable(table.cells(), undefined, {
      language,
      version: typeof version === "number" ? version : undefined,
    });
    const problems = [
      ...reading.problems,
      ...nameProblems([...names.values()], expectedWorkbookNames(reading), language),
    ];
    return {
      scenarios: reading.scenarios,
      rows: reading.rows,
      problems,
      version: typeof version === "number" ? version : undefined,
    };
  };

  const workbook: MemoryWorkbook = {
    readInputs,

    async setUpWorkbook(language) {
      await edit("set up the workbook", () => {
        if (table) {
          table.repair();
        } else {
          const expected = expectedInputsTable(language);
          table = new MemoryInputsTable([expected.header, ...expected.rows]);
          tableLanguage = language;
        }
        for (const entry of expectedWorkbookNames(table.read())) defineName(entry);
        settings[VERSION_SETTING] = INPUTS_TABLE_VERSION;
        settings[AUTO_SHOW_SETTING] = true;
      });
      const snapshot = await readInputs(language);
      if (!snapshot) throw new Error("unreachable: the table was just set up");
      return snapshot;
    },

    writeValue: (key, scenario, value) =>
      edit(`write ${key} into the inputs table`, () => {
        if (!Number.isFinite(value)) throw new WorkbookError(`The value for ${key} must be a number.`);
        const current = requireTable();
        current.setCell(current.keyRow(key), current.scenarioColumn(scenario).index, value);
      }),

    addScenario: (name, copyFrom) =>
      edit(`add the scenario "${name}"`, () => {
        const current = requireTable();
        const reading = current.read();
        const newName = checkScenarioName(name, reading.scenarios);
        const source = current.scenarioColumn(copyFrom);
        const index = Math.max(...reading.columns.scenarios.map((s) => s.index)) + 1;
        const body = reading.body.map((row) => {
          const cell = row[source.index];
          return typeof cell === "number" || typeof cell === "string" ? cell : "";
        });
        current.insertColumn(index, newName, body);
        defineName(scenarioName(keyHeader(current), { name: newName, header: newName }));
      }),

    renameScenario: (from, to) =>
      edit(`rename the scenario "${from}"`, () => {
        const current = requireTable();
        const column = current.scenarioColumn(from);
        if (column.builtIn)
          throw new WorkbookError(`${column.name} is a built-in scenario and cannot be renamed.`);
        const newName = checkScenarioName(to, current.read().scenarios, column.name);
        const header = current.cells()[0];
        if (header) (header as TableCell[])[column.index] = newName;
        names.delete(scenarioWorkbookName(column.name));
        defineName(scenarioName(keyHeader(current), { name: newName, header: newName }));
      }),

    deleteScenario: (name) =>
      edit(`delete the scenario "${name}"`, () => {
        const current = requireTable();
        const column = current.scenarioColumn(name);
        if (column.builtIn)
          throw new WorkbookError(`${column.name} is a built-in scenario and cannot be deleted.`);
        current.removeColumn(column.index);
        names.delete(scenarioWorkbookName(column.name));
      }),

    resetScenario: (name, defaults) =>
      edit(`reset the scenario "${name}"`, () => {
        const current = requireTable();
        current.reset(current.scenarioColumn(name), (key) => defaultValue(key, defaults));
      }),

    addVendor: (vendor) =>
      edit(`add the vendor ${vendor.name}`, () => {
        const current = requireTable();
        const reading = current.read();
        const rows = vendorRows(vendor);
        const known = vendorNames(reading.bodyKeys.filter((key): key is string => key !== undefined));
        if (known.some((name) => name.toLowerCase() === vendor.name.trim().toLowerCase())) {
          throw new WorkbookError(
            `There is already a vendor called ${vendor.name.trim()}: choose another name.`,
          );
        }
        for (const { key, value } of rows) {
          current.appendRow(rowCells(key, reading.columns.roles, reading.language, () => value));
        }
      }),

    addVendorAssumption: (key, values) =>
      edit(`add the row ${key}`, () => {
        const current = requireTable();
        const reading = current.read();
        const canonical = checkVendorAssumptionRow(
          reading.bodyKeys,
          key,
          values,
          reading.columns.scenarios.map((column) => column.name),
        );
        current.appendRow(
          rowCells(canonical, reading.columns.roles, reading.language, (column) => values.get(column.name)),
        );
      }),

    removeVendor: (name) =>
      edit(`remove the vendor ${name}`, () => {
        const current = requireTable();
        const rows = vendorBodyRows(current.read().bodyKeys, name);
        for (const row of [...rows].reverse()) current.removeRow(row);
        return rows.length;
      }),

    writeRows: (rows) =>
      edit("write rows of the inputs table", () => {
        const current = requireTable();
        const plan = planRowWrites(current.read(), rows);
        for (const { bodyRow, column, value } of plan.cells) current.setCell(bodyRow, column, value);
        for (const row of plan.newRows) current.appendRow(row.cells);
      }),

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
        "insert the forecast sheet",
        () => sheets.addForecast(requireTable().placed(versionStamp()), options),
        false,
      ),

    writeRiskSheet: (data, language) =>
      edit("write the risk sheet", () => sheets.addRisk(data, language), false),

    listFunctionFormulas: async () => sheets.functionFormulas(),
    convertFormulasToValues: () =>
      edit("convert the GOVCLOUD formulas to values", () => sheets.convert(), false),
    restoreFormulas: () => edit("restore the GOVCLOUD formulas", () => sheets.restore(), false),

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
