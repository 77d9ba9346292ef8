import type { PageLayout } from "../model/modelLayout";
import { columnLetters } from "../model/modelLayout";
import { supportsApiSet } from "./requirements";

/**
 * A layout sheet's page layout (src/model/layout/pageLayout.ts) with Office.js. `worksheet.pageLayout`,
 * its `zoom`, print titles and headers/footers are ExcelApi 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout); on an older Excel the sheet
 * is written without them rather than failing. Nothing here syncs; the caller does.
 */

/** Applies `page` to `sheet` when this Excel has ExcelApi 1.9; returns whether it did. */
export function applyPageLayout(sheet: Excel.Worksheet, page: PageLayout): boolean {
  // False outside Office too (the preview), where there is no page layout to set.
  if (!supportsApiSet("ExcelApi", "1.9")) return false;
  const layout = sheet.pageLayout;
  layout.orientation = "Landscape";
  // Pages tall 0 in the layout is "automatic": leave verticalFitToPages unset, so only the width
  // is fitted (office-js#1860 shows `{ horizontalFitToPages: 1 }` alone as the way to ask for it).
  layout.zoom =
    page.fitToHeight > 0
      ? { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight }
      : { horizontalFitToPages: page.fitToWidth };
  // Print titles must span whole rows or columns ("$5:$5", "$A:$C").
  if (page.titleRows) layout.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
  if (page.titleColumns) {
    const { first, last } = page.titleColumns;
    layout.setPrintTitleColumns(`$${columnLetters(first)}:$${columnLetters(last)}`);
  }
  // Excel's header/footer codes (&A sheet, &F file, &P page, &N pages), as the OOXML header uses.
  const { header, footer } = page;
  const target = layout.headersFooters.defaultForAllPages;
  target.leftHeader = header.left;
  target.centerHeader = header.center;
  target.rightHeader = header.right;
  target.leftFooter = footer.left;
  target.centerFooter = footer.center;
  target.rightFooter = footer.right;
  return true;
}
