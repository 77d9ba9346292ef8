import { writeRiskSheet } from "../../../src/office/riskSheet";
import { createMemoryWorkbook } from "../../../src/taskpane/preview/memoryWorkbook";
import type { Language, RiskSheetData } from "../../../src/workbook/workbookOperations";
import { FakeExcel, type FakeSheet } from "../../office/fakeExcel";
import { RISK_DATA } from "../../workbook/riskSheetData";
import { excelCells, excelChart, previewCells, previewChart, sorted } from "./sameAsExcel";

/**
 * The browser preview and Excel carry out one plan (src/workbook/riskSheetPlan.ts): the preview's
 * risk sheet holds exactly the cells Excel gets and lists the charts Excel draws, with every option.
 */

/** The fixture, its first assumption's label looking like a formula: it must stay text. */
const DATA: RiskSheetData = {
  ...RISK_DATA,
  tornado: RISK_DATA.tornado.map((entry, i) => (i === 0 ? { ...entry, label: "=Near growth" } : entry)),
};

describe("the preview's risk sheet is the one Excel gets", () => {
  it.each<[string, Language, RiskSheetData]>([
    ["in English", "en", DATA],
    ["in Chinese", "zh-CN", DATA],
    ["without a base result", "en", { ...DATA, baseResult: undefined }],
  ])("writes the same cells and charts %s", async (_case, language, data) => {
    const fake = new FakeExcel();
    fake.addSheet("GovCloud Inputs");
    // A sheet of the name taken already: both pick the same free name.
    fake.addSheet("GovCloud Risk");
    const preview = createMemoryWorkbook({ sheets: [{ name: "GovCloud Risk", cells: [] }] });
    await preview.setUpWorkbook("en");

    const excelName = await writeRiskSheet(fake.context, data, language);
    expect(await preview.writeRiskSheet(data, language)).toBe(excelName);
    expect(excelName).toBe("GovCloud Risk (2)");
    const sheet = preview.view().sheets.find((s) => s.name === excelName);
    if (!sheet) throw new Error("the preview has no risk sheet");

    const excel = excelCells(fake.sheet(excelName) as FakeSheet);
    expect(excel.size).toBeGreaterThan(30);
    expect(sorted(previewCells(sheet))).toEqual(sorted(excel));
    // A label the user's data brings stays text in both.
    expect(excel.get("A14")).toEqual({ value: "=Near growth" });

    const charts = (sheet.charts ?? []).map(previewChart);
    expect(charts).toEqual(fake.charts.map(excelChart));
    expect(charts.map((chart) => [chart.type, chart.series.length])).toEqual([
      ["Line", 3],
      ["BarClustered", 2],
    ]);
  });

  it("shows each swing formula with the value Excel computes", async () => {
    const preview = createMemoryWorkbook();
    const name = await preview.writeRiskSheet(DATA, "en");
    const cells = preview.view().sheets.find((s) => s.name === name)?.cells ?? [];
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([
      { address: "E14", formula: "=C14-$B$6", value: -300 },
      { address: "F14", formula: "=D14-$B$6", value: 400 },
      { address: "E15", formula: "=C15-$B$6", value: -100 },
      { address: "F15", formula: "=D15-$B$6", value: 150 },
    ]);
  });
});
