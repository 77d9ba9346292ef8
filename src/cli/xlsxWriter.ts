import ExcelJS from "exceljs";
import type { ChartLayout, CellRole, LayoutCell, LayoutSheet } from "../model/modelLayout";
import { withCharts } from "./xlsxCharts";
import { applyPageLayout } from "./xlsxPageSetup";
import { wrappedRowHeights } from "./wrappedRowHeights";

/**
 * Writes layout sheets with exceljs: a thin loop over the cells the model layout defines, so the
 * workbook the command line writes is the one the task pane inserts. Styling follows the usual
 * modelling conventions: blue on pale yellow for inputs, bold headers, checks in dark red.
 */

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };

const ROLE_STYLES: Readonly<Partial<Record<CellRole, Partial<ExcelJS.Style>>>> = {
  title: { font: { bold: true, size: 14 } },
  header: { font: { bold: true }, fill: HEADER_FILL, border: { bottom: { style: "thin" } } },
  key: { font: { name: "Consolas", color: { argb: "FF595959" } } },
  input: { font: { color: { argb: "FF0000FF" } }, fill: INPUT_FILL },
  selector: { font: { bold: true, color: { argb: "FF0000FF" } }, fill: INPUT_FILL },
  year: { font: { bold: true }, fill: HEADER_FILL, border: { bottom: { style: "thin" } } },
  check: { font: { italic: true, color: { argb: "FF9C0006" } } },
};

function cellValue(cell: LayoutCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula, result: cell.cached };
  return cell.value ?? null;
}

function writeCell(sheet: ExcelJS.Worksheet, cell: LayoutCell): void {
  const target = sheet.getCell(cell.address);
  target.value = cellValue(cell);
  const style = ROLE_STYLES[cell.role];
  if (style?.font) target.font = style.font;
  if (style?.fill) target.fill = style.fill;
  if (style?.border) target.border = style.border;
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.role === "text") target.alignment = { wrapText: false, vertical: "top" };
  if (cell.choices) {
    target.dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: [`"${cell.choices.join(",")}"`],
      showErrorMessage: true,
      error: `Choose one of ${cell.choices.join(", ")}.`,
    };
  }
}

export function writeSheets(workbook: ExcelJS.Workbook, sheets: readonly LayoutSheet[]): void {
  for (const layout of sheets) {
    const sheet = workbook.addWorksheet(layout.name);
    layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    for (const column of layout.hiddenColumns) sheet.getColumn(column).hidden = true;
    if (layout.frozen.rows > 0 || layout.frozen.columns > 0) {
      sheet.views = [{ state: "frozen", xSplit: layout.frozen.columns, ySplit: layout.frozen.rows }];
    }
    const wrapped = new Set(layout.wrappedColumns ?? []);
    for (const cell of layout.cells) {
      writeCell(sheet, cell);
      // In a sheet with wrapped text every row may grow: all cells align to the top.
      if (wrapped.size > 0) {
        sheet.getCell(cell.address).alignment = { wrapText: wrapped.has(cell.column), vertical: "top" };
      }
    }
    for (const [row, height] of wrappedRowHeights(layout)) sheet.getRow(row).height = height;
    if (layout.page) applyPageLayout(sheet, layout.page);
  }
}

/** The .xlsx bytes of a workbook holding `sheets`, with `charts` drawn on them (exceljs writes no charts). */
export async function xlsxBytes(
  sheets: readonly LayoutSheet[],
  charts: readonly ChartLayout[] = [],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "govcloud-forecast";
  writeSheets(workbook, sheets);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return charts.length === 0 ? bytes : withCharts(bytes, charts);
}
