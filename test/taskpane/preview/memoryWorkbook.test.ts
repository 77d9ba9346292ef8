import { INPUTS_TABLE_VERSION } from "../../../src/model/inputsTable";
import { VERSION_SETTING } from "../../../src/workbook/documentSettings";
import { createMemoryWorkbook } from "../../../src/taskpane/preview/memoryWorkbook";
import { previewSeedSheets } from "../../../src/taskpane/preview/previewSeed";

function cellOf(
  snapshot: { rows: readonly { key: string; values: Readonly<Record<string, unknown>> }[] },
  key: string,
) {
  return snapshot.rows.find((row) => row.key === key)?.values;
}

describe("the preview's in-memory workbook", () => {
  test("is empty until set up; Set up writes the table, the names and the version stamp", async () => {
    const workbook = createMemoryWorkbook();
    expect(await workbook.readInputs()).toBeUndefined();
    const snapshot = await workbook.setUpWorkbook("en");
    expect(snapshot.scenarios).toEqual(["Bear", "Base", "Bull"]);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.version).toBe(INPUTS_TABLE_VERSION);
    const view = workbook.view();
    expect(view.sheets.map((sheet) => sheet.name)).toEqual(["GovCloud Inputs"]);
    expect(view.names.map((name) => name.name)).toEqual(["GC_TABLE", "GC_BEAR", "GC_BASE", "GC_BULL"]);
    expect(view.settings[VERSION_SETTING]).toBe(INPUTS_TABLE_VERSION);
  });

  test("writes values as Excel does (the pane checks bounds; the table's diagnosis reports them), and tells listeners", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    const listener = jest.fn();
    const unsubscribe = await workbook.onInputsChanged(listener);
    await workbook.writeValue("market.gov.growth.near", "base", 0.3);
    expect(cellOf((await workbook.readInputs())!, "market.gov.growth.near")?.Base).toBe(0.3);
    expect(listener).toHaveBeenCalledTimes(1);
    await workbook.writeValue("market.gov.growth.near", "Base", 7);
    expect((await workbook.readInputs())?.problems).toEqual([
      expect.objectContaining({ kind: "outOfBounds", message: expect.stringMatching(/between -0\.5 and 2/) }),
    ]);
    await expect(workbook.writeValue("market.gov.growth.near", "Base", Number.NaN)).rejects.toThrow(
      /must be a number/,
    );
    await expect(workbook.writeValue("nope", "Base", 1)).rejects.toThrow(/no row for nope/);
    await unsubscribe();
    workbook.typeInSheet("market.gov.growth.near", "Bull", 0.4);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test("keeps custom scenario columns and their names in step", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    await workbook.writeValue("city.count", "Bull", 1200);
    await workbook.addScenario("Stress", "Bull");
    let snapshot = (await workbook.readInputs())!;
    expect(snapshot.scenarios).toEqual(["Bear", "Base", "Bull", "Stress"]);
    expect(cellOf(snapshot, "city.count")?.Stress).toBe(1200);
    await expect(workbook.addScenario("stress", "Base")).rejects.toThrow(/already a scenario/);
    await workbook.renameScenario("Stress", "Downside");
    expect(workbook.view().names.map((n) => n.name)).toContain("GC_DOWNSIDE");
    expect(workbook.view().names.map((n) => n.name)).not.toContain("GC_STRESS");
    await expect(workbook.deleteScenario("Base")).rejects.toThrow(/built-in scenario/);
    await workbook.deleteScenario("Downside");
    snapshot = (await workbook.readInputs())!;
    expect(snapshot.scenarios).toEqual(["Bear", "Base", "Bull"]);
    expect(snapshot.problems).toEqual([]);
    await workbook.resetScenario("Bull", "bull");
    expect(cellOf((await workbook.readInputs())!, "city.count")?.Bull).not.toBe(1200);
  });

  test("reports damage with its address, in the language asked for, and Repair keeps the user's values", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    workbook.typeInSheet("market.gov.growth.near", "Base", "lots");
    const zh = (await workbook.readInputs("zh-CN"))!;
    expect(zh.problems).toHaveLength(1);
    expect(zh.problems[0]).toMatchObject({ kind: "notANumber", key: "market.gov.growth.near" });
    expect(zh.problems[0]?.address).toMatch(/^'GovCloud Inputs'!E\d+$/);
    expect(zh.problems[0]?.message).toContain("不是数字");
    await workbook.setUpWorkbook("en");
    expect(cellOf((await workbook.readInputs())!, "market.gov.growth.near")?.Base).toBe("lots");
  });

  test("adds a user vendor's rows to every scenario column", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    await workbook.addVendor({
      name: "Huawei",
      revenue: [
        { year: 2018, value: 50 },
        { year: 2019, value: 90 },
      ],
      halfLife: 2,
    });
    const snapshot = (await workbook.readInputs())!;
    expect(cellOf(snapshot, "vendor.Huawei.revenue.2019")).toEqual({ Bear: 90, Base: 90, Bull: 90 });
    expect(cellOf(snapshot, "vendor.Huawei.fade.halfLife")).toEqual({ Bear: 2, Base: 2, Bull: 2 });
    expect(snapshot.problems).toEqual([]);
    await expect(
      workbook.addVendor({
        name: "huawei",
        revenue: [
          { year: 2018, value: 1 },
          { year: 2019, value: 2 },
        ],
      }),
    ).rejects.toThrow(/already has rows for huawei/); // the message Excel gives (editChecks.ts)
  });

  test("inserts forecast and risk sheets under free names", async () => {
    const workbook = createMemoryWorkbook();
    await expect(workbook.insertForecastSheet({ from: 2018, to: 2035, language: "en" })).rejects.toThrow(
      /Set up/,
    );
    await workbook.setUpWorkbook("en");
    expect(await workbook.insertForecastSheet({ from: 2018, to: 2035, language: "en" })).toBe("Forecast");
    expect(await workbook.insertForecastSheet({ from: 2020, to: 2030, language: "zh-CN" })).toBe(
      "Forecast (2)",
    );
    await expect(workbook.insertForecastSheet({ from: 2030, to: 2020, language: "en" })).rejects.toThrow(
      /swap/,
    );
    expect(await workbook.hasForecastSheet()).toBe(true);
    expect(await workbook.insertForecastSheet({ from: 2018, to: 2035, language: "en", replace: true })).toBe(
      "Forecast",
    );
    // As in Excel (test/taskpane/preview/forecastSheet.test.ts compares the two): each cover first,
    // replace took the Forecast sheet and the Cover that reads it, and left "Forecast (2)" and its cover.
    expect(workbook.view().sheets.map((sheet) => sheet.name)).toEqual([
      "Cover",
      "Cover (2)",
      "GovCloud Inputs",
      "Forecast (2)",
      "Forecast",
    ]);
    const name = await workbook.writeRiskSheet(
      {
        series: "market.gov",
        year: 2030,
        trials: 100,
        seed: 1,
        years: [2030],
        p10: [1],
        p50: [2],
        p90: [3],
        tornado: [],
      },
      "en",
    );
    expect(name).toBe("GovCloud Risk");
  });

  test("converts GOVCLOUD formulas to values, keeping them on the formulas sheet, and restores them", async () => {
    const workbook = createMemoryWorkbook({ sheets: previewSeedSheets() });
    const formulas = await workbook.listFunctionFormulas();
    expect(formulas).toEqual([
      { address: "Sheet1!B1", formula: '=GOVCLOUD.BASELINE("caict.govCloud.2021")' },
      { address: "Sheet1!B2", formula: '=GOVCLOUD.BASELINE("tencentCloud.revenue.2019")' },
    ]);
    expect(await workbook.convertFormulasToValues()).toBe(2);
    expect(await workbook.listFunctionFormulas()).toEqual([]);
    const sheet1 = workbook.view().sheets.find((sheet) => sheet.name === "Sheet1");
    expect(sheet1?.cells.find((cell) => cell.address === "B1")).toEqual({ address: "B1", value: 813 });
    expect(workbook.view().sheets.map((sheet) => sheet.name)).toContain("GovCloud Formulas");
    expect(await workbook.restoreFormulas()).toBe(2);
    expect(await workbook.listFunctionFormulas()).toEqual(formulas);
    expect(workbook.view().sheets.map((sheet) => sheet.name)).not.toContain("GovCloud Formulas");
    expect(await workbook.restoreFormulas()).toBe(0);
  });

  test("removes a user vendor's rows from every column, and refuses the built-in one", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    await workbook.addScenario("Stress", "Base");
    const rowsBefore = (await workbook.readInputs())!.rows.map((row) => row.key);
    await workbook.addVendor({
      name: "Alibaba",
      revenue: [
        { year: 2018, value: 150 },
        { year: 2019, value: 355 },
      ],
      halfLife: 2,
    });
    const names = workbook.view().names;
    await expect(workbook.removeVendor("alibaba")).resolves.toBe(3);
    const after = (await workbook.readInputs())!;
    expect(after.rows.map((row) => row.key)).toEqual(rowsBefore);
    expect(after.problems).toEqual([]);
    expect(workbook.view().names).toEqual(names);
    await expect(workbook.removeVendor("Tencent")).rejects.toThrow(/built in/);
    await expect(workbook.removeVendor("Alibaba")).rejects.toThrow(/no rows for the vendor Alibaba/);
  });
});
