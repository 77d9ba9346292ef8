import { market } from "../../functions/implementations";
import { ADDIN_VERSION, type CheckResult, type SelfCheckReport } from "../../office/selfCheckResults";

/**
 * Check this Excel in the browser preview: there is no Excel, so the Excel checks are "not supported"
 * and say why; the custom function's body runs as the cell would call it, against the engine.
 */
export function previewSelfCheck(paneLanguage: string): SelfCheckReport {
  const notInExcel = (id: CheckResult["id"]): CheckResult => ({
    id,
    status: "notSupported",
    detail: "The browser preview has no Excel: run the check in Excel.",
  });
  let value: unknown;
  try {
    value = market(2021, null, null);
  } catch (error) {
    value = error instanceof Error ? error.message : String(error);
  }
  const language = typeof navigator === "undefined" ? "unknown" : navigator.language;
  return {
    addinVersion: ADDIN_VERSION,
    host: "browser preview",
    platform: typeof navigator === "undefined" ? "unknown" : navigator.userAgent,
    officeVersion: "none",
    displayLanguage: language,
    preview: true,
    results: [
      notInExcel("requirementSets"),
      value === 813
        ? {
            id: "customFunction",
            status: "pass",
            detail: "MARKET(2021) computes 813 in the engine (no Excel cell).",
          }
        : {
            id: "customFunction",
            status: "fail",
            detail: `MARKET(2021) computes ${String(value)}, expected 813.`,
          },
      notInExcel("workbookName"),
      notInExcel("chart"),
      notInExcel("tableEvent"),
      {
        id: "environment",
        status: "notSupported",
        detail: `In-memory workbook in a browser (language ${language}, pane in ${paneLanguage}).`,
      },
    ],
  };
}
