import type { PlannedSheet } from "../workbook/plannedSheet";
import { addChart } from "./charts";
import { formatSheet, writeCells } from "./layoutSheetWriter";
import { applyPageLayout } from "./pageLayout";

/**
 * Adds a planned sheet (src/workbook/plannedSheet.ts) with Office.js: its cells, column widths and
 * frozen panes, its native charts and, where the plan has one, its page layout. The caller syncs.
 */
export function addPlannedSheet(context: Excel.RequestContext, planned: PlannedSheet): Excel.Worksheet {
  const { sheet: layout, charts, position } = planned;
  const sheet = context.workbook.worksheets.add(layout.name);
  if (position === "first") sheet.position = 0;
  writeCells(sheet, layout.cells);
  formatSheet(sheet, layout);
  for (const chart of charts) addChart(sheet, chart);
  if (layout.page) applyPageLayout(sheet, layout.page);
  return sheet;
}
