import { numberFromCell } from "../cellValues";
import { inLanguage, type Language as LayoutLanguage } from "../language";

/** Small helpers the inputs-table modules share: cell values, bilingual messages, addresses. */

export type Cell = string | number;

/** `inLanguage` (src/model/language.ts) for a text written out at the call. */
export function say(language: LayoutLanguage, en: string, zh: string): string {
  return inLanguage({ en, zh }, language);
}

/** A sheet-qualified A1 address (src/model/layout/a1.ts, the one quoting rule). */
export { qualifiedAddress } from "../layout/a1";

/** Reads a number the way the engine does (numeric text counts); undefined when it is not one. */
export function numberIn(raw: unknown): number | undefined {
  try {
    return numberFromCell(raw, { en: "cell", zh: "单元格" });
  } catch {
    return undefined;
  }
}
