import type { HeaderFooterSections, PageLayout } from "../model/modelLayout";
import { columnLetters } from "../model/modelLayout";

/**
 * A layout sheet's page layout (src/model/layout/pageLayout.ts) with Office.js. `worksheet.pageLayout`,
 * its `zoom`, print titles and headers/footers are ExcelApi 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout); on an older Excel the sheet
 * is written without them rather than failing. Nothing here syncs; the caller does.
 */

export const PAGE_LAYOUT_REQUIREMENT = { set: "ExcelApi", version: "1.9" } as const;

/** Whether this Excel has `worksheet.pageLayout` (false outside Office, e.g. in the preview). */
export function pageLayoutSupported(): boolean {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  return requirements?.isSetSupported(PAGE_LAYOUT_REQUIREMENT.set, PAGE_LAYOUT_REQUIREMENT.version) === true;
}

function setSections(
  target: Excel.HeaderFooter,
  header: HeaderFooterSections,
  footer: HeaderFooterSections,
): void {
  // Excel's header/footer codes (&A sheet, &F file, &P page, &N pages), as the OOXML header uses.
  target.leftHeader = header.left;
  target.centerHeader = header.center;
  target.rightHeader = header.right;
  target.leftFooter = footer.left;
  target.centerFooter = footer.center;
  target.rightFooter = footer.right;
}

/** Applies `page` to `sheet` when the requirement set is there; returns whether it did. */
export function applyPageLayout(sheet: Excel.Worksheet, page: PageLayout): boolean {
  if (!pageLayoutSupported()) return false;
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
  setSections(layout.headersFooters.defaultForAllPages, page.header, page.footer);
  return true;
}
