import { canonicalKey } from "../scenario";
import { rowCells } from "./columns";
import type { InputsTableReading } from "./read";
import type { Cell } from "./shared";

/**
 * Rows the pane writes by key (issue 12: `actual.…` and `anchor.…` rows): in an existing row only
 * the listed scenario cells change (the user's other values stay); a key not in the table becomes
 * a new row appended at the end, with `otherwise` in the scenarios not listed.
 */
export interface InputRowWrite {
  readonly key: string;
  /** Values by scenario column name ("Base", a custom scenario…). */
  readonly values: Readonly<Record<string, number>>;
  /** A new row's value in the scenario columns not listed (an anchor's 0, an actual's value). */
  readonly otherwise: number;
  /** A new row's Source text: the published figure's key and source (our text, never the user's). */
  readonly source?: string;
}

export interface RowWritePlan {
  /** Cells of existing rows: 0-based body row and table column. */
  readonly cells: readonly { readonly bodyRow: number; readonly column: number; readonly value: number }[];
  /** Whole new rows, in the table's columns. */
  readonly newRows: readonly { readonly key: string; readonly cells: readonly Cell[] }[];
}

export function planRowWrites(reading: InputsTableReading, rows: readonly InputRowWrite[]): RowWritePlan {
  const cells: { bodyRow: number; column: number; value: number }[] = [];
  const newRows: { key: string; cells: Cell[] }[] = [];
  const sourceAt = reading.columns.fixed.source;
  for (const row of rows) {
    const key = canonicalKey(row.key);
    if (key === undefined) throw new Error(`Unknown key "${row.key}".`);
    const bodyRow = reading.bodyKeys.indexOf(key);
    if (bodyRow >= 0) {
      for (const column of reading.columns.scenarios) {
        // Scenario names are the user's text: read them as own keys only.
        if (!hasOwn(row.values, column.name)) continue;
        const value = row.values[column.name];
        if (value !== undefined) cells.push({ bodyRow, column: column.index, value });
      }
      continue;
    }
    const written = rowCells(key, reading.columns.roles, reading.language, (column) =>
      hasOwn(row.values, column.name) ? row.values[column.name] : row.otherwise,
    );
    if (row.source !== undefined && sourceAt !== undefined) written[sourceAt] = row.source;
    newRows.push({ key, cells: written });
  }
  return { cells, newRows };
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
