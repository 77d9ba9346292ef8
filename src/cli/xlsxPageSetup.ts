import type ExcelJS from "exceljs";
import { columnLetters } from "../model/modelLayout";
import type { HeaderFooterSections, PageLayout } from "../model/modelLayout";

/**
 * A layout sheet's page layout (src/model/layout/pageLayout.ts) as exceljs page setup: landscape
 * on A4, fitted to the pages the layout asks for (`fitToPage` must be on, or Excel and LibreOffice
 * ignore the fit and print at 100 %, the 23-page export of issue 13), print titles, header and footer.
 */

/** OOXML paper size 9 = A4 (ECMA-376 Part 1, 18.3.1.63 pageSetup). */
const A4 = 9;

/** Excel's header/footer sections: &L, &C and &R, each followed by its text. */
export function headerFooterText(sections: HeaderFooterSections): string {
  return [
    sections.left ? `&L${sections.left}` : "",
    sections.center ? `&C${sections.center}` : "",
    sections.right ? `&R${sections.right}` : "",
  ].join("");
}

export function applyPageLayout(sheet: ExcelJS.Worksheet, page: PageLayout): void {
  sheet.pageSetup.orientation = page.orientation;
  sheet.pageSetup.paperSize = A4;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = page.fitToWidth;
  sheet.pageSetup.fitToHeight = page.fitToHeight;
  sheet.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };
  if (page.titleRows) sheet.pageSetup.printTitlesRow = `${page.titleRows.first}:${page.titleRows.last}`;
  if (page.titleColumns) {
    const { first, last } = page.titleColumns;
    sheet.pageSetup.printTitlesColumn = `${columnLetters(first)}:${columnLetters(last)}`;
  }
  sheet.headerFooter.oddHeader = headerFooterText(page.header);
  sheet.headerFooter.oddFooter = headerFooterText(page.footer);
}
