import { ModelError } from "./errors";
import type { Bilingual } from "./language";
import { NUMBER_TEXT_HINT, parseNumberText } from "./numberText";

/** A cell as Excel hands it to code: a number, text, a boolean, or empty (null / ""). */
export type CellValue = number | string | boolean | null | undefined;

export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads a number from a cell the way a finance user means it: numbers as they are, numeric text
 * ("0.2", " 813 ", "1,858", "20%") by the one rule in numberText.ts; anything else is a ModelError
 * naming `what` (in both languages) and quoting the text.
 */
export function numberFromCell(value: unknown, what: Bilingual): number {
  if (isEmptyCell(value)) {
    throw new ModelError("missingValue", { en: `${what.en} is empty.`, zh: `${what.zh}为空。` });
  }
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new ModelError("invalidValue", {
      en: `${what.en} is not a finite number.`,
      zh: `${what.zh}不是有限数值。`,
    });
  }
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed !== undefined) return parsed;
    throw new ModelError("invalidValue", {
      en: `${what.en} must be ${NUMBER_TEXT_HINT.en}, not ${JSON.stringify(value)}.`,
      zh: `${what.zh}必须是${NUMBER_TEXT_HINT.zh},而不是 ${JSON.stringify(value)}。`,
    });
  }
  throw new ModelError("invalidValue", {
    en: `${what.en} must be a number (got ${JSON.stringify(value)}).`,
    zh: `${what.zh}必须是数字(当前为 ${JSON.stringify(value)})。`,
  });
}

/** Reads text from a cell; numbers become their decimal text, empty cells undefined. */
export function textFromCell(value: unknown): string | undefined {
  if (isEmptyCell(value)) return undefined;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}
