import {
  INPUTS_SHEET_NAME,
  INPUTS_TABLE_NAME,
  expectedInputsTable,
  expectedWorkbookNames,
  numberFormatFor,
  planRepair,
  readInputsTable,
  tableColumns,
  type InputsTableReading,
  type RepairPlan,
} from "../model/inputsTable";
import { boxAddress, parseRangeAddress, type RangeBox } from "../workbook/addresses";
import { INPUTS_TABLE_STYLE, formatInputColumn, formatTableColumns } from "./inputsFormatting";
import { loadTableCells, nameItems, probeInputs, readInputs, type InputsProbe } from "./inputsTableReader";
import { writeVersionStamp } from "./settingsStamp";
import { showTaskpaneWithDocument } from "./startup";
import { WorkbookError } from "../workbook/workbookErrors";
import { keepNamesOnTable, repairNames } from "./workbookNames";
import type { InputsSnapshot, Language } from "../workbook/workbookOperations";
import { literalRows } from "../model/textCell";

/**
 * Set up workbook: creates the inputs sheet and table, or repairs an existing one by adding only
 * what is missing (columns, catalogue rows, names, the version stamp). A cell that already holds a
 * value is never written, so a user's numbers survive any number of set-ups.
 */

/** Writes a fresh table at A1 of `sheet`; returns its header. The caller syncs. */
function createInputsTable(sheet: Excel.Worksheet, language: Language): string[] {
  const expected = expectedInputsTable(language);
  const address = boxAddress({
    top: 1,
    left: 1,
    bottom: expected.rows.length + 1,
    right: expected.header.length,
  });
  sheet.getRange(address).values = literalRows([expected.header, ...expected.rows]);
  const table = sheet.tables.add(address, true);
  table.name = INPUTS_TABLE_NAME;
  table.style = INPUTS_TABLE_STYLE;
  expected.roles.forEach((role, index) => {
    if (role.kind === "scenario") formatInputColumn(sheet, 1 + index, 2, expected.numberFormats);
  });
  formatTableColumns(sheet, 1, expected.roles, 1);
  return [...expected.header];
}

/**
 * Adds the planned columns (inside the table, so Excel shifts only the table's cells) and rows (at
 * the end), then formats just the new cells. Returns the header after the repair. The caller syncs.
 */
export function applyRepair(
  context: Excel.RequestContext,
  table: Excel.Table,
  box: RangeBox,
  reading: InputsTableReading,
  plan: RepairPlan,
): string[] {
  for (const column of plan.columns) {
    table.columns.add(
      column.index,
      literalRows([[column.header], ...column.values.map((value) => [value])]),
      column.header,
    );
  }
  if (plan.rows.length > 0) table.rows.add(undefined, literalRows(plan.rows.map((row) => row.cells)));
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  const firstBodyRow = box.top + 1;
  for (const column of plan.columns) {
    if (column.role.kind !== "scenario") continue;
    const formats = reading.bodyKeys.map((key) => (key === undefined ? "General" : numberFormatFor(key)));
    formatInputColumn(sheet, box.left + plan.roles.indexOf(column.role), firstBodyRow, formats);
  }
  if (plan.rows.length > 0) {
    const formats = plan.rows.map((row) => row.numberFormat);
    plan.roles.forEach((role, index) => {
      if (role.kind === "scenario") {
        formatInputColumn(sheet, box.left + index, firstBodyRow + reading.body.length, formats);
      }
    });
  }
  return [...plan.header];
}

/**
 * No table: a new sheet gets a new table; an empty inputs sheet too. An inputs sheet whose table was
 * converted to a range (or deleted as a table only) is adopted: its cells become the table again
 * and are repaired. Any other content on a sheet of that name is left alone.
 */
async function createOrAdopt(
  context: Excel.RequestContext,
  probe: InputsProbe,
  language: Language,
): Promise<string[]> {
  if (probe.sheet.isNullObject) {
    return createInputsTable(context.workbook.worksheets.add(INPUTS_SHEET_NAME), language);
  }
  const used = probe.sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address, values");
  await context.sync();
  if (used.isNullObject) return createInputsTable(probe.sheet, language);
  const box = parseRangeAddress(used.address, INPUTS_SHEET_NAME);
  const reading = readInputsTable(used.values, undefined, {
    language,
    sheet: box.sheet,
    origin: { row: box.top, column: box.left },
  });
  if (reading.columns.fixed.key === undefined || !reading.bodyKeys.some((key) => key !== undefined)) {
    throw new WorkbookError({
      en: `The sheet "${INPUTS_SHEET_NAME}" already holds other data, so the add-in will not write over it: rename that sheet (or move its data), then press Set up workbook again.`,
      zh: `工作表“${INPUTS_SHEET_NAME}”中已有其他数据,加载项不会覆盖它:请重命名该工作表(或移走其中的数据),然后再次点击“设置工作簿”。`,
    });
  }
  const table = probe.sheet.tables.add(boxAddress(box), true);
  table.name = INPUTS_TABLE_NAME;
  return applyRepair(context, table, box, reading, planRepair(reading));
}

export async function setUpInputs(
  context: Excel.RequestContext,
  language: Language,
): Promise<InputsSnapshot> {
  const probe = await probeInputs(context);
  let header: string[];
  if (probe.table.isNullObject) {
    header = await createOrAdopt(context, probe, language);
  } else {
    const loaded = await loadTableCells(context, probe, language);
    header = applyRepair(context, loaded.table, loaded.box, loaded.reading, planRepair(loaded.reading));
  }
  const definedNames = repairNames(
    context,
    nameItems(probe.names),
    expectedWorkbookNames({ header, columns: tableColumns(header) }),
  );
  writeVersionStamp(context);
  showTaskpaneWithDocument(context);
  await context.sync();
  await keepNamesOnTable(context, definedNames);
  const snapshot = await readInputs(context, language);
  if (!snapshot)
    throw new WorkbookError({
      en: "The inputs table could not be read back after setting it up: try again.",
      zh: "设置完成后无法读回输入表:请重试。",
    });
  return snapshot;
}
