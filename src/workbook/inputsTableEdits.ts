import type { BuiltInScenario } from "../model/assumptionTypes";
import {
  checkScenarioName,
  defaultValue,
  numberFormatFor,
  rowCells,
  scenarioName,
  scenarioWorkbookName,
  type InputsTableReading,
  type WorkbookName,
} from "../model/inputsTable";
import { planRowWrites, type InputRowWrite } from "../model/inputsTable/rowWrites";
import type { Cell } from "../model/inputsTable/shared";
import {
  checkNewVendorName,
  checkWritableValue,
  requireCustomScenario,
  requireKeyHeader,
} from "./editChecks";
import { requireKeyRow, requireScenarioColumn } from "./inputsLookup";
import { checkVendorAssumptionRow, vendorBodyRows, vendorRows } from "./vendorDefinition";
import type { VendorDefinition } from "./workbookOperations";
import type { PlacedInputsTable } from "./placedInputsTable";

/**
 * Every edit the pane makes to the inputs table, as a plan: what it writes, inserts, deletes and
 * names, checked before anything is written. Excel carries a plan out with Office.js
 * (src/office/tableEditWriter.ts) and the browser preview on its in-memory table
 * (src/taskpane/preview/memoryTable.ts), so both make the same change and refuse with the same
 * message (test/workbook/tableEditAppliers.test.ts).
 */

/** A cell of an existing body row (0-based) and table column (0-based), as the table was read. */
export interface PlannedCell {
  readonly bodyRow: number;
  readonly column: number;
  readonly value: Cell;
}

/** A column inserted inside the table at `index` (0-based, counted after the inserts before it). */
export interface InsertedColumn {
  readonly index: number;
  readonly header: string;
  /** One cell per body row. */
  readonly values: readonly Cell[];
  /** Per body row, for an input column (scenario values); undefined for a label or source column. */
  readonly numberFormats?: readonly string[];
}

/** A row appended at the end of the table, in the table's columns after the edit. */
export interface AppendedRow {
  readonly key: string;
  readonly cells: readonly Cell[];
  readonly numberFormat: string;
}

export interface TableEditPlan {
  /** Header cells renamed in place (table column, new text). */
  readonly headers: readonly { readonly column: number; readonly text: string }[];
  readonly cells: readonly PlannedCell[];
  /** Body rows deleted (0-based, ascending; the rows below move up, so appliers delete bottom-up). */
  readonly deleteRows: readonly number[];
  /** A scenario column deleted (0-based table column). */
  readonly deleteColumn?: number;
  readonly insertColumns: readonly InsertedColumn[];
  readonly appendRows: readonly AppendedRow[];
  /** Table columns (after the edit) that hold inputs: appended rows get their formats there. */
  readonly inputColumns: readonly number[];
  /** Workbook names removed first, then defined (added, or re-pointed when present). */
  readonly names: { readonly remove: readonly string[]; readonly define: readonly WorkbookName[] };
}

/**
 * An edit's plan once the table is read. What can be checked without the table (a value, a vendor's
 * definition) is checked before, when the planner is made, so a bad input costs no round trip.
 */
export type TablePlanner = (table: PlacedInputsTable) => TableEditPlan;

/** A plan of `parts`, nothing else. */
export function tableEdit(parts: Partial<TableEditPlan>): TableEditPlan {
  return {
    headers: [],
    cells: [],
    deleteRows: [],
    insertColumns: [],
    appendRows: [],
    inputColumns: [],
    names: { remove: [], define: [] },
    ...parts,
  };
}

/** A plan of `parts` for the table read as `reading`, whose scenario columns hold inputs. */
function edit(reading: InputsTableReading, parts: Partial<TableEditPlan>): TableEditPlan {
  return tableEdit({ inputColumns: reading.columns.scenarios.map((column) => column.index), ...parts });
}

/** Sheet row of the first body row, for naming a duplicated key's rows. */
function firstBodyRow(table: PlacedInputsTable): number {
  return table.box.top + 1;
}

/** One assumption value into its scenario column. */
export function planWriteValue(key: string, scenario: string, value: number): TablePlanner {
  checkWritableValue(key, value);
  return (table) => {
    const { reading } = table;
    const column = requireScenarioColumn(reading, scenario);
    const bodyRow = requireKeyRow(reading, key, firstBodyRow(table));
    return edit(reading, { cells: [{ bodyRow, column: column.index, value }] });
  };
}

/**
 * A custom scenario: a column after the last scenario column holding a copy of `copyFrom`'s values
 * (values, not formulas: relative references would shift by a column) with its number formats, and
 * its workbook name GC_<NAME> over Key…that column.
 */
export function planAddScenario(name: string, copyFrom: string): TablePlanner {
  return (table) => {
    const { reading } = table;
    const newName = checkScenarioName(name, reading.scenarios);
    const source = requireScenarioColumn(reading, copyFrom);
    const keyHeader = requireKeyHeader(reading);
    const index = Math.max(...reading.columns.scenarios.map((s) => s.index)) + 1;
    const values = reading.body.map((row): Cell => {
      const value = row[source.index];
      return typeof value === "number" || typeof value === "string" ? value : "";
    });
    const formats = reading.bodyKeys.map((key, bodyRow) => {
      const format = table.numberFormats?.[bodyRow + 1]?.[source.index];
      if (typeof format === "string" && format !== "") return format;
      return key === undefined ? "General" : numberFormatFor(key);
    });
    return edit(reading, {
      insertColumns: [{ index, header: newName, values, numberFormats: formats }],
      names: { remove: [], define: [scenarioName(keyHeader, { name: newName, header: newName })] },
    });
  };
}

/** A custom scenario's new header; its workbook name moves along (GC_OLD goes, GC_NEW comes). */
export function planRenameScenario(from: string, to: string): TablePlanner {
  return (table) => {
    const { reading } = table;
    const column = requireScenarioColumn(reading, from);
    requireCustomScenario(column, "renamed");
    const newName = checkScenarioName(to, reading.scenarios, column.name);
    const keyHeader = requireKeyHeader(reading);
    const oldName = scenarioWorkbookName(column.name);
    const entry = scenarioName(keyHeader, { name: newName, header: newName });
    // A new spelling of the same name (case only) keeps the name; otherwise the old one goes.
    return edit(reading, {
      headers: [{ column: column.index, text: newName }],
      names: { remove: oldName === entry.name ? [] : [oldName], define: [entry] },
    });
  };
}

/** A custom scenario's column and its workbook name. */
export function planDeleteScenario(name: string): TablePlanner {
  return (table) => {
    const { reading } = table;
    const column = requireScenarioColumn(reading, name);
    requireCustomScenario(column, "deleted");
    return edit(reading, {
      deleteColumn: column.index,
      inputColumns: reading.columns.scenarios
        .filter((other) => other.index !== column.index)
        .map((other) => (other.index > column.index ? other.index - 1 : other.index)),
      names: { remove: [scenarioWorkbookName(column.name)], define: [] },
    });
  };
}

/**
 * The article defaults of `defaults` back into a scenario column. Rows without a default (a user
 * vendor's observed values, unknown keys) are not written, so they keep what they hold.
 */
export function planResetScenario(name: string, defaults: BuiltInScenario): TablePlanner {
  return (table) => {
    const { reading } = table;
    const column = requireScenarioColumn(reading, name);
    const cells = reading.bodyKeys.flatMap((key, bodyRow): PlannedCell[] => {
      const value = key === undefined ? undefined : defaultValue(key, defaults);
      return value === undefined ? [] : [{ bodyRow, column: column.index, value }];
    });
    return edit(reading, { cells });
  };
}

function appendedRow(key: string, cells: readonly Cell[]): AppendedRow {
  return { key, cells, numberFormat: numberFormatFor(key) };
}

/**
 * A vendor's rows, appended with the same value in every scenario column (observed figures do not
 * depend on the scenario; the user varies the fade assumptions per scenario afterwards), labelled in
 * the table's language.
 */
export function planAddVendor(vendor: VendorDefinition): TablePlanner {
  const rows = vendorRows(vendor);
  return (table) => {
    const { reading } = table;
    checkNewVendorName(reading.bodyKeys, vendor.name);
    return edit(reading, {
      appendRows: rows.map(({ key, value }) =>
        appendedRow(
          key,
          rowCells(key, reading.columns.roles, reading.language, () => value),
        ),
      ),
    });
  };
}

/**
 * A user vendor's fade assumption that had no row (it followed the built-in vendor's), appended
 * inside the table so every GC_* name covers it, with `values` by scenario column (one for each: an
 * empty cell would be a damaged row).
 */
export function planAddVendorAssumption(key: string, values: ReadonlyMap<string, number>): TablePlanner {
  return (table) => {
    const { reading } = table;
    const canonical = checkVendorAssumptionRow(
      reading.bodyKeys,
      key,
      values,
      reading.columns.scenarios.map((column) => column.name),
    );
    const cells = rowCells(canonical, reading.columns.roles, reading.language, (column) =>
      values.get(column.name),
    );
    return edit(reading, { appendRows: [appendedRow(canonical, cells)] });
  };
}

/**
 * Every row whose key is one of `name`'s (compared case-insensitively, as the reader does). The GC_*
 * names point at table columns, so they stay valid. The built-in vendor cannot be removed.
 */
export function planRemoveVendor(name: string): TablePlanner {
  return (table) => {
    const { reading } = table;
    return edit(reading, { deleteRows: vendorBodyRows(reading.bodyKeys, name) });
  };
}

/** Rows by key (issue 12's actual.… and anchor.… rows): cells of existing rows, new rows appended. */
export function planWriteRows(rows: readonly InputRowWrite[]): TablePlanner {
  return (table) => {
    const { reading } = table;
    const plan = planRowWrites(reading, rows);
    return edit(reading, {
      cells: plan.cells,
      appendRows: plan.newRows.map(({ key, cells }) => appendedRow(key, cells)),
    });
  };
}
