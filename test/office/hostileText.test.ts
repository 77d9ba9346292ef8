import { textCell } from "../../src/model/textCell";
import { insertForecastSheet } from "../../src/office/forecastSheet";
import { setUpInputs } from "../../src/office/inputsSetup";
import { addScenarioColumn, addVendorRows, renameScenarioColumn } from "../../src/office/inputsEdits";
import { convertFunctionFormulas } from "../../src/office/sharing";
import { createMemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { FakeExcel, type FakeSheet } from "./fakeExcel";

/**
 * User text must stay text in the workbook. The fake follows Microsoft's note on Range.values (a
 * value starting with "+", "-" or "=" is read as a formula) and nothing more, so these tests show
 * that no name the user typed reaches a cell as a formula.
 */
const HOSTILE_VENDORS = ["=HYPERLINK(1)", "+SUM(1)", "-2+3", "@cmd", "'quoted"];
const revenue = [
  { year: 2018, value: 50 },
  { year: 2019, value: 80 },
] as const;

function formulaCells(sheet: FakeSheet | undefined): string[] {
  return [...(sheet?.cells.values() ?? [])].flatMap((cell) =>
    cell.formula === undefined ? [] : [cell.formula],
  );
}

describe("textCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-x", "'-x"],
    ["@x", "'@x"],
    ["'x", "''x"],
    ["2019-03", "'2019-03"],
    ["TRUE", "'TRUE"],
    ["Huawei", "Huawei"],
    ["Gov-cloud market", "Gov-cloud market"],
  ])("writes %j as %j", (text, written) => {
    expect(textCell(text)).toBe(written);
  });
});

describe("hostile names through the Excel path", () => {
  it.each(HOSTILE_VENDORS)(
    "vendor %j: its rows and the Forecast sheet's labels hold text, not formulas",
    async (name) => {
      const fake = new FakeExcel();
      await setUpInputs(fake.context, "en");
      await addVendorRows(fake.context, { name, revenue: [...revenue] });
      const inputs = fake.sheet("GovCloud Inputs");
      // The only formulas anywhere are the ones the Forecast sheet's layout defines (they start with "=" and name the table).
      expect(formulaCells(inputs)).toEqual([]);
      const labels = [...(inputs?.cells.values() ?? [])].map((cell) => cell.value);
      expect(labels.some((value) => typeof value === "string" && value.startsWith(name))).toBe(true);
      const forecastName = await insertForecastSheet(fake.context, { from: 2018, to: 2025, language: "en" });
      const forecast = fake.sheet(forecastName);
      const texts = [...(forecast?.cells.values() ?? [])].map((cell) => cell.value);
      expect(texts.some((value) => typeof value === "string" && value.startsWith(name))).toBe(true);
      for (const formula of formulaCells(forecast)) expect(formula.startsWith(name)).toBe(false);
    },
  );

  it("scenario names starting with = + - @ stay text in the header when added and renamed", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    await addScenarioColumn(fake.context, "+Stress", "Base");
    await renameScenarioColumn(fake.context, "+Stress", "-Stress");
    await addScenarioColumn(fake.context, "@Upside", "Bull");
    const inputs = fake.sheet("GovCloud Inputs");
    expect(formulaCells(inputs)).toEqual([]);
    expect(inputs?.value("G1")).toBe("-Stress");
    expect(inputs?.value("H1")).toBe("@Upside");
  });

  it("Prepare for sharing keeps sheet names and text results as text", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("-Model");
    sheet.put("A1", '=GOVCLOUD.BASELINE("caict.govCloud.2021","asOf")', 0);
    // The function's cached text result, as Excel holds it after calculating.
    const cell = sheet.cells.get("1,1");
    if (cell) sheet.cells.set("1,1", { ...cell, value: "+2021" });
    await convertFunctionFormulas(fake.context);
    expect(sheet.value("A1")).toBe("+2021");
    expect(formulaCells(sheet)).toEqual([]);
    expect(fake.sheet("GovCloud Formulas")?.value("A3")).toBe("-Model");
  });
});

describe("hostile names through the preview's in-memory workbook", () => {
  it.each(HOSTILE_VENDORS)("vendor %j is kept as the text typed", async (name) => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    await workbook.addVendor({ name, revenue: [...revenue] });
    if (name[0] !== "'") await workbook.addScenario(`${name.slice(0, 1)}Stress`, "Base"); // "'" is refused in names
    const snapshot = await workbook.readInputs();
    expect(snapshot?.rows.some((row) => row.key === `vendor.${name}.revenue.2018`)).toBe(true);
    const sheetName = await workbook.insertForecastSheet({ from: 2018, to: 2025, language: "en" });
    const cells = workbook.view().sheets.find((sheet) => sheet.name === sheetName)?.cells ?? [];
    expect(cells.some((cell) => typeof cell.value === "string" && cell.value.startsWith(name))).toBe(true);
    // The preview's Forecast sheet holds Excel's formulas (the layout's, as on the Excel path above):
    // none starts with the name, and a cell that shows the name holds it as text.
    for (const cell of cells) {
      expect(cell.formula?.startsWith(name) ?? false).toBe(false);
      if (typeof cell.value === "string" && cell.value.includes(name)) expect(cell.formula).toBeUndefined();
    }
  });
});
