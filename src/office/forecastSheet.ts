import { COVER_SHEET, FORECAST_SHEET } from "../model/modelLayout";
import {
  planForecastSheet,
  type ExistingSheets,
  type ForecastSheetPlan,
} from "../workbook/forecastSheetPlan";
import { requireInputsTable } from "./inputsTableReader";
import { addPlannedSheet } from "./plannedSheetWriter";
import type { ForecastSheetOptions } from "../workbook/workbookOperations";

/**
 * Insert forecast sheet with Office.js: reads the inputs table and the sheets there are, and carries
 * out the pure plan (src/workbook/forecastSheetPlan.ts) that says what to delete and write. Both
 * sheets print as the exported workbook does where the host has ExcelApi 1.9 (pageLayout.ts).
 */

/** Whether the workbook has a sheet named Forecast (Excel compares sheet names case-insensitively). */
export async function hasForecastSheet(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(FORECAST_SHEET);
  sheet.load("isNullObject");
  await context.sync();
  return !sheet.isNullObject;
}

/** The sheets' names, and for a replace the Cover's formulas (to know whether it is the add-in's). */
async function existingSheets(context: Excel.RequestContext, replace: boolean): Promise<ExistingSheets> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const cover = sheets.getItemOrNullObject(COVER_SHEET);
  cover.load("isNullObject");
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  if (!replace || cover.isNullObject) return { names };
  const used = cover.getUsedRangeOrNullObject();
  used.load("isNullObject, formulas");
  await context.sync();
  return { names, coverFormulas: used.isNullObject ? [] : used.formulas.flat() };
}

/**
 * Deleting a worksheet deletes what is on it, charts included (Worksheet.delete, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 */
export async function applyForecastSheetPlan(
  context: Excel.RequestContext,
  plan: ForecastSheetPlan,
): Promise<void> {
  if (plan.deletes.length > 0) {
    for (const name of plan.deletes) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  }
  const forecast = addPlannedSheet(context, plan.forecast);
  addPlannedSheet(context, plan.cover);
  forecast.activate();
  await context.sync();
}

/**
 * Returns the new sheet's name: "Forecast", or "Forecast (2)" when taken and `replace` is not set;
 * with `replace` the existing Forecast sheet (and its cover) is deleted first. A refused insertion
 * (damaged inputs, bad years) deletes nothing: the plan is complete before anything is written.
 */
export async function insertForecastSheet(
  context: Excel.RequestContext,
  options: ForecastSheetOptions,
): Promise<string> {
  const table = await requireInputsTable(context, options.language);
  const existing = await existingSheets(context, options.replace === true);
  const plan = planForecastSheet(table, options, existing);
  await applyForecastSheetPlan(context, plan);
  return plan.forecast.sheet.name;
}
