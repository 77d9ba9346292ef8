/**
 * The task pane's inputs table (`GovCloudInputs` on the sheet `GovCloud Inputs`), as plain data:
 * what a new table holds, how a table read back from a workbook is diagnosed, and what Repair adds.
 * No Office here: `src/office/` reads and writes the cells, this module decides what they mean.
 *
 * Columns: Key | Assumption | Unit | Bear | Base | Bull | (custom scenarios) | Kind | Source — the
 * Inputs sheet's columns (layout/inputsSheet.ts) with room for the user's own scenarios. Headers are
 * written in the workbook's language and recognised in either, so a table set up in Chinese still
 * reads in an English pane. The user's values are never changed here: a damaged cell is reported
 * with its address, and Repair only adds what is missing.
 *
 * This file is the public entry; the parts live in `inputsTable/`: `columns.ts` (names, headers,
 * column roles, the cells of a row, a new table), `read.ts` (reading and diagnosing a table),
 * `scenarios.ts` (the table's scenarios under an explicit policy), `repair.ts` (what Repair adds) and `names.ts` (scenario names and workbook names).
 */

export {
  BUILT_IN_SCENARIO_NAMES,
  INPUTS_SHEET_NAME,
  INPUTS_TABLE_NAME,
  INPUTS_TABLE_VERSION,
  TABLE_WORKBOOK_NAME,
  defaultValue,
  expectedInputsTable,
  headerText,
  numberFormatFor,
  rowCells,
  tableColumns,
} from "./inputsTable/columns";
export type {
  ColumnRole,
  ExpectedInputsTable,
  FixedColumn,
  InputsTableColumns,
  ScenarioColumn,
} from "./inputsTable/columns";
export { readInputsTable, versionProblems } from "./inputsTable/read";
export type { InputsRow, InputsTableReading, ReadOptions, TableProblem } from "./inputsTable/read";
export {
  blockingProblems,
  requireUsableTable,
  tableScenario,
  tableScenarioSet,
  usableCellValue,
} from "./inputsTable/scenarios";
export type { InputsPolicy, ScenarioSet, TableValues, UsedColumns } from "./inputsTable/scenarios";
export { planRepair } from "./inputsTable/repair";
export type { PlannedColumn, PlannedRow, RepairPlan } from "./inputsTable/repair";
export {
  checkScenarioName,
  expectedWorkbookNames,
  findScenario,
  isBuiltInScenarioName,
  nameProblems,
  refersToInputsTable,
  scenarioName,
  scenarioWorkbookName,
  workbookNameClash,
} from "./inputsTable/names";
export type { WorkbookName } from "./inputsTable/names";
export { numberIn, qualifiedAddress } from "./inputsTable/shared";
