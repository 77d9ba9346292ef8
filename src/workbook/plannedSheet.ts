import type { LayoutSheet } from "../model/modelLayout";
import type { ChartSpec } from "./chartSpec";

/**
 * A sheet a plan adds, as data: the Office applier (src/office/plannedSheetWriter.ts) and the browser
 * preview (src/taskpane/preview/memorySheets.ts) both write it, so the preview shows what Excel gets.
 */
export interface PlannedSheet {
  /** Its cells (formulas without "=", each with the engine's value as `cached`), format and page. */
  readonly sheet: LayoutSheet;
  readonly charts: readonly ChartSpec[];
  /** Where it goes: first in the workbook (a cover), or after the other sheets. */
  readonly position: "first" | "last";
}
