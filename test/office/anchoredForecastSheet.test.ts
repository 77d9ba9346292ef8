import { buildModelLayout, type ModelLayout } from "../../src/model/modelLayout";
import { insertForecastSheet } from "../../src/office/forecastSheet";
import { writeInputRows } from "../../src/office/inputsEdits";
import { setUpInputs } from "../../src/office/inputsSetup";
import { FakeExcel, type FakeSheet } from "./fakeExcel";

/** Insert forecast sheet with actual.… and anchor.… rows in the inputs table (issue 12). */

async function setUp(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  await setUpInputs(fake.context, "en");
  return fake;
}

/** Every formula of the layout's Forecast sheet written as it is (as forecastSheet.test.ts checks). */
function expectLayoutWritten(sheet: FakeSheet, layout: ModelLayout): void {
  for (const cell of layout.forecast.cells) {
    if (cell.formula !== undefined)
      expect([cell.address, sheet.formula(cell.address)]).toEqual([cell.address, `=${cell.formula}`]);
  }
}

describe("insertForecastSheet with anchors", () => {
  it("carries actual.… and anchor.… rows of the table into the anchored rows' native formulas (issue 12)", async () => {
    const fake = await setUp();
    await writeInputRows(fake.context, [
      { key: "actual.market.total.2024", values: { Base: 8288 }, otherwise: 8288 },
      { key: "anchor.market.total", values: { Base: 2024 }, otherwise: 0 },
    ]);
    await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" });
    const sheet = fake.sheet("Forecast") as FakeSheet;
    const layout = buildModelLayout({
      from: 2018,
      to: 2030,
      language: "en",
      overrides: [
        { key: "actual.market.total.2024", value: 8288 },
        { key: "anchor.market.total", value: 2024 },
      ],
    });
    expectLayoutWritten(sheet, layout);
    const keys = layout.placement.seriesRows.map((r) => r.key);
    expect(keys).toContain("market.govShare.unanchored");
    const total = layout.placement.seriesRows.find((r) => r.key === "market.total")?.row ?? 0;
    const column = layout.placement.yearColumns.find((y) => y.year === 2024)?.column ?? 0;
    expect(layout.forecast.cells.find((c) => c.row === total && c.column === column)?.cached).toBe(8288);
  });
});
