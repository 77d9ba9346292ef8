import type { Language } from "../model/language";
import { planRiskSheet } from "../workbook/riskSheetPlan";
import type { RiskSheetData } from "../workbook/workbookOperations";
import { addPlannedSheet } from "./plannedSheetWriter";

/**
 * Write risk sheet with Office.js: reads the sheets' names and carries out the pure plan
 * (src/workbook/riskSheetPlan.ts), cells and charts. Returns the new sheet's name.
 */
export async function writeRiskSheet(
  context: Excel.RequestContext,
  data: RiskSheetData,
  language: Language,
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const plan = planRiskSheet(
    data,
    language,
    sheets.items.map((sheet) => sheet.name),
  );
  addPlannedSheet(context, plan).activate();
  await context.sync();
  return plan.sheet.name;
}
