/**
 * Coercion of the values Excel passes to custom functions. Excel does not follow the TypeScript
 * signature: an omitted optional argument arrives as `null`, an empty cell as `""`, a cell holding a
 * number as a number even where text is declared, and TRUE/FALSE as booleans. Each function here
 * accepts `unknown` and either returns a clean value or throws a `ModelError` naming the argument.
 */
import { ModelError } from "../model/errors";
import { parseNumberText } from "../model/numberText";
import { ownEntry } from "../model/ownEntry";
import type { Bilingual, Language } from "../model/language";
import { checkYear } from "../model/years";

function describeExcelValue(value: unknown): Bilingual {
  if (typeof value === "boolean") return value ? { en: "TRUE", zh: "TRUE" } : { en: "FALSE", zh: "FALSE" };
  if (Array.isArray(value)) return { en: "a range", zh: "一个区域" };
  if (typeof value === "string") return { en: `"${value}"`, zh: `“${value}”` };
  return { en: typeof value, zh: typeof value };
}

/** An argument as the Chinese messages name it: its name is what the function's signature shows. */
function argument(name: string): string {
  return `参数 ${name}`;
}

function emptyArgument(name: string): ModelError {
  return new ModelError("missingValue", { en: `${name} is empty.`, zh: `${argument(name)} 为空。` });
}

/** Text for an optional argument; `undefined` when it is omitted, an empty cell or only spaces. */
export function optionalText(value: unknown, name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? undefined : text;
  }
  // A key or field typed into a cell that Excel stored as a number (2021) is still meant as text.
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const got = describeExcelValue(value);
  throw new ModelError("invalidValue", {
    en: `${name} must be text, not ${got.en}.`,
    zh: `${argument(name)} 必须是文本,而不是 ${got.zh}。`,
  });
}

/** Text for a required argument; an omitted argument or empty cell is a `missingValue` error. */
export function requiredText(value: unknown, name: string): string {
  const text = optionalText(value, name);
  if (text === undefined) throw emptyArgument(name);
  return text;
}

/** A number, or text that is one (" 2025 " → 2025); booleans and other text are `invalidValue`. */
export function requiredNumber(value: unknown, name: string): number {
  if (value === null || value === undefined) throw emptyArgument(name);
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new ModelError("invalidValue", {
      en: `${name} must be a finite number, not ${String(value)}.`,
      zh: `${argument(name)} 必须是有限数值,而不是 ${String(value)}。`,
    });
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") throw emptyArgument(name);
    // The same rule as cells of a scenario range: Number() alone would accept "0x10" and "Infinity".
    const number = parseNumberText(text);
    if (number !== undefined) return number;
  }
  const got = describeExcelValue(value);
  throw new ModelError("invalidValue", {
    en: `${name} must be a number, not ${got.en}.`,
    zh: `${argument(name)} 必须是数字,而不是 ${got.zh}。`,
  });
}

/** A number argument that may be omitted (null) or left as an empty cell (""): `undefined` then. */
export function optionalNumber(value: unknown, name: string): number | undefined {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return undefined;
  }
  return requiredNumber(value, name);
}

/**
 * A year of the forecast horizon. An empty cell is "year is empty" rather than a silent year 0; a
 * date serial (2026-01-01 is 46023) gets a hint to use YEAR() from `checkYear`.
 */
export function requiredYear(value: unknown, name = "year"): number {
  return checkYear(requiredNumber(value, name), { en: name, zh: argument(name) });
}

/** One of `choices` (case-insensitive, Chinese aliases allowed), or `fallback` when omitted. */
export function optionalChoice<T extends string>(
  value: unknown,
  name: string,
  choices: Readonly<Record<string, T>>,
  fallback: T,
): T {
  const text = optionalText(value, name);
  if (text === undefined) return fallback;
  const choice = ownEntry(choices, text.toLowerCase());
  if (choice === undefined) {
    const listed = [...new Set(Object.values(choices))];
    throw new ModelError("invalidValue", {
      en: `${name} "${text}" is not one of ${listed.join(", ")}.`,
      zh: `${argument(name)} 的值“${text}”不是 ${listed.join("、")} 之一。`,
    });
  }
  return choice;
}

const LANGUAGE_NAMES: Readonly<Record<string, Language>> = {
  en: "en",
  "en-us": "en",
  english: "en",
  英文: "en",
  zh: "zh-CN",
  "zh-cn": "zh-CN",
  chinese: "zh-CN",
  中文: "zh-CN",
};

/** The language of labels in a spilled table: en (default) or zh-CN. */
export function optionalLanguage(value: unknown): Language {
  return optionalChoice(value, "lang", LANGUAGE_NAMES, "en");
}
