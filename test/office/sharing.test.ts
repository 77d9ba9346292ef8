import {
  CELLS_PER_REQUEST,
  FORMULAS_SHEET,
  convertFunctionFormulas,
  listFunctionFormulas,
  restoreFunctionFormulas,
} from "../../src/office/sharing";
import { FakeExcel, type FakeSheet } from "./fakeExcel";

const MARKET = '=GOVCLOUD.MARKET(2025,"gov",GC_BASE)';
const PROJECTION = '=GOVCLOUD.PROJECTION("market.gov",2020,2022)';
const CAGR = "=govcloud.cagr(1,2,3)";

/** Two sheets: GOVCLOUD formulas (one spilling into A3:B5), a plain formula and constants. */
function workbook(): { fake: FakeExcel; model: FakeSheet; other: FakeSheet } {
  const fake = new FakeExcel();
  const model = fake.addSheet("Model");
  model.put("A1", MARKET, 1234.5);
  model.put("B1", "=SUM(1,2)", 3);
  model.put("C1", "note");
  model.put("A3", PROJECTION, 2020);
  model.putRows("B3", [[813]]);
  model.putRows("A4", [
    [2021, 1016],
    [2022, 1219],
  ]);
  model.spills.set("3,1", { top: 3, left: 1, bottom: 5, right: 2 });
  const other = fake.addSheet("Other Sheet");
  other.put("C2", CAGR, 0.26);
  return { fake, model, other };
}

describe("Prepare for sharing", () => {
  it("lists every GOVCLOUD formula of the workbook with its address", async () => {
    const { fake } = workbook();
    expect(await listFunctionFormulas(fake.context)).toEqual([
      { address: "Model!A1", formula: MARKET },
      { address: "Model!A3", formula: PROJECTION },
      { address: "'Other Sheet'!C2", formula: CAGR },
    ]);
  });

  it("changes nothing on an Excel that cannot find spilled ranges (below ExcelApi 1.12), and says why", async () => {
    const { fake, model } = workbook();
    fake.apiSets.set("ExcelApi", "1.11");
    await expect(convertFunctionFormulas(fake.context)).rejects.toThrow(
      /Excel API 1\.12.*Nothing was changed/,
    );
    expect(model.formula("A1")).toBe(MARKET);
    expect(model.formula("A3")).toBe(PROJECTION);
    expect(fake.sheet(FORMULAS_SHEET)).toBeUndefined();
  });

  it("replaces them (and what they spill) by their values and keeps the originals on a visible sheet", async () => {
    const { fake, model, other } = workbook();
    expect(await convertFunctionFormulas(fake.context)).toBe(3);
    expect(fake.pendingWrites).toBe(0);
    expect(model.cell(1, 1)).toEqual({ value: 1234.5, numberFormat: "General" });
    expect(model.cell(3, 1)?.formula).toBeUndefined();
    expect(["A3", "B3", "A5", "B5"].map((a) => model.value(a))).toEqual([2020, 813, 2022, 1219]);
    expect(other.cell(2, 3)).toEqual({ value: 0.26, numberFormat: "General" });
    expect(model.formula("B1")).toBe("=SUM(1,2)");
    expect(model.value("C1")).toBe("note");

    const kept = fake.sheet(FORMULAS_SHEET) as FakeSheet;
    expect(kept).toBeDefined();
    expect(["A2", "B2", "C2", "D2"].map((a) => kept.value(a))).toEqual([
      "Sheet",
      "Cell",
      "Formula",
      "Spilled range",
    ]);
    expect([3, 4, 5].map((row) => ["A", "B", "C", "D"].map((c) => kept.value(`${c}${row}`)))).toEqual([
      ["Model", "A1", MARKET, ""],
      ["Model", "A3", PROJECTION, "A3:B5"],
      ["Other Sheet", "C2", CAGR, ""],
    ]);
    // Kept as text: the formulas sheet itself computes nothing.
    expect(kept.cell(3, 3)?.formula).toBeUndefined();
    expect(await listFunctionFormulas(fake.context)).toEqual([]);
  });

  it("restores the formulas, clears what a spill left so it can spill again, and removes the sheet", async () => {
    const { fake, model, other } = workbook();
    await convertFunctionFormulas(fake.context);
    expect(await restoreFunctionFormulas(fake.context)).toBe(3);
    expect(fake.pendingWrites).toBe(0);
    expect(model.formula("A1")).toBe(MARKET);
    expect(model.formula("A3")).toBe(PROJECTION);
    expect(["B3", "A4", "B5"].map((a) => model.value(a))).toEqual(["", "", ""]);
    expect(other.formula("C2")).toBe(CAGR);
    expect(model.formula("B1")).toBe("=SUM(1,2)");
    expect(fake.sheet(FORMULAS_SHEET)).toBeUndefined();
    expect(await listFunctionFormulas(fake.context)).toHaveLength(3);
    expect(await restoreFunctionFormulas(fake.context)).toBe(0);
  });

  it("appends to the kept formulas when converting again before a restore", async () => {
    const { fake, model } = workbook();
    await convertFunctionFormulas(fake.context);
    model.put("D1", '=GOVCLOUD.BASELINE("city.similar.count")', 1000);
    expect(await convertFunctionFormulas(fake.context)).toBe(1);
    expect(fake.sheet(FORMULAS_SHEET)?.value("B6")).toBe("D1");
    expect(await restoreFunctionFormulas(fake.context)).toBe(4);
    expect(model.formula("D1")).toBe('=GOVCLOUD.BASELINE("city.similar.count")');
  });

  it("changes nothing when a sheet it must restore into is gone", async () => {
    const { fake, other } = workbook();
    await convertFunctionFormulas(fake.context);
    other.name = "Renamed";
    await expect(restoreFunctionFormulas(fake.context)).rejects.toThrow(/"Other Sheet".*Nothing was changed/);
    expect(fake.sheet("Model")?.formula("A1")).toBe(1234.5);
    expect(fake.sheet(FORMULAS_SHEET)).toBeDefined();
  });

  it("does nothing in a workbook without GOVCLOUD formulas", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data").put("A1", "=SUM(1)", 1);
    expect(await convertFunctionFormulas(fake.context)).toBe(0);
    expect(fake.sheet(FORMULAS_SHEET)).toBeUndefined();
  });

  it("keeps every request far below Excel on the web's 5 MB limit on a sheet of 100,000 formula cells", async () => {
    // Excel on the web rejects requests and responses over 5 MB (Microsoft, "Resource limits and
    // performance optimization for Office Add-ins"). 1,000 rows × 100 columns of formulas, 300 of them
    // GOVCLOUD calls (more than one conversion slice): read in one request, that was 200,000 cells of
    // formulas and values.
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Big");
    const isGovcloud = (row: number, column: number) => column === 1 && row % 10 < 3;
    for (let row = 1; row <= 1_000; row++) {
      for (let column = 1; column <= 100; column++) {
        sheet.write(
          row,
          column,
          isGovcloud(row, column) ? `=GOVCLOUD.MARKET(${2000 + row})` : `=SUM(${row},1)`,
          row,
        );
      }
    }
    expect(await convertFunctionFormulas(fake.context)).toBe(300);
    expect(fake.pendingWrites).toBe(0);
    expect(Math.max(...fake.cellsPerSync)).toBeLessThanOrEqual(2 * CELLS_PER_REQUEST);
    // A tenth of the limit, measured as the JSON of the cell data each request carried.
    expect(Math.max(...fake.bytesPerSync)).toBeLessThan(0.1 * 5 * 1024 * 1024);
    expect(fake.cellsPerSync.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(200_000);
    expect(sheet.formula("B2")).toBe("=SUM(2,1)");
    expect(sheet.value("A2")).toBe(2);
    expect(sheet.cell(2, 1)?.formula).toBeUndefined();

    expect(await restoreFunctionFormulas(fake.context)).toBe(300);
    expect(sheet.formula("A2")).toBe("=GOVCLOUD.MARKET(2002)");
    expect(Math.max(...fake.cellsPerSync)).toBeLessThanOrEqual(2 * CELLS_PER_REQUEST);
    // A 100,000-cell fixture takes a second or two in the fake on a busy machine; no time is asserted.
  }, 30_000);
});
