import { INPUTS_SHEET_NAME, qualifiedAddress } from "../../model/inputsTable";
import { cellAddress } from "../../model/layout/a1";
import { COVER_SHEET, FORECAST_SHEET, type LayoutCell } from "../../model/modelLayout";
import type { ChartSpec } from "../../workbook/chartSpec";
import {
  planForecastSheet,
  type ExistingSheets,
  type PlacedInputsTable,
} from "../../workbook/forecastSheetPlan";
import type { PlannedSheet } from "../../workbook/plannedSheet";
import { listSource } from "../../workbook/listValidation";
import { planRiskSheet } from "../../workbook/riskSheetPlan";
import { FORMULAS_SHEET, isFunctionFormula } from "../../workbook/functionFormulas";
import { parseRangeAddress, type RangeBox } from "../../workbook/addresses";
import {
  FORMULAS_SHEET_HEADING,
  entryBlock,
  keptFormulas,
  nextEntryRow,
  planRestore,
  type TextBlock,
} from "../../workbook/sharingPlan";
import type {
  ForecastSheetOptions,
  FunctionFormula,
  Language,
  RiskSheetData,
} from "../../workbook/workbookOperations";

/** A cell of the preview workbook: a constant, or a formula with the value it last showed. */
export interface MemoryCell {
  readonly address: string;
  readonly value: string | number;
  readonly formula?: string;
  /** A drop-down list's source, as Excel's data validation takes it ("='GovCloud Inputs'!$D$1:$F$1"). */
  readonly list?: string;
}

export interface SheetView {
  readonly name: string;
  readonly cells: readonly MemoryCell[];
  /** The native charts on the sheet (title, and each series' name and cells). */
  readonly charts?: readonly ChartSpec[];
}

export type SeedSheet = SheetView;

/**
 * A plan's cell as Excel holds it: a formula with "=" and the engine's value as the value it shows
 * (Excel computes the same), or a constant; a selector with its drop-down's source.
 */
function memoryCell(cell: LayoutCell): MemoryCell {
  const list = listSource(cell);
  return {
    address: cell.address,
    value: (cell.formula !== undefined ? cell.cached : undefined) ?? cell.value ?? "",
    ...(cell.formula !== undefined ? { formula: `=${cell.formula}` } : {}),
    ...(list !== undefined ? { list } : {}),
  };
}

/**
 * The preview workbook's sheets other than the inputs table: the user's (seeded), the forecast and
 * risk sheets the pane inserts, and Prepare for sharing's conversion and restore. The Forecast sheet
 * and its cover come from the same plan Excel's are written from (src/workbook/forecastSheetPlan.ts).
 */
export class MemorySheets {
  private readonly sheets = new Map<string, Map<string, MemoryCell>>();
  private readonly charts = new Map<string, readonly ChartSpec[]>();
  /** Sheets placed first in the workbook (before the inputs sheet), leftmost first. */
  private readonly front: string[] = [];

  constructor(seed: readonly SeedSheet[]) {
    for (const sheet of seed) this.put(sheet.name, sheet.cells);
  }

  /** The sheets in the workbook's order, `inputs` (the table's sheet, when there is one) among them. */
  views(inputs?: SheetView): SheetView[] {
    const view = (name: string): SheetView => {
      const charts = this.charts.get(name);
      return {
        name,
        cells: [...(this.sheets.get(name)?.values() ?? [])],
        ...(charts && charts.length > 0 ? { charts } : {}),
      };
    };
    const rest = [...this.sheets.keys()].filter((name) => !this.front.includes(name));
    return [...this.front.map(view), ...(inputs ? [inputs] : []), ...rest.map(view)];
  }

  private put(name: string, cells: readonly MemoryCell[]): void {
    this.sheets.set(name, new Map(cells.map((cell) => [cell.address, cell])));
  }

  private remove(name: string): void {
    this.sheets.delete(name);
    this.charts.delete(name);
    const index = this.front.indexOf(name);
    if (index >= 0) this.front.splice(index, 1);
  }

  private addPlanned({ sheet, charts, position }: PlannedSheet): void {
    this.put(sheet.name, sheet.cells.map(memoryCell));
    this.charts.set(sheet.name, charts);
    if (position === "first") this.front.unshift(sheet.name);
  }

  /** Insert forecast sheet: the plan Excel gets, with replace deleting what it deletes there. */
  addForecast(table: PlacedInputsTable, options: ForecastSheetOptions): string {
    const cover = this.named(COVER_SHEET);
    const coverCells = cover === undefined ? undefined : this.sheets.get(cover);
    const existing: ExistingSheets = {
      names: [INPUTS_SHEET_NAME, ...this.sheets.keys()],
      ...(options.replace === true && coverCells
        ? { coverFormulas: [...coverCells.values()].map((cell) => cell.formula ?? cell.value) }
        : {}),
    };
    const plan = planForecastSheet(table, options, existing);
    for (const name of plan.deletes) this.remove(name);
    this.addPlanned(plan.forecast);
    this.addPlanned(plan.cover);
    return plan.forecast.sheet.name;
  }

  /** Whether a sheet named Forecast is there (names compared case-insensitively, as Excel does). */
  hasForecast(): boolean {
    return this.named(FORECAST_SHEET) !== undefined;
  }

  private named(name: string): string | undefined {
    return [...this.sheets.keys()].find((sheet) => sheet.toLowerCase() === name.toLowerCase());
  }

  /** Write risk sheet: the plan Excel gets, cells and charts. */
  addRisk(data: RiskSheetData, language: Language): string {
    const plan = planRiskSheet(data, language, [INPUTS_SHEET_NAME, ...this.sheets.keys()]);
    this.addPlanned(plan);
    return plan.sheet.name;
  }

  private found(): { sheet: string; cell: MemoryCell }[] {
    return [...this.sheets]
      .filter(([name]) => name !== FORMULAS_SHEET)
      .flatMap(([sheet, cells]) =>
        [...cells.values()]
          .filter((cell) => isFunctionFormula(cell.formula))
          .map((cell) => ({ sheet, cell })),
      );
  }

  functionFormulas(): FunctionFormula[] {
    return this.found().map(({ sheet, cell }) => ({
      address: qualifiedAddress(sheet, cell.address),
      formula: cell.formula ?? "",
    }));
  }

  /**
   * Replaces each GOVCLOUD formula by its value and lists the original on the formulas sheet, laid
   * out as Excel's (src/workbook/sharingPlan.ts). The preview has no dynamic arrays: nothing spills.
   */
  convert(): number {
    const found = this.found();
    if (found.length === 0) return 0;
    let kept = this.sheets.get(FORMULAS_SHEET);
    if (!kept) {
      kept = new Map();
      this.sheets.set(FORMULAS_SHEET, kept);
      for (const block of FORMULAS_SHEET_HEADING.blocks) writeBlock(kept, block);
    }
    const entries = found.map(({ sheet, cell }) => ({
      sheet,
      cell: cell.address,
      formula: cell.formula ?? "",
      spill: "",
    }));
    writeBlock(kept, entryBlock(entries, nextEntryRow(usedBox(kept)?.bottom)));
    for (const { sheet, cell } of found) {
      this.sheets.get(sheet)?.set(cell.address, { address: cell.address, value: cell.value });
    }
    return found.length;
  }

  /**
   * Puts the kept formulas back and removes the formulas sheet, as Excel's Restore does: the same
   * reading of the sheet, the same refusal when a sheet is gone. Returns how many.
   */
  restore(): number {
    const kept = this.sheets.get(FORMULAS_SHEET);
    const box = kept && usedBox(kept);
    if (!kept || !box) return 0;
    const values = Array.from({ length: box.bottom - box.top + 1 }, (_, i) =>
      Array.from(
        { length: box.right - box.left + 1 },
        (_, j) => kept.get(cellAddress(box.top + i, box.left + j))?.value,
      ),
    );
    const steps = planRestore(keptFormulas(values, box.top, box.left), [...this.sheets.keys()]);
    for (const { sheet, cell, formula, clear } of steps) {
      const cells = this.sheets.get(sheet);
      if (!cells) continue;
      // Until Excel recalculates, the formula shows the value it was converted to.
      const value = cells.get(cell)?.value ?? "";
      if (clear) for (const address of boxCells(clear)) cells.delete(address);
      cells.set(cell, { address: cell, formula, value });
    }
    this.remove(FORMULAS_SHEET);
    return steps.length;
  }
}

/** Writes a planned block as Excel holds it: the text as written (an empty value leaves the cell empty). */
function writeBlock(cells: Map<string, MemoryCell>, block: TextBlock): void {
  block.rows.forEach((row, i) =>
    row.forEach((value, j) => {
      const address = cellAddress(block.top + i, 1 + j);
      if (value === "") cells.delete(address);
      else cells.set(address, { address, value });
    }),
  );
}

/** Excel's used range of values: the box around the cells that hold something. */
function usedBox(cells: Map<string, MemoryCell>): Omit<RangeBox, "sheet"> | undefined {
  const boxes = [...cells.values()]
    .filter((cell) => cell.value !== "" || cell.formula !== undefined)
    .map((cell) => parseRangeAddress(cell.address));
  if (boxes.length === 0) return undefined;
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    left: Math.min(...boxes.map((b) => b.left)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
    right: Math.max(...boxes.map((b) => b.right)),
  };
}

function boxCells(box: Omit<RangeBox, "sheet">): string[] {
  const addresses: string[] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) addresses.push(cellAddress(row, column));
  }
  return addresses;
}
