import { FakeExcel, simulateExcelApi } from "./fakeExcel";

/** The harness must be as strict as Excel about load and sync, or the office tests prove little. */
describe("FakeExcel", () => {
  it("answers a property only after load and sync, from the cells as they are at the sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data").putRows("A1", [[1, 2]]);
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    expect(range.values).toBe("Error, property was not loaded");
    range.load("values");
    expect(range.values).toBe("Error, context.sync() was not called");
    fake.sheet("Data")?.put("B1", 5);
    await fake.context.sync();
    expect(range.values).toEqual([[1, 5]]);
  });

  it("rejects a load of a property the API object does not have", () => {
    const fake = new FakeExcel();
    fake.addSheet("Data");
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1");
    expect(() => range.load("valuez")).toThrow(/valuez/);
  });

  it("rejects writes whose shape does not match the range", () => {
    const fake = new FakeExcel();
    fake.addSheet("Data");
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1:B2");
    expect(() => {
      range.values = [[1, 2]];
    }).toThrow(/2×2/);
  });

  it("stores formulas and text the way typing does", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Data");
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.values = [["=SUM(1,2)", "'=kept as text"]];
    expect(sheet.formula("A1")).toBe("=SUM(1,2)");
    expect(sheet.formula("B1")).toBe("=kept as text");
    expect(sheet.cell(1, 2)?.formula).toBeUndefined();
    expect(fake.pendingWrites).toBe(1);
    await fake.context.sync();
  });

  it("moves a sheet when its position is set, and rejects a position past the last sheet", async () => {
    const fake = new FakeExcel();
    ["A", "B", "C"].forEach((name) => fake.addSheet(name));
    const c = fake.context.workbook.worksheets.getItem("C");
    c.position = 0;
    expect(fake.sheets.map((s) => s.name)).toEqual(["C", "A", "B"]);
    expect(() => {
      c.position = 3;
    }).toThrow(/position 3/);
    await fake.context.sync();
  });

  it("records the page layout, and takes print titles only as whole rows or columns", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Data");
    const layout = fake.context.workbook.worksheets.getItem("Data").pageLayout;
    layout.orientation = "Landscape";
    layout.zoom = { horizontalFitToPages: 1 };
    layout.setPrintTitleRows("$5:$5");
    layout.headersFooters.defaultForAllPages.centerHeader = "&A";
    expect(() => layout.setPrintTitleColumns("A1:C9")).toThrow(/whole columns/);
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$5:$5",
      headersFooters: { centerHeader: "&A" },
    });
    await fake.context.sync();
  });

  it("answers isSetSupported for the ExcelApi version it simulates, and no other set", () => {
    const restore = simulateExcelApi("1.9");
    try {
      const requirements = Office.context.requirements;
      expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
      expect(requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
      expect(requirements.isSetSupported("ExcelApi", "1.2")).toBe(true);
      expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    } finally {
      restore();
    }
    expect(typeof Office).toBe("undefined");
  });
});
