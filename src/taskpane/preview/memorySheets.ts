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
import { requireKeptFormulaSheets } from "../../workbook/editChecks";
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

const FORMULAS_HEADER = ["Sheet", "Cell", "Formula", "Value"];

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

  /** Replaces each GOVCLOUD formula by its value and lists the original on the formulas sheet. */
  convert(): number {
    const found = this.found();
    if (found.length === 0) return 0;
    const kept = this.sheets.get(FORMULAS_SHEET) ?? this.newFormulasSheet();
    for (const { sheet, cell } of found) {
      const row = kept.size / FORMULAS_HEADER.length + 1;
      [sheet, cell.address, cell.formula ?? "", cell.value].forEach((value, i) => {
        const address = cellAddress(row, 1 + i);
        kept.set(address, { address, value });
      });
      this.sheets.get(sheet)?.set(cell.address, { address: cell.address, value: cell.value });
    }
    return found.length;
  }

  private newFormulasSheet(): Map<string, MemoryCell> {
    this.put(
      FORMULAS_SHEET,
      FORMULAS_HEADER.map((value, i) => ({ address: cellAddress(1, 1 + i), value })),
    );
    const sheet = this.sheets.get(FORMULAS_SHEET);
    if (!sheet) throw new Error("unreachable: the formulas sheet was just added");
    return sheet;
  }

  /** Puts the kept formulas back and removes the formulas sheet; returns how many. */
  restore(): number {
    const kept = this.sheets.get(FORMULAS_SHEET);
    if (!kept) return 0;
    const rows: (string | number | undefined)[][] = [];
    for (let row = 2; kept.has(cellAddress(row, 1)); row++) {
      rows.push([1, 2, 3, 4].map((c) => kept.get(cellAddress(row, c))?.value));
    }
    // As in Excel: a sheet gone or renamed stops the restore before anything changes.
    const named = new Set(rows.map(([sheet]) => String(sheet)));
    requireKeptFormulaSheets([...named].filter((name) => !this.sheets.has(name)));
    let restored = 0;
    for (const [sheet, address, formula, value] of rows) {
      const cells = this.sheets.get(String(sheet));
      if (!cells || typeof address !== "string" || typeof formula !== "string") continue;
      cells.set(address, { address, formula, value: value ?? "" });
      restored++;
    }
    this.remove(FORMULAS_SHEET);
    return restored;
  }
}
