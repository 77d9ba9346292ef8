import { freeSheetName } from "../workbook/sheetNames";

/** A name for a new sheet that no sheet of the workbook has (Excel compares names case-insensitively). */
export async function uniqueSheetName(context: Excel.RequestContext, base: string): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return freeSheetName(
    base,
    sheets.items.map((sheet) => sheet.name),
  );
}
