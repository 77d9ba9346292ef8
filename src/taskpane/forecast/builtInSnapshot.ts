import { expectedInputsTable, readInputsTable } from "../../model/inputsTable";
import type { InputsSnapshot, Language } from "../../workbook/workbookOperations";

/**
 * The inputs table Set up workbook would write, read as the pane reads a real one: what the pane
 * shows (read-only) before the workbook is set up, so the first look is the built-in scenarios'
 * assumptions and forecast rather than a blank tab. Built from the same model function as Set up,
 * so it cannot drift from it.
 */
export function builtInSnapshot(language: Language): InputsSnapshot {
  const expected = expectedInputsTable(language);
  const reading = readInputsTable([expected.header, ...expected.rows], undefined, { language });
  return { scenarios: reading.scenarios, rows: reading.rows, problems: [], version: undefined };
}
