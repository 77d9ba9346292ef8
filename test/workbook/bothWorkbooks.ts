import { createExcelWorkbook } from "../../src/office/excelWorkbook";
import { createMemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import type { WorkbookOperations } from "../../src/workbook/workbookOperations";
import { FakeExcel } from "../office/fakeExcel";

/**
 * The two implementations of WorkbookOperations side by side: Excel's over the test fake, and the
 * preview's in-memory workbook, for tests that hold them to the same behaviour.
 */

export type Path = "excel" | "preview";

/** Makes `Excel.run` run batches on `fake`; remove with `uninstallExcel`. */
export function installExcel(fake: FakeExcel): void {
  const run = jest.fn(async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    return batch(fake.context);
  });
  Object.defineProperty(globalThis, "Excel", { value: { run }, configurable: true, writable: true });
  // No Office.addin: loading with the document is skipped, as on hosts without it.
  Object.defineProperty(globalThis, "Office", { value: undefined, configurable: true, writable: true });
}

export function uninstallExcel(): void {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
}

/** A fresh workbook of either kind (with the fake behind Excel's), set up in English when asked. */
export async function workbookOn(
  path: Path,
  setUp: boolean,
): Promise<{ workbook: WorkbookOperations; fake?: FakeExcel }> {
  if (path === "preview") {
    const workbook = createMemoryWorkbook();
    if (setUp) await workbook.setUpWorkbook("en");
    return { workbook };
  }
  const fake = new FakeExcel();
  installExcel(fake);
  const workbook = createExcelWorkbook();
  if (setUp) await workbook.setUpWorkbook("en");
  return { workbook, fake };
}
