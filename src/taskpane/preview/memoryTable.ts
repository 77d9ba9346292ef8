import {
  INPUTS_SHEET_NAME,
  readInputsTable,
  type InputsTableReading,
  type ScenarioColumn,
} from "../../model/inputsTable";
import type { PlacedInputsTable } from "../../workbook/placedInputsTable";
import type { TableEditPlan } from "../../workbook/inputsTableEdits";
import type { Language } from "../../model/language";
import { requireKeyRow, requireScenarioColumn } from "../../workbook/inputsLookup";

/**
 * The inputs table of the in-memory workbook: a header row and body rows of plain cells, edited
 * the way Excel edits a table (columns inserted inside it, rows appended) by the plans Excel's
 * table gets. What the cells mean is decided by src/model/inputsTable.ts, exactly as for Excel's.
 */
export type TableCell = string | number;

export class MemoryInputsTable {
  private rows: TableCell[][];

  constructor(rows: readonly (readonly TableCell[])[]) {
    this.rows = rows.map((row) => [...row]);
  }

  /** Header row first. */
  cells(): readonly (readonly TableCell[])[] {
    return this.rows;
  }

  read(): InputsTableReading {
    return readInputsTable(this.rows);
  }

  /**
   * The table as Excel's reader hands it to a plan (src/office/inputsTableReader.ts): at A1 of the
   * inputs sheet, with the workbook's version stamp, its problems in `language` (by default the
   * table's own).
   */
  placed(version: number | undefined, language?: Language): PlacedInputsTable {
    const width = Math.max(1, ...this.rows.map((row) => row.length));
    return {
      box: { sheet: INPUTS_SHEET_NAME, top: 1, left: 1, bottom: Math.max(1, this.rows.length), right: width },
      reading: readInputsTable(this.rows, undefined, { version, ...(language ? { language } : {}) }),
    };
  }

  /** The column a scenario name means; an error the pane can show when there is none. */
  scenarioColumn(scenario: string): ScenarioColumn {
    return requireScenarioColumn(this.read(), scenario);
  }

  /** The one body row (0-based) holding `key`. */
  keyRow(key: string): number {
    // The preview's table starts at A1, so body row i is sheet row i + 2.
    return requireKeyRow(this.read(), key, 2);
  }

  setCell(bodyRow: number, column: number, value: TableCell): void {
    const row = this.rows[bodyRow + 1];
    if (!row) throw new Error(`memory table bug: no body row ${bodyRow}`);
    row[column] = value;
  }

  private insertColumn(index: number, header: string, body: readonly TableCell[]): void {
    this.rows.forEach((row, r) => row.splice(index, 0, r === 0 ? header : (body[r - 1] ?? "")));
  }

  private removeColumn(index: number): void {
    for (const row of this.rows) row.splice(index, 1);
  }

  /** Deletes body row `bodyRow` (0-based); the rows below move up, as in an Excel table. */
  private removeRow(bodyRow: number): void {
    if (!this.rows[bodyRow + 1]) throw new Error(`memory table bug: no body row ${bodyRow}`);
    this.rows.splice(bodyRow + 1, 1);
  }

  private appendRow(cells: readonly TableCell[]): void {
    this.rows.push([...cells]);
  }

  /**
   * Carries out a plan of src/workbook/inputsTableEdits.ts in the order Excel's applier does
   * (src/office/tableEditWriter.ts): headers and cells where the table was read, then deleted rows
   * and column, inserted columns, appended rows. Formats are Excel's alone: the preview shows values.
   */
  apply(plan: TableEditPlan): void {
    const header = this.rows[0];
    for (const { column, text } of plan.headers) if (header) header[column] = text;
    for (const { bodyRow, column, value } of plan.cells) this.setCell(bodyRow, column, value);
    for (const bodyRow of [...plan.deleteRows].reverse()) this.removeRow(bodyRow);
    if (plan.deleteColumn !== undefined) this.removeColumn(plan.deleteColumn);
    for (const column of plan.insertColumns) this.insertColumn(column.index, column.header, column.values);
    for (const row of plan.appendRows) this.appendRow(row.cells);
  }
}
