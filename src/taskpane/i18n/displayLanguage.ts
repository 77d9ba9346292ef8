import type { Language } from "../../workbook/workbookOperations";

/**
 * The pane's language from Office's display language ("zh-CN", "zh-Hans-CN"…): Simplified Chinese
 * for Chinese locales written in simplified script, English for everything else, the two languages
 * the pane and the workbook are written in. Traditional-script locales (zh-TW, zh-HK, zh-Hant) get
 * English rather than a script their readers did not choose.
 */
export function languageOf(displayLanguage: string | undefined | null): Language {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (!tag.startsWith("zh")) return "en";
  return /hant|-tw|-hk|-mo/.test(tag) ? "en" : "zh-CN";
}
