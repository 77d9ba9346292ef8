import { BUILT_IN_VENDOR, BUILT_IN_VENDOR_NAME } from "../../model/vendorKeys";
import type { Language } from "../../workbook/workbookOperations";

/**
 * An engine label (assumption or series) in the UI language. The engine builds vendors' Chinese
 * labels from the vendor's key name ("Tencent云收入"); for the built-in vendor the pane writes its
 * Chinese name instead (腾讯云收入). A user's vendor keeps the name the user typed.
 */
export function localLabel(label: { readonly en: string; readonly zh: string }, language: Language): string {
  if (language === "en") return label.en;
  return label.zh.startsWith(BUILT_IN_VENDOR)
    ? BUILT_IN_VENDOR_NAME.zh + label.zh.slice(BUILT_IN_VENDOR.length)
    : label.zh;
}
