import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Language } from "../../workbook/workbookOperations";
import { translate, type StringKey, type StringParams } from "./strings";
import { numberFormatting, type NumberFormatting } from "./numbers";

export interface LanguageTools extends NumberFormatting {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  /** A UI string in the current language. */
  readonly t: (key: StringKey, params?: StringParams) => string;
}

function tools(language: Language, setLanguage: (language: Language) => void): LanguageTools {
  return {
    language,
    setLanguage,
    t: (key, params) => translate(language, key, params),
    ...numberFormatting(language),
  };
}

// English with no switch: what a component rendered on its own (in a test, say) shows.
const LanguageContext = createContext<LanguageTools>(
  tools("en", () => {
    throw new Error("setLanguage needs a LanguageProvider above the component.");
  }),
);

export function LanguageProvider(props: {
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly children: ReactNode;
}) {
  const { language, onLanguageChange, children } = props;
  const value = useMemo(() => tools(language, onLanguageChange), [language, onLanguageChange]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageTools {
  return useContext(LanguageContext);
}
