import {
  convertFunctionFormulas,
  listFunctionFormulas,
  restoreFunctionFormulas,
} from "../../../src/office/sharing";
import { createMemoryWorkbook, type MemoryWorkbook } from "../../../src/taskpane/preview/memoryWorkbook";
import type { SeedSheet } from "../../../src/taskpane/preview/memorySheets";
import { FORMULAS_SHEET } from "../../../src/workbook/functionFormulas";
import { FakeExcel, columnLetters, type FakeSheet } from "../../office/fakeExcel";
import { excelCells, previewCells, sorted, type Written } from "./sameAsExcel";

/**
 * Prepare for sharing and Restore carry out one plan (src/workbook/sharingPlan.ts) in Excel and in
 * the browser preview: from the same workbook, the same formulas sheet (title, header, entries), the
 * same values in place of the formulas, the same formulas restored and the same refusal. The preview
 * has no dynamic arrays, so the workbooks converted here spill nothing; restoring an Excel-made sheet
 * that lists a spill is compared too.
 */

const MARKET = '=GOVCLOUD.MARKET(2025,"gov",GC_BASE)';
const CAGR = "=govcloud.cagr(1,2,3)";
const TEXT_RESULT = '=GOVCLOUD.BASELINE("caict.period")';

/** Fake Excel: GOVCLOUD formulas (one returning date-like text), a plain formula and constants. */
function excelWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  const model = fake.addSheet("Model");
  model.put("A1", MARKET, 1234.5);
  model.put("B1", "=SUM(1,2)", 3);
  model.put("C1", "note");
  model.put("A2", TEXT_RESULT, "2019-03");
  fake.addSheet("Other Sheet").put("C2", CAGR, 0.26);
  return fake;
}

/** The preview holding what the fake holds now: every sheet, formulas with the values they show. */
function previewOf(fake: FakeExcel): MemoryWorkbook {
  const sheets: SeedSheet[] = fake.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.cells].map(([key, cell]) => {
      const [row, column] = key.split(",").map(Number);
      const address = `${columnLetters(column ?? 0)}${row}`;
      const value = typeof cell.value === "boolean" ? String(cell.value) : cell.value;
      return cell.formula !== undefined ? { address, value, formula: cell.formula } : { address, value };
    }),
  }));
  return createMemoryWorkbook({ sheets });
}

/** Every sheet, in order, with its non-empty cells. */
function excelBook(fake: FakeExcel): [string, [string, Written][]][] {
  return fake.sheets.map((sheet) => [sheet.name, sorted(excelCells(sheet))]);
}

function previewBook(preview: MemoryWorkbook): [string, [string, Written][]][] {
  return preview.view().sheets.map((sheet) => [sheet.name, sorted(previewCells(sheet))]);
}

async function outcome(attempt: Promise<number>): Promise<string> {
  return attempt.then(
    (count) => `done: ${count}`,
    (error: Error) => error.message,
  );
}

describe("Prepare for sharing and Restore in the preview are Excel's", () => {
  it("converts to the same values and the same formulas sheet, and restores the same formulas", async () => {
    const fake = excelWorkbook();
    const preview = previewOf(fake);
    expect(previewBook(preview)).toEqual(excelBook(fake));
    expect(await preview.listFunctionFormulas()).toEqual(await listFunctionFormulas(fake.context));

    expect(await preview.convertFormulasToValues()).toBe(await convertFunctionFormulas(fake.context));
    expect(previewBook(preview)).toEqual(excelBook(fake));
    const kept = excelCells(fake.sheet(FORMULAS_SHEET) as FakeSheet);
    // The layout both have, by hand: title in A1, header in row 2, one row per formula from row 3.
    expect(kept.get("A1")?.value).toMatch(/^GOVCLOUD formulas replaced by their values/);
    expect(["A2", "B2", "C2", "D2"].map((a) => kept.get(a)?.value)).toEqual([
      "Sheet",
      "Cell",
      "Formula",
      "Spilled range",
    ]);
    expect(["A5", "B5", "C5", "D5"].map((a) => kept.get(a)?.value)).toEqual([
      "Other Sheet",
      "C2",
      CAGR,
      undefined,
    ]);
    // A function's text result stays that text in both.
    expect(excelCells(fake.sheet("Model") as FakeSheet).get("A2")).toEqual({ value: "2019-03" });

    expect(await preview.restoreFormulas()).toBe(await restoreFunctionFormulas(fake.context));
    expect(previewBook(preview)).toEqual(excelBook(fake));
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Model", "Other Sheet"]);
    expect(await preview.listFunctionFormulas()).toEqual(await listFunctionFormulas(fake.context));
    expect(await preview.listFunctionFormulas()).toHaveLength(3);
  });

  it("appends to a kept formulas sheet below its last row, as Excel does", async () => {
    const fake = excelWorkbook();
    await convertFunctionFormulas(fake.context);
    fake.sheet("Model")?.put("D1", '=GOVCLOUD.BASELINE("city.similar.count")', 1000);
    // A user's note under the entries: the next ones go below it.
    fake.sheet(FORMULAS_SHEET)?.put("A7", "checked by Li");
    const preview = previewOf(fake);
    expect(await preview.convertFormulasToValues()).toBe(await convertFunctionFormulas(fake.context));
    expect(previewBook(preview)).toEqual(excelBook(fake));
    expect(fake.sheet(FORMULAS_SHEET)?.value("B8")).toBe("D1");
    expect(await preview.restoreFormulas()).toBe(await restoreFunctionFormulas(fake.context));
    expect(previewBook(preview)).toEqual(excelBook(fake));
  });

  it("restores a formulas sheet Excel made, spill included, to the same cells", async () => {
    const fake = excelWorkbook();
    const model = fake.sheet("Model") as FakeSheet;
    model.put("A4", '=GOVCLOUD.PROJECTION("market.gov",2020,2022)', 2020);
    model.putRows("B4", [[813]]);
    model.putRows("A5", [
      [2021, 1016],
      [2022, 1219],
    ]);
    model.spills.set("4,1", { top: 4, left: 1, bottom: 6, right: 2 });
    await convertFunctionFormulas(fake.context);
    expect(fake.sheet(FORMULAS_SHEET)?.value("D5")).toBe("A4:B6");
    const preview = previewOf(fake);
    expect(await preview.restoreFormulas()).toBe(await restoreFunctionFormulas(fake.context));
    expect(previewBook(preview)).toEqual(excelBook(fake));
    expect(["B4", "A5", "B6"].map((a) => model.value(a))).toEqual(["", "", ""]);
  });

  it("refuses with the same message, changing nothing, when a kept sheet is gone", async () => {
    const fake = excelWorkbook();
    await convertFunctionFormulas(fake.context);
    (fake.sheet("Other Sheet") as FakeSheet).name = "Renamed";
    const preview = previewOf(fake);
    const before = excelBook(fake);
    const excel = await outcome(restoreFunctionFormulas(fake.context));
    expect(excel).toMatch(
      /^The sheet "Other Sheet" that held GOVCLOUD formulas is gone or renamed.*Nothing was changed\.$/,
    );
    expect(await outcome(preview.restoreFormulas())).toBe(excel);
    expect(excelBook(fake)).toEqual(before);
    expect(previewBook(preview)).toEqual(before);
  });

  it("refuses a hand-edited cell address with the same message, changing nothing", async () => {
    const fake = excelWorkbook();
    await convertFunctionFormulas(fake.context);
    fake.sheet(FORMULAS_SHEET)?.put("B4", "A2 (moved)");
    const preview = previewOf(fake);
    const before = excelBook(fake);
    const excel = await outcome(restoreFunctionFormulas(fake.context));
    expect(excel).toMatch(
      /^"A2 \(moved\)" on "GovCloud Formulas".*is not a cell address.*Nothing was changed\.$/,
    );
    expect(await outcome(preview.restoreFormulas())).toBe(excel);
    expect(excelBook(fake)).toEqual(before);
    expect(previewBook(preview)).toEqual(before);
  });
});
