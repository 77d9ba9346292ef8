import { compileForecast } from "../../model/forecast";
import { builtInScenario } from "../../model/scenario";
import { ADDIN_VERSION, type CheckResult, type SelfCheckReport } from "../../workbook/selfCheckResults";

/**
 * Check this Excel in the browser preview: there is no Excel, so the Excel checks are "not supported"
 * and say why; MARKET(2021) is asked of the engine the function calls (the pane does not load the
 * functions bundle, and may not reach into src/functions: shared/docs/architecture.md).
 */
export function previewSelfCheck(paneLanguage: string): SelfCheckReport {
  const notInExcel = (id: CheckResult["id"]): CheckResult => ({
    id,
    status: "notSupported",
    detail: "The browser preview has no Excel: run the check in Excel.",
  });
  let value: unknown;
  try {
    value = compileForecast(builtInScenario("base")).value("market.gov", 2021);
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
