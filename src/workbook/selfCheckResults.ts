/**
 * What "Check this Excel" reports: plain data the pane shows and `selfCheckReportText` turns into the
 * text a user pastes into a support request. No Office.js here, so the browser preview and tests use it.
 */

export type CheckStatus = "pass" | "fail" | "notSupported";

export type CheckId =
  "requirementSets" | "customFunction" | "workbookName" | "chart" | "tableEvent" | "environment";

export interface CheckResult {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /** What was seen, in English (the report goes to support). */
  readonly detail: string;
}

export interface SelfCheckReport {
  /** manifest.xml's <Version>, what Office installed. */
  readonly addinVersion: string;
  readonly host: string;
  readonly platform: string;
  readonly officeVersion: string;
  readonly displayLanguage: string;
  /** True in the browser preview: the checks ran against the in-memory workbook. */
  readonly preview: boolean;
  readonly results: readonly CheckResult[];
}

/** manifest.xml's <Version> (test/selfCheck.test.ts keeps them equal). */
export const ADDIN_VERSION = "1.0.0.0";

const STATUS_TEXT: Readonly<Record<CheckStatus, string>> = {
  pass: "PASS",
  fail: "FAIL",
  notSupported: "NOT SUPPORTED",
};

/** The plain-text report for Copy report. */
export function selfCheckReportText(report: SelfCheckReport, when: Date = new Date()): string {
  return [
    "GovCloud Forecast self-check",
    `Date: ${when.toISOString()}`,
    `Add-in version: ${report.addinVersion}`,
    `Office: ${report.host} on ${report.platform}, version ${report.officeVersion}`,
    `Display language: ${report.displayLanguage}`,
    ...(report.preview ? ["Ran in the browser preview against the in-memory workbook, not in Excel."] : []),
    "",
    ...report.results.map((result) => `[${STATUS_TEXT[result.status]}] ${result.id}: ${result.detail}`),
  ].join("\n");
}
