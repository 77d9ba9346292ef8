import { FakeExcel } from "./fakeExcel";

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
});
