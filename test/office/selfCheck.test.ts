import { readFileSync } from "node:fs";
import path from "node:path";
import { runSelfCheck } from "../../src/office/selfCheck";
import {
  ADDIN_VERSION,
  selfCheckReportText,
  type SelfCheckReport,
} from "../../src/workbook/selfCheckResults";
import { FakeExcel } from "./fakeExcel";

const OFFICE = {
  host: "Excel",
  platform: "OfficeOnline",
  version: "16.0.18000.10000",
  displayLanguage: "zh-CN",
};

/** An Excel that calculates MARKET(2021) (to `market2021`) and raises table events, as documented. */
function excel(market2021: number | undefined, events: boolean): FakeExcel {
  const fake = new FakeExcel();
  fake.calculate = (formula) => (formula === "=GOVCLOUD.MARKET(2021)" ? market2021 : undefined);
  fake.raiseTableEvents = events;
  return fake;
}

const statuses = (report: SelfCheckReport) => report.results.map((r) => [r.id, r.status]);

describe("Check this Excel", () => {
  it("passes each check where Excel behaves as documented, and leaves nothing behind", async () => {
    const fake = excel(813, true);
    fake.addSheet("Sheet1").put("A1", "keep me");
    const report = await runSelfCheck(fake.context, {
      paneLanguage: "zh-CN",
      waitMs: 20,
      pollMs: 5,
      office: OFFICE,
    });
    expect(statuses(report)).toEqual([
      ["requirementSets", "pass"],
      ["customFunction", "pass"],
      ["workbookName", "pass"],
      ["chart", "pass"],
      ["tableEvent", "pass"],
      ["environment", "pass"],
    ]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect([...fake.names.keys()]).toEqual([]);
    expect(
      fake.tables.every((t) => !t.name.startsWith("GovCloudCheckTable") || t.changeHandlers.length === 0),
    ).toBe(true);
    expect(fake.pendingWrites).toBe(0);
  });

  it("reports failures with the reason and still cleans up (no calculation, fixed-range name, no event)", async () => {
    const fake = excel(undefined, false);
    fake.namesAddStoresFixedRanges = true; // office-js#740
    fake.apiSets.set("ExcelApi", "1.8");
    const report = await runSelfCheck(fake.context, {
      paneLanguage: "en",
      waitMs: 20,
      pollMs: 5,
      office: OFFICE,
    });
    expect(statuses(report)).toEqual([
      ["requirementSets", "notSupported"],
      ["customFunction", "fail"],
      ["workbookName", "fail"],
      ["chart", "pass"],
      ["tableEvent", "fail"],
      ["environment", "pass"],
    ]);
    const detail = (id: string) => report.results.find((r) => r.id === id)?.detail;
    expect(detail("requirementSets")).toMatch(
      /without ExcelApi 1\.9, ExcelApi 1\.12: page layout.*; Prepare for sharing/,
    );
    expect(detail("customFunction")).toMatch(/shows 0, expected 813/);
    expect(detail("workbookName")).toMatch(/stored as ='GovCloud Check'!\$D\$1:\$E\$2/);
    expect(detail("tableEvent")).toMatch(/No table change event/);
    expect(detail("environment")).toMatch(/display language zh-CN, pane in en \(differs/);
    expect(fake.sheets).toEqual([]);
    expect([...fake.names.keys()]).toEqual([]);
  });

  it("says not supported outside Office, and writes a plain-text report for support", async () => {
    const fake = excel(813, true);
    const report = await runSelfCheck(fake.context, { paneLanguage: "en", waitMs: 20, pollMs: 5 });
    // The fake installs only Office.context.requirements: no diagnostics, as in a plain browser.
    expect(report.results.at(-1)).toMatchObject({ id: "environment", status: "notSupported" });
    expect(report.host).toBe("unknown");
    const text = selfCheckReportText(report, new Date("2026-11-29T12:00:00Z"));
    expect(text.split("\n").slice(0, 4)).toEqual([
      "GovCloud Forecast self-check",
      "Date: 2026-11-29T12:00:00.000Z",
      `Add-in version: ${ADDIN_VERSION}`,
      `Office: ${report.host} on ${report.platform}, version ${report.officeVersion}`,
    ]);
    expect(text).toMatch(/^\[PASS\] customFunction: =GOVCLOUD\.MARKET\(2021\) calculated to 813\.$/m);
  });

  it("reports the add-in version of manifest.xml", () => {
    const manifest = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(ADDIN_VERSION);
  });
});
