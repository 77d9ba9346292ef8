import { ASSUMPTIONS } from "../../src/model/assumptions";
import { INPUTS_TABLE_VERSION, expectedInputsTable } from "../../src/model/inputsTable";
import { INPUT_FILL, INPUT_FONT } from "../../src/office/inputsFormatting";
import { setUpInputs } from "../../src/office/inputsSetup";
import { readInputs } from "../../src/office/inputsTableReader";
import { AUTO_SHOW_SETTING, VERSION_SETTING } from "../../src/workbook/documentSettings";
import { FakeExcel, columnLetters, type CellValue } from "./fakeExcel";

const SHEET = "GovCloud Inputs";
const TABLE = "GovCloudInputs";
const ROWS = ASSUMPTIONS.length;

function expectedGrid(language: "en" | "zh-CN" = "en"): CellValue[][] {
  const table = expectedInputsTable(language);
  return [[...table.header], ...table.rows.map((row) => [...row])];
}

/** A workbook whose inputs sheet holds `grid` at A1, as a table or (table: false) as a plain range. */
function workbookWith(grid: CellValue[][], options: { table?: boolean; version?: number } = {}): FakeExcel {
  const fake = new FakeExcel();
  const sheet = fake.addSheet(SHEET);
  sheet.putRows("A1", grid);
  if (options.table !== false) {
    fake.addTable(sheet, `A1:${columnLetters(grid[0]?.length ?? 1)}${grid.length}`, TABLE);
  }
  if (options.version !== undefined) fake.settings.set(VERSION_SETTING, options.version);
  return fake;
}

function rowOf(grid: CellValue[][], key: string): number {
  return grid.findIndex((row) => row[0] === key) + 1;
}

describe("setUpInputs on a new workbook", () => {
  it("creates the sheet and the table with the catalogue, names per scenario and the version stamp", async () => {
    const fake = new FakeExcel();
    const snapshot = await setUpInputs(fake.context, "en");

    expect(fake.pendingWrites).toBe(0);
    const table = fake.findTable(TABLE);
    expect(table?.sheet.name).toBe(SHEET);
    expect(table?.box).toEqual({ top: 1, left: 1, bottom: ROWS + 1, right: 8 });
    expect(table?.values).toEqual(expectedGrid());
    expect(table?.style).toBe("TableStyleLight1");
    expect([...fake.names.values()]).toEqual([
      { name: "GC_TABLE", formula: "=GovCloudInputs[#All]" },
      { name: "GC_BEAR", formula: "=GovCloudInputs[[Key]:[Bear]]" },
      { name: "GC_BASE", formula: "=GovCloudInputs[[Key]:[Base]]" },
      { name: "GC_BULL", formula: "=GovCloudInputs[[Key]:[Bull]]" },
    ]);
    expect(fake.settings.get(VERSION_SETTING)).toBe(INPUTS_TABLE_VERSION);
    expect(fake.settings.get(AUTO_SHOW_SETTING)).toBe(true);

    expect(snapshot.problems).toEqual([]);
    expect(snapshot.version).toBe(INPUTS_TABLE_VERSION);
    expect(snapshot.scenarios).toEqual(["Bear", "Base", "Bull"]);
    expect(snapshot.rows.map((r) => r.key)).toEqual(ASSUMPTIONS.map((a) => a.key));
  });

  it("marks the scenario cells as inputs with their units' number formats, percent for fractions", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    const sheet = fake.sheet(SHEET);
    const grid = expectedGrid();
    const growth = rowOf(grid, "market.gov.growth.near");
    const money = rowOf(grid, "market.gov.2021");
    for (const column of ["D", "E", "F"]) {
      expect(sheet?.numberFormat(`${column}${growth}`)).toBe("0.00%");
      expect(sheet?.numberFormat(`${column}${money}`)).toBe("#,##0.00");
      const [range] = fake.rangesAt(SHEET, `${column}2:${column}${ROWS + 1}`);
      expect(range?.format.fill.color).toBe(INPUT_FILL);
      expect(range?.format.font.color).toBe(INPUT_FONT);
    }
    // Units sit in their own column, and key and labels are not inputs.
    expect(sheet?.value(`C${growth}`)).toBe("fraction");
    expect(fake.rangesAt(SHEET, `A2:A${ROWS + 1}`)).toEqual([]);
    expect(sheet?.frozenAt).toBe("A1");
  });

  it("writes the headers and labels in Chinese", async () => {
    const fake = new FakeExcel();
    const snapshot = await setUpInputs(fake.context, "zh-CN");
    expect(fake.findTable(TABLE)?.values).toEqual(expectedGrid("zh-CN"));
    expect(fake.names.get("GC_BASE")?.formula).toBe("=GovCloudInputs[[键]:[基准]]");
    expect(snapshot.scenarios).toEqual(["Bear", "Base", "Bull"]);
  });

  it("is idempotent: a second set-up changes nothing", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    const before = new Map(fake.sheet(SHEET)?.cells);
    const snapshot = await setUpInputs(fake.context, "en");
    expect(new Map(fake.sheet(SHEET)?.cells)).toEqual(before);
    expect(fake.names.size).toBe(4);
    expect(snapshot.problems).toEqual([]);
  });
});

describe("setUpInputs on a damaged table (Repair)", () => {
  it("adds only the missing rows at the end and never touches the user's values", async () => {
    const grid = expectedGrid();
    const countRow = rowOf(grid, "city.count");
    (grid[countRow - 1] as CellValue[])[4] = 1234;
    const growthRow = rowOf(grid, "city.budget.growth");
    (grid[growthRow - 1] as CellValue[])[3] = "six percent";
    const damaged = grid.filter((row) => row[0] !== "city.bass.p" && row[0] !== "market.total.2021");
    const fake = workbookWith(damaged, { version: INPUTS_TABLE_VERSION });
    const before = new Map(fake.sheet(SHEET)?.cells);

    const snapshot = await setUpInputs(fake.context, "en");

    const table = fake.findTable(TABLE);
    expect(table?.box.bottom).toBe(ROWS + 1);
    const values = table?.values ?? [];
    expect(values.slice(0, damaged.length)).toEqual(damaged);
    const expected = expectedGrid();
    expect(values.slice(damaged.length).map((row) => row[0])).toEqual(["market.total.2021", "city.bass.p"]);
    expect(values[damaged.length]).toEqual(expected[rowOf(expected, "market.total.2021") - 1]);
    // Every cell that was there is still there, unchanged.
    const after = fake.sheet(SHEET)?.cells;
    for (const [key, cell] of before) expect(after?.get(key)).toEqual(cell);
    // The new rows are formatted as inputs.
    expect(fake.sheet(SHEET)?.numberFormat(`D${ROWS + 1}`)).toBe("0.00%");
    expect(fake.rangesAt(SHEET, `E${ROWS}:E${ROWS + 1}`)[0]?.format.fill.color).toBe(INPUT_FILL);
    // The typo is still reported, where it is.
    expect(snapshot.problems).toEqual([
      expect.objectContaining({
        kind: "notANumber",
        address: `'GovCloud Inputs'!D${damaged.findIndex((r) => r[0] === "city.budget.growth") + 1}`,
      }),
    ]);
  });

  it("inserts a deleted column in its place, filled from the catalogue, and keeps the other columns' values", async () => {
    const grid = expectedGrid();
    (grid[rowOf(grid, "city.count") - 1] as CellValue[])[4] = 1234;
    const withoutBear = grid.map((row) => row.filter((_, c) => c !== 3));
    const fake = workbookWith(withoutBear);
    await setUpInputs(fake.context, "en");
    expect(fake.findTable(TABLE)?.values).toEqual(grid);
    expect(fake.names.get("GC_BEAR")?.formula).toBe("=GovCloudInputs[[Key]:[Bear]]");
    const bear = fake.rangesAt(SHEET, `D2:D${ROWS + 1}`)[0];
    expect(bear?.format.fill.color).toBe(INPUT_FILL);
  });

  it("stamps a table from an older version, which it reported", async () => {
    const fake = workbookWith(expectedGrid(), { version: 0 });
    const before = await readInputs(fake.context);
    expect(before?.problems.map((p) => p.kind)).toEqual(
      expect.arrayContaining(["olderVersion", "missingName", "missingName", "missingName", "missingName"]),
    );
    const after = await setUpInputs(fake.context, "en");
    expect(fake.settings.get(VERSION_SETTING)).toBe(INPUTS_TABLE_VERSION);
    expect(after.problems).toEqual([]);
  });

  it("re-points a broken name and one that no longer refers to the table, after reporting both", async () => {
    const fake = workbookWith(expectedGrid(), { version: INPUTS_TABLE_VERSION });
    fake.names.set("GC_BASE", { name: "GC_BASE", formula: "=#REF!" });
    // A fixed range (office-js#740, Convert to Range, or pointed elsewhere by hand): rows the table gains
    // would fall outside it, so it is damaged too; the pane lists it and Repair, which the user presses, fixes it.
    fake.names.set("GC_BEAR", { name: "GC_BEAR", formula: "=Sheet2!$A$1:$D$30" });
    const before = await readInputs(fake.context, "en");
    expect(before?.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/GC_TABLE is missing/),
      expect.stringMatching(/GC_BEAR refers to fixed cells/),
      expect.stringMatching(/GC_BASE refers to a deleted range/),
      expect.stringMatching(/GC_BULL is missing/),
    ]);
    await setUpInputs(fake.context, "en");
    expect(fake.names.get("GC_BASE")?.formula).toBe("=GovCloudInputs[[Key]:[Base]]");
    expect(fake.names.get("GC_BEAR")?.formula).toBe("=GovCloudInputs[[Key]:[Bear]]");
  });

  it("turns a range left by Convert to Range back into the table, repairing it", async () => {
    const grid = expectedGrid().filter((row) => row[0] !== "city.count");
    const fake = workbookWith(grid, { table: false });
    const missing = await readInputs(fake.context);
    expect(missing?.problems.map((p) => p.kind)).toEqual(["missingTable"]);
    await setUpInputs(fake.context, "en");
    const table = fake.findTable(TABLE);
    expect(table?.box).toEqual({ top: 1, left: 1, bottom: ROWS + 1, right: 8 });
    expect(table?.values.slice(0, grid.length)).toEqual(grid);
    expect(table?.values[ROWS]?.[0]).toBe("city.count");
  });

  it("refuses to write over a sheet of that name holding other data", async () => {
    const fake = new FakeExcel();
    fake.addSheet(SHEET).putRows("A1", [
      ["Budget", 2024],
      ["Travel", 12],
    ]);
    await expect(setUpInputs(fake.context, "en")).rejects.toThrow(/already holds other data/);
    expect(fake.sheet(SHEET)?.value("A1")).toBe("Budget");
    expect(fake.tables).toEqual([]);
  });
});

describe("readInputs", () => {
  it("is undefined for a workbook that was never set up", async () => {
    expect(await readInputs(new FakeExcel().context)).toBeUndefined();
  });

  it("reads the values, number formats and addresses of every row", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    fake.sheet(SHEET)?.put(`E${rowOf(expectedGrid(), "city.count")}`, 950);
    const snapshot = await readInputs(fake.context);
    const row = snapshot?.rows.find((r) => r.key === "city.count");
    expect(row?.values).toEqual({ Bear: 1000, Base: 950, Bull: 1000 });
    expect(row?.numberFormats).toEqual({ Bear: "#,##0.0", Base: "#,##0.0", Bull: "#,##0.0" });
    expect(row?.address).toBe(
      `'GovCloud Inputs'!A${rowOf(expectedGrid(), "city.count")}:H${rowOf(expectedGrid(), "city.count")}`,
    );
  });

  it("reports a deleted workbook name, in the language asked for", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    fake.names.delete("GC_BULL");
    const snapshot = await readInputs(fake.context, "zh-CN");
    expect(snapshot?.problems).toEqual([expect.objectContaining({ kind: "missingName" })]);
    expect(snapshot?.problems[0]?.message).toContain("GC_BULL");
    expect(snapshot?.problems[0]?.message).toMatch(/修复/);
  });
});
