import { buildModelLayout } from "../../../src/model/modelLayout";
import { insertForecastSheet } from "../../../src/office/forecastSheet";
import { setUpInputs } from "../../../src/office/inputsSetup";
import { addScenarioColumn, addVendorRows } from "../../../src/office/inputsEdits";
import { createMemoryWorkbook, type MemoryWorkbook } from "../../../src/taskpane/preview/memoryWorkbook";
import type { SheetView } from "../../../src/taskpane/preview/memorySheets";
import type { ForecastSheetOptions } from "../../../src/workbook/workbookOperations";
import { FakeExcel, type FakeSheet } from "../../office/fakeExcel";
import { excelCells, excelChart, previewCells, previewChart, sorted } from "./sameAsExcel";
import { HUAWEI } from "../../fixtures/vendors";

/**
 * The browser preview and Excel carry out one plan (src/workbook/forecastSheetPlan.ts): for the same
 * inputs table, the preview's Forecast sheet and cover hold exactly the cells Excel gets (address,
 * formula, constant), the same drop-down and the same charts, in the same sheet order, and a bad
 * table or bad years are refused with the same message.
 */

const INPUTS = "GovCloud Inputs";
/** The same table both ways: set up, a custom scenario copied from Bear, a user vendor. */
async function bothWorkbooks(): Promise<{ fake: FakeExcel; preview: MemoryWorkbook }> {
  const fake = new FakeExcel();
  await setUpInputs(fake.context, "en");
  await addScenarioColumn(fake.context, "Stress", "Bear");
  await addVendorRows(fake.context, HUAWEI);
  const preview = createMemoryWorkbook();
  await preview.setUpWorkbook("en");
  await preview.addScenario("Stress", "Bear");
  await preview.addVendor(HUAWEI);
  const sheet = preview.view().sheets.find((s) => s.name === INPUTS);
  // The two tables must be the same for the comparison to mean anything.
  expect(previewCells(sheet as SheetView)).toEqual(excelCells(fake.sheet(INPUTS) as FakeSheet));
  return { fake, preview };
}

function previewSheet(preview: MemoryWorkbook, name: string): SheetView {
  const sheet = preview.view().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the preview has no sheet ${name}`);
  return sheet;
}

describe("the preview's Forecast sheet is the one Excel gets", () => {
  it("writes the same cells, drop-down and charts on the Forecast sheet and its cover, in the same order", async () => {
    const { fake, preview } = await bothWorkbooks();
    const options: ForecastSheetOptions = { from: 2020, to: 2030, language: "en" };
    const excelName = await insertForecastSheet(fake.context, options);
    const previewName = await preview.insertForecastSheet(options);
    expect(previewName).toBe(excelName);
    expect(preview.view().sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Cover", INPUTS, "Forecast"]);

    for (const name of ["Forecast", "Cover"]) {
      const excel = excelCells(fake.sheet(name) as FakeSheet);
      expect(excel.size).toBeGreaterThan(50);
      expect(sorted(previewCells(previewSheet(preview, name)))).toEqual(sorted(excel));
    }
    // The selector's list: the table's scenario header cells, Stress included.
    const forecast = previewSheet(preview, "Forecast");
    const withList = forecast.cells.filter((cell) => cell.list !== undefined);
    expect(
      withList.map((cell) => [
        cell.address,
        cell.value,
        { list: { inCellDropDown: true, source: cell.list } },
      ]),
    ).toEqual(
      [...(fake.sheet("Forecast") as FakeSheet).validations].map(([address, rule]) => [
        address,
        "Base",
        rule,
      ]),
    );
    expect(withList[0]?.list).toBe(`='${INPUTS}'!$D$1:$G$1`);
    // Charts: the same type, title, series (name, values, categories), place and options as the native charts.
    const previewCharts = (forecast.charts ?? []).map(previewChart);
    expect(previewCharts).toEqual(fake.charts.map(excelChart));
    expect(previewCharts.map((chart) => chart.series.length)).toEqual([4, 2, 2]);
  });

  it("shows each formula with the engine's value, the selector and the exponential growth formulas", async () => {
    const { preview } = await bothWorkbooks();
    await preview.insertForecastSheet({ from: 2018, to: 2035, language: "en" });
    const forecast = previewSheet(preview, "Forecast");
    const reading = (await preview.readInputs())!;
    const layout = buildModelLayout({
      from: 2018,
      to: 2035,
      language: "en",
      overrides: reading.rows.map((row) => ({ key: row.key, value: Number(row.values.Base) })),
    });
    const selector = forecast.cells.find((cell) => cell.address === layout.placement.selector);
    expect(selector).toEqual({ address: "D2", value: "Base", list: `='${INPUTS}'!$D$1:$G$1` });
    expect(forecast.cells.some((cell) => /\b(POWER|EXP)\(/.test(cell.formula ?? ""))).toBe(true);
    // Every formula cell of the layout shows the layout's cached (engine) value, none is blank.
    const shown = new Map(forecast.cells.map((cell) => [cell.address, cell]));
    for (const cell of layout.forecast.cells.filter((c) => c.formula !== undefined)) {
      expect([cell.address, shown.get(cell.address)?.formula]).toEqual([cell.address, `=${cell.formula}`]);
      expect([cell.address, shown.get(cell.address)?.value]).toEqual([cell.address, cell.cached]);
    }
  });

  it("replaces the Forecast sheet and the cover that reads it exactly as Excel does", async () => {
    const { fake, preview } = await bothWorkbooks();
    const steps: ForecastSheetOptions[] = [
      { from: 2018, to: 2030, language: "en" },
      { from: 2018, to: 2030, language: "zh-CN" },
      { from: 2019, to: 2025, language: "en", replace: true },
    ];
    for (const options of steps) {
      expect(await preview.insertForecastSheet(options)).toBe(
        await insertForecastSheet(fake.context, options),
      );
      expect(preview.view().sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    }
    expect(fake.sheets.map((s) => s.name)).toEqual([
      "Cover",
      "Cover (2)",
      INPUTS,
      "Forecast (2)",
      "Forecast",
    ]);
    expect(sorted(previewCells(previewSheet(preview, "Cover")))).toEqual(
      sorted(excelCells(fake.sheet("Cover") as FakeSheet)),
    );
  });

  it("refuses a damaged table and bad years with the same message, and deletes nothing", async () => {
    const { fake, preview } = await bothWorkbooks();
    const options: ForecastSheetOptions = { from: 2018, to: 2030, language: "en" };
    await insertForecastSheet(fake.context, options);
    await preview.insertForecastSheet(options);
    const key = String(fake.sheet(INPUTS)?.value("A3"));
    const original = fake.sheet(INPUTS)?.value("E3") as number;
    fake.sheet(INPUTS)?.put("E3", "n/a");
    preview.typeInSheet(key, "Base", "n/a");
    const failures = async (attempt: ForecastSheetOptions): Promise<[string, string]> => {
      const excel = await insertForecastSheet(fake.context, attempt).then(
        () => "inserted",
        (error: Error) => error.message,
      );
      const inPreview = await preview.insertForecastSheet(attempt).then(
        () => "inserted",
        (error: Error) => error.message,
      );
      return [excel, inPreview];
    };
    const [excel, inPreview] = await failures({ ...options, replace: true });
    expect(excel).toMatch(/^market\.total\.2021 \(Base\) at 'GovCloud Inputs'!E3 holds "n\/a", not a number/);
    expect(inPreview).toBe(excel);
    expect(preview.view().sheets.map((s) => s.name)).toEqual(["Cover", INPUTS, "Forecast"]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Cover", INPUTS, "Forecast"]);

    fake.sheet(INPUTS)?.put("E3", original);
    preview.typeInSheet(key, "Base", original);
    const [swapped, swappedInPreview] = await failures({ from: 2030, to: 2020, language: "en" });
    expect(swapped).toBe("The first year (2030) comes after the last (2020): swap them.");
    expect(swappedInPreview).toBe(swapped);
    const [serial, serialInPreview] = await failures({ from: 46023, to: 2030, language: "en" });
    expect(serial).toMatch(
      /^The first year 46023 looks like a date serial number.*Choose years from 2018 to 2040\.$/,
    );
    expect(serialInPreview).toBe(serial);
  });
});
