/**
 * The two languages the add-in writes in — the task pane, the workbook's sheets, the custom
 * functions' spills and every message — and the one way to choose a text by language.
 */
export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language of an Office display language ("zh-CN", "zh-Hans-CN"…): Simplified Chinese for
 * Chinese locales written in simplified script, English for everything else, the two languages the
 * add-in writes in. Traditional-script locales (zh-TW, zh-HK, zh-Hant) get English rather than a
 * script their readers did not choose. The pane starts in it; the custom functions' messages use it.
 */
export function languageOf(displayLanguage: string | undefined | null): Language {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (!tag.startsWith("zh")) return "en";
  return /hant|-tw|-hk|-mo/.test(tag) ? "en" : "zh-CN";
}

/** A text in both languages (`zh` is Simplified Chinese). */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/** The text of `language`; also picks any pair of values kept by language (labels, formats). */
export function inLanguage<T>(text: { readonly en: T; readonly zh: T }, language: Language): T {
  return language === "en" ? text.en : text.zh;
}

/**
 * An error that carries its message in both languages, so that whoever shows it picks the reader's
 * language. `message` is the English text, for logs and for code that knows only `Error`.
 */
export class BilingualError extends Error {
  readonly text: Bilingual;

  constructor(text: Bilingual, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = "BilingualError";
    this.text = text;
  }
}

/** What an error says in `language`: both languages for a BilingualError, else its own message. */
export function errorMessage(error: unknown, language: Language): string {
  if (error instanceof BilingualError) return inLanguage(error.text, language);
  return error instanceof Error ? error.message : String(error);
}
