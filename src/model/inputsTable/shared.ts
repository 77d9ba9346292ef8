import { numberFromCell } from "../cellValues";
import { inLanguage, type Language as LayoutLanguage } from "../language";

/** Small helpers the inputs-table modules share: cell values, bilingual messages, addresses. */

export type Cell = string | number;

/** `inLanguage` (src/model/language.ts) for a text written out at the call. */
export function say(language: LayoutLanguage, en: string, zh: string): string {
  return inLanguage({ en, zh }, language);
}

/** A sheet-qualified A1 address, quoting the sheet name when Excel needs it: "'GovCloud Inputs'!E7". */
export function qualifiedAddress(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

/** Reads a number the way the engine does (numeric text counts); undefined when it is not one. */
export function numberIn(raw: unknown): number | undefined {
  try {
    return numberFromCell(raw, "cell");
  } catch {
    return undefined;
  }
}
