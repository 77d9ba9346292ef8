import type { LayoutSheet } from "../model/modelLayout";
import { UsageError } from "./usageError";

const LISTED = 5;

/**
 * Refuses to export a workbook holding a number that is not finite: NaN or ±Infinity written as a
 * value or as a formula's cached result opens in Excel as an error or a wrong number, and means
 * the inputs are contradictory (e.g. two observations in the same year divide by zero years).
 */
export function checkFiniteCells(sheets: readonly LayoutSheet[]): void {
  const bad: string[] = [];
  for (const sheet of sheets) {
    for (const cell of sheet.cells) {
      for (const number of [cell.value, cell.cached]) {
        if (typeof number === "number" && !Number.isFinite(number)) {
          bad.push(`'${sheet.name}'!${cell.address} (${String(number)})`);
          break;
        }
      }
    }
  }
  if (bad.length === 0) return;
  const more = bad.length > LISTED ? ` and ${bad.length - LISTED} more` : "";
  throw new UsageError(
    `Nothing was written: ${bad.length} cell(s) would not hold a finite number: ${bad.slice(0, LISTED).join(", ")}${more}. Check the values set with --set.`,
  );
}
