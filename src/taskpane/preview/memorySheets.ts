import { compileForecast } from "../../model/forecast";
import { INPUTS_SHEET_NAME, qualifiedAddress } from "../../model/inputsTable";
import { cellAddress } from "../../model/layout/a1";
import { LAYOUT_TEXT, inLanguage, unitText } from "../../model/layout/layoutText";
import { yearIndex } from "../../model/years";
import { riskLayout, RISK_SHEET } from "../../workbook/riskSheetLayout";
import { FORMULAS_SHEET, isFunctionFormula } from "../../workbook/functionFormulas";
import { freeSheetName } from "../../workbook/sheetNames";
import { checkForecastYears } from "../../workbook/editChecks";
import type {
  ForecastSheetOptions,
  FunctionFormula,
  InputsSnapshot,
  Language,
  RiskSheetData,
} from "../../workbook/workbookOperations";
import { scenarioOfColumn } from "../forecast/scenarioOfColumn";
import { translate } from "../i18n/strings";

/** A cell of the preview workbook: a constant, or a formula with the value it last showed. */
export interface MemoryCell {
  readonly address: string;
  readonly value: string | number;
  readonly formula?: string;
}

export interface SheetView {
  readonly name: string;
  readonly cells: readonly MemoryCell[];
}

export type SeedSheet = SheetView;

const FORECAST_BASE_NAME = "Forecast";
const FORMULAS_HEADER = ["Sheet", "Cell", "Formula", "Value"];

/**
 * The preview workbook's sheets other than the inputs table: the user's (seeded), the forecast and
 * risk sheets the pane inserts, and Prepare for sharing's conversion and restore. The forecast
 * sheet holds the engine's values; in Excel each of its rows is one formula on the inputs table.
 */
export class MemorySheets {
  private readonly sheets = new Map<string, Map<string, MemoryCell>>();

  constructor(seed: readonly SeedSheet[]) {
    for (const sheet of seed) this.put(sheet.name, sheet.cells);
  }

  views(): SheetView[] {
    return [...this.sheets].map(([name, cells]) => ({ name, cells: [...cells.values()] }));
  }

  private put(name: string, cells: readonly MemoryCell[]): void {
    this.sheets.set(name, new Map(cells.map((cell) => [cell.address, cell])));
  }

  private freeName(base: string): string {
    return freeSheetName(base, [INPUTS_SHEET_NAME, ...this.sheets.keys()]);
  }

  addForecast(snapshot: InputsSnapshot, options: ForecastSheetOptions): string {
    checkForecastYears(options);
    const { from, to } = options;
    const forecast = compileForecast(scenarioOfColumn(snapshot, "Base"));
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const language = options.language;
    const cells: MemoryCell[] = [
      { address: "A1", value: inLanguage(LAYOUT_TEXT.title, language) },
      { address: "A2", value: translate(language, "previewForecastNote") },
      { address: "A4", value: inLanguage(LAYOUT_TEXT.series, language) },
      { address: "B4", value: inLanguage(LAYOUT_TEXT.unit, language) },
      ...years.map((year, i) => ({ address: cellAddress(4, 3 + i), value: year })),
    ];
    forecast.seriesKeys().forEach((key, index) => {
      const row = 5 + index;
      const info = forecast.info(key);
      cells.push({ address: cellAddress(row, 1), value: inLanguage(info.label, language) });
      cells.push({ address: cellAddress(row, 2), value: unitText(info.unit, language) });
      const values = forecast.values(key);
      years.forEach((year, i) => {
        cells.push({ address: cellAddress(row, 3 + i), value: values[yearIndex(year)] ?? Number.NaN });
      });
    });
    if (options.replace === true) {
      const existing = this.named(FORECAST_BASE_NAME);
      if (existing !== undefined) this.sheets.delete(existing);
    }
    const name = this.freeName(FORECAST_BASE_NAME);
    this.put(name, cells);
    return name;
  }

  /** Whether a sheet named Forecast is there (names compared case-insensitively, as Excel does). */
  hasForecast(): boolean {
    return this.named(FORECAST_BASE_NAME) !== undefined;
  }

  private named(name: string): string | undefined {
    return [...this.sheets.keys()].find((sheet) => sheet.toLowerCase() === name.toLowerCase());
  }

  addRisk(data: RiskSheetData, language: Language): string {
    const cells = riskLayout(data, language).cells.map((cell): MemoryCell => ({
      address: cell.address,
      value: cell.value ?? "",
      ...(cell.formula ? { formula: `=${cell.formula}` } : {}),
    }));
    const name = this.freeName(RISK_SHEET);
    this.put(name, cells);
    return name;
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
    let restored = 0;
    for (let row = 2; kept.has(cellAddress(row, 1)); row++) {
      const [sheet, address, formula, value] = [1, 2, 3, 4].map((c) => kept.get(cellAddress(row, c))?.value);
      const cells = this.sheets.get(String(sheet));
      if (!cells || typeof address !== "string" || typeof formula !== "string") continue;
      cells.set(address, { address, formula, value: value ?? "" });
      restored++;
    }
    this.sheets.delete(FORMULAS_SHEET);
    return restored;
  }
}
