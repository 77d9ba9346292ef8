import { writeRiskSheet } from "../../src/office/riskSheet";
import type { RiskSheetData } from "../../src/workbook/workbookOperations";
import { FakeExcel, type FakeSheet } from "./fakeExcel";
import { RISK_DATA as DATA } from "../workbook/riskSheetData";

describe("writeRiskSheet", () => {
  it("writes the percentile table with a fan chart of P10, P50 and P90 over the years", async () => {
    const fake = new FakeExcel();
    expect(await writeRiskSheet(fake.context, DATA, "en")).toBe("GovCloud Risk");
    expect(fake.pendingWrites).toBe(0);
    const sheet = fake.sheet("GovCloud Risk") as FakeSheet;
    expect(["A8", "B8", "C8", "D8"].map((a) => sheet.value(a))).toEqual(["Percentile", 2028, 2029, 2030]);
    expect(["A9", "B9", "D9", "A10", "C10", "A11", "D11"].map((a) => sheet.value(a))).toEqual([
      "P10",
      1500,
      1700,
      "P50",
      1950,
      "P90",
      2600,
    ]);
    expect(sheet.numberFormat("C10")).toBe("#,##0.00");
    const fan = fake.charts[0];
    expect(fan?.type).toBe("Line");
    expect(fan?.series).toEqual([
      { name: "P10", values: "B9:D9", categories: "B8:D8" },
      { name: "P50", values: "B10:D10", categories: "B8:D8" },
      { name: "P90", values: "B11:D11", categories: "B8:D8" },
    ]);
  });

  it("writes the tornado table with native swings from the base result and a bar chart, largest on top", async () => {
    const fake = new FakeExcel();
    await writeRiskSheet(fake.context, DATA, "en");
    const sheet = fake.sheet("GovCloud Risk") as FakeSheet;
    expect(sheet.value("B6")).toBe(2000);
    expect(["A13", "B13", "C13", "D13", "E13", "F13"].map((a) => sheet.value(a))).toEqual([
      "Assumption",
      "Key",
      "Result at low",
      "Result at high",
      "Low − base",
      "High − base",
    ]);
    expect(sheet.value("B14")).toBe("market.gov.growth.near");
    expect(sheet.formula("E14")).toBe("=C14-$B$6");
    expect(sheet.formula("F15")).toBe("=D15-$B$6");
    const tornado = fake.charts[1];
    expect([tornado?.type, tornado?.seriesBy]).toEqual(["BarClustered", "Columns"]);
    expect(tornado?.series.map((s) => [s.values, s.categories])).toEqual([
      ["E14:E15", "A14:A15"],
      ["F14:F15", "A14:A15"],
    ]);
    expect(tornado?.mock.axes.categoryAxis.reversePlotOrder).toBe(true);
    // Low and high of an assumption on one bar line (ChartSeries.overlap, ExcelApi 1.8).
    expect(tornado?.series[0]?.overlap).toBe(100);
  });

  it("draws the tornado's bars side by side on an Excel without ExcelApi 1.8, rather than failing", async () => {
    const fake = new FakeExcel();
    fake.apiSets.set("ExcelApi", "1.7");
    await writeRiskSheet(fake.context, DATA, "en");
    const tornado = fake.charts[1];
    expect(tornado?.series.map((s) => s.overlap)).toEqual([undefined, undefined]);
    expect(tornado?.mock.axes.categoryAxis.reversePlotOrder).toBe(true);
  });

  it("charts the two results when the base result is unknown, in Chinese when asked, on a sheet of its own", async () => {
    const fake = new FakeExcel();
    fake.addSheet("GovCloud Risk");
    const withoutBase: RiskSheetData = { ...DATA, baseResult: undefined };
    expect(await writeRiskSheet(fake.context, withoutBase, "zh-CN")).toBe("GovCloud Risk (2)");
    const sheet = fake.sheet("GovCloud Risk (2)") as FakeSheet;
    expect(sheet.value("A8")).toBe("分位数");
    expect(sheet.value("E13")).toBe("");
    expect(sheet.frozenColumns).toBe(1);
    expect(fake.charts[1]?.series.map((s) => s.values)).toEqual(["C14:C15", "D14:D15"]);
  });
});
