import { INPUTS_SHEET_NAME, INPUTS_TABLE_NAME } from "../../src/model/inputsTable";
import { columnNumber } from "../../src/workbook/addresses";
import type { MemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import type { Language, WorkbookOperations } from "../../src/workbook/workbookOperations";
import type { FakeExcel } from "../office/fakeExcel";
import { uninstallExcel, workbookOn } from "./bothWorkbooks";
import { HUAWEI } from "../fixtures/vendors";

/**
 * Every edit of the inputs table is one plan (src/workbook/setUpPlan.ts, inputsTableEdits.ts) that
 * Excel's applier (src/office/tableEditWriter.ts, over the test fake) and the preview's
 * (src/taskpane/preview/memoryTable.ts) carry out. After the same edits, both workbooks hold the
 * same inputs table, cell for cell, the same workbook names and the same document settings.
 */

afterEach(uninstallExcel);

interface Outcome {
  readonly table: unknown[][];
  readonly names: [string, string][];
  readonly settings: [string, unknown][];
}

/** Excel's table (header first) as the fake holds it, with its names and settings. */
function excelOutcome(fake: FakeExcel): Outcome {
  return {
    table: fake.requireTable(INPUTS_TABLE_NAME).values,
    names: [...fake.names.values()].map(({ name, formula }): [string, string] => [name, formula]).sort(),
    settings: [...fake.settings].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** The preview's inputs sheet as a grid from A1, with its names and settings. */
function previewOutcome(preview: MemoryWorkbook): Outcome {
  const view = preview.view();
  const sheet = view.sheets.find((s) => s.name === INPUTS_SHEET_NAME);
  const grid: unknown[][] = [];
  for (const cell of sheet?.cells ?? []) {
    const [, letters = "", row = "0"] = /^([A-Z]+)(\d+)$/.exec(cell.address) ?? [];
    const r = Number(row) - 1;
    const c = columnNumber(letters) - 1;
    grid[r] ??= [];
    (grid[r] as unknown[])[c] = cell.value;
  }
  const width = Math.max(...grid.map((row) => row.length));
  return {
    table: Array.from(grid, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? "")),
    names: view.names.map(({ name, formula }): [string, string] => [name, formula]).sort(),
    settings: Object.entries(view.settings).sort(([a], [b]) => a.localeCompare(b)),
  };
}

async function both(language: Language = "en") {
  const excel = await workbookOn("excel", false);
  const preview = await workbookOn("preview", false);
  await excel.workbook.setUpWorkbook(language);
  await preview.workbook.setUpWorkbook(language);
  const fake = excel.fake as FakeExcel;
  const memory = preview.workbook as MemoryWorkbook;
  return {
    run: async (edit: (workbook: WorkbookOperations) => Promise<unknown>) => {
      const results = [await edit(excel.workbook), await edit(preview.workbook)];
      expect(results[1]).toEqual(results[0]);
    },
    expectSame: () => {
      const fromExcel = excelOutcome(fake);
      expect(previewOutcome(memory)).toEqual(fromExcel);
      return fromExcel;
    },
  };
}

describe("Excel and the preview carry out the same inputs-table plans", () => {
  test.each(["en", "zh-CN"] as const)(
    "set up in %s: the same table, names and settings",
    async (language) => {
      const { expectSame } = await both(language);
      const outcome = expectSame();
      // Hand check of what is being compared: the catalogue rows under a header, the GC_ names, the stamp.
      expect(outcome.table.length).toBeGreaterThan(20);
      expect(outcome.names.map(([name]) => name)).toEqual(["GC_BASE", "GC_BEAR", "GC_BULL", "GC_TABLE"]);
      expect(outcome.settings.map(([name]) => name)).toEqual([
        "GovCloudForecast.inputsTableVersion",
        "Office.AutoShowTaskpaneWithDocument",
      ]);
    },
  );

  test("scenario columns: add, write, rename, reset, delete", async () => {
    const { run, expectSame } = await both();
    await run((w) => w.writeValue("market.gov.growth.near", "Bull", 0.31));
    await run((w) => w.addScenario("Stress", "Bull"));
    let outcome = expectSame();
    expect(outcome.table[0]).toContain("Stress");
    expect(outcome.names.map(([name]) => name)).toContain("GC_STRESS");
    await run((w) => w.writeValue("city.count", "stress", 120));
    await run((w) => w.renameScenario("Stress", "Stress test"));
    outcome = expectSame();
    expect(outcome.names.map(([name]) => name)).toContain("GC_STRESS_TEST");
    expect(outcome.names.map(([name]) => name)).not.toContain("GC_STRESS");
    await run((w) => w.renameScenario("Stress test", "STRESS TEST"));
    await run((w) => w.resetScenario("STRESS TEST", "bear"));
    await run((w) => w.resetScenario("Bull", "bull"));
    expectSame();
    await run((w) => w.deleteScenario("stress test"));
    outcome = expectSame();
    expect(outcome.table[0]).not.toContain("STRESS TEST");
    expect(outcome.names.map(([name]) => name)).toEqual(["GC_BASE", "GC_BEAR", "GC_BULL", "GC_TABLE"]);
  });

  test("vendors and rows by key: add, fade row, actuals, remove", async () => {
    const { run, expectSame } = await both();
    await run((w) => w.addScenario("=Hostile", "Base"));
    await run((w) => w.addVendor(HUAWEI));
    await run((w) =>
      w.addVendorAssumption(
        "vendor.Huawei.fade.halfLife",
        new Map([
          ["Bear", 3],
          ["Base", 4],
          ["Bull", 5],
          ["=Hostile", 6],
        ]),
      ),
    );
    await run(async (w) =>
      w.writeRows?.([
        { key: "market.gov.growth.near", values: { Base: 0.2 }, otherwise: 0 },
        { key: "actual.market.total.2024", values: { Base: 8288 }, otherwise: 8288, source: "published" },
      ]),
    );
    let outcome = expectSame();
    const keys = outcome.table.map((row) => row[0]);
    expect(keys).toContain("vendor.Huawei.revenue.2018");
    expect(keys).toContain("vendor.Huawei.fade.halfLife");
    expect(keys).toContain("actual.market.total.2024");
    // A user's "=Hostile" is a header (text) in both, not a formula.
    expect(outcome.table[0]).toContain("=Hostile");
    await run((w) => w.removeVendor("huawei"));
    outcome = expectSame();
    expect(outcome.table.map((row) => row[0])).not.toContain("vendor.Huawei.revenue.2018");
  });

  test("a second set-up changes nothing in either", async () => {
    const { run, expectSame } = await both();
    await run((w) => w.writeValue("city.count", "Base", 7));
    const before = expectSame();
    await run(async (w) => (await w.setUpWorkbook("zh-CN")).scenarios);
    expect(expectSame()).toEqual(before);
  });
});
