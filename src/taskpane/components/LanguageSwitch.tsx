import { Field, Select } from "@fluentui/react-components";
import type { Language } from "../../workbook/workbookOperations";
import { useLanguage } from "../i18n/LanguageContext";

/** Overrides the language Office chose; each option is named in its own language. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Field label={t("languageLabel")} orientation="horizontal" size="small">
      <Select
        size="small"
        value={language}
        onChange={(_, data) => setLanguage(data.value === "zh-CN" ? "zh-CN" : ("en" satisfies Language))}
      >
        <option value="en" lang="en">
          {t("languageEnglish")}
        </option>
        <option value="zh-CN" lang="zh-CN">
          {t("languageChinese")}
        </option>
      </Select>
    </Field>
  );
}
