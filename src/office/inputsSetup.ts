import { INPUTS_SHEET_NAME, INPUTS_TABLE_NAME, readInputsTable } from "../model/inputsTable";
import { boxAddress, parseRangeAddress } from "../workbook/addresses";
import { planSetUp, type SetUpPlan } from "../workbook/setUpPlan";
import { INPUTS_TABLE_STYLE, formatInputColumn, formatTableColumns } from "./inputsFormatting";
import {
  loadTableCells,
  nameItems,
  probeInputs,
  readInputs,
  type InputsProbe,
  type WorkbookNameItem,
} from "./inputsTableReader";
import { applyTableEdit, type EditedTable } from "./tableEditWriter";
import { WorkbookError } from "../workbook/workbookErrors";
import type { InputsSnapshot, Language } from "../workbook/workbookOperations";
import { literalRows } from "../model/textCell";

/**
 * Set up workbook with Office.js: creates the inputs sheet and table, or repairs an existing one by
 * adding only what is missing (columns, catalogue rows, names, the version stamp), as its plan says
 * (src/workbook/setUpPlan.ts). A cell that already holds a value is never written, so a user's
 * numbers survive any number of set-ups.
 */

/**
 * Carries out a set-up plan on the table there now: its settings, then its table edit and names.
 * The settings go through Excel's own settings collection, not `Office.context.document.settings`:
 * both write the same per-add-in property bag, but the common API keeps an in-memory copy whose
 * `saveAsync` would overwrite the version stamp written through the Excel API in the same session.
 */
async function applySetUp(
  context: Excel.RequestContext,
  target: EditedTable,
  plan: SetUpPlan,
): Promise<void> {
  for (const { name, value } of plan.settings) context.workbook.settings.add(name, value);
  await applyTableEdit(context, target, plan.edit);
}

/** Writes a fresh table at A1 of `sheet` with its formats, names and settings. */
async function createInputsTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  language: Language,
  names: readonly WorkbookNameItem[],
): Promise<void> {
  const plan = planSetUp(undefined, language, names);
  const expected = plan.create;
  if (!expected) throw new Error("unreachable: a set-up plan for a workbook without a table creates one");
  const box = {
    sheet: INPUTS_SHEET_NAME,
    top: 1,
    left: 1,
    bottom: expected.rows.length + 1,
    right: expected.header.length,
  };
  const address = boxAddress(box);
  sheet.getRange(address).values = literalRows([expected.header, ...expected.rows]);
  const table = sheet.tables.add(address, true);
  table.name = INPUTS_TABLE_NAME;
  table.style = INPUTS_TABLE_STYLE;
  expected.roles.forEach((role, index) => {
    if (role.kind === "scenario") formatInputColumn(sheet, 1 + index, 2, expected.numberFormats);
  });
  formatTableColumns(sheet, 1, expected.roles, 1);
  await applySetUp(context, { table, box, names }, plan);
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
): Promise<void> {
  const names = nameItems(probe.names);
  if (probe.sheet.isNullObject) {
    await createInputsTable(context, context.workbook.worksheets.add(INPUTS_SHEET_NAME), language, names);
    return;
  }
  const used = probe.sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address, values");
  await context.sync();
  if (used.isNullObject) {
    await createInputsTable(context, probe.sheet, language, names);
    return;
  }
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
  await applySetUp(context, { table, box, names }, planSetUp(reading, language, names));
}

/**
 * Creates the inputs table, or repairs the one there is (src/workbook/setUpPlan.ts), with its names
 * and settings; returns what the pane shows of it afterwards.
 */
export async function setUpInputs(
  context: Excel.RequestContext,
  language: Language,
): Promise<InputsSnapshot> {
  const probe = await probeInputs(context);
  if (probe.table.isNullObject) {
    await createOrAdopt(context, probe, language);
  } else {
    const loaded = await loadTableCells(context, probe, language);
    await applySetUp(context, loaded, planSetUp(loaded.reading, language, loaded.names));
  }
  const snapshot = await readInputs(context, language);
  if (!snapshot)
    throw new WorkbookError({
      en: "The inputs table could not be read back after setting it up: try again.",
      zh: "设置完成后无法读回输入表:请重试。",
    });
  return snapshot;
}
