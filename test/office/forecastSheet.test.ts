import { expectedInputsTable } from "../../src/model/inputsTable";
import { buildModelLayout, paneCover, type ModelLayout } from "../../src/model/modelLayout";
import { hasForecastSheet, insertForecastSheet } from "../../src/office/forecastSheet";
import { setUpInputs } from "../../src/office/inputsSetup";
import { addScenarioColumn, addVendorRows } from "../../src/office/inputsEdits";
import { FakeExcel, columnLetters, simulateExcelApi, type FakeSheet } from "./fakeExcel";
import { HUAWEI } from "../fixtures/vendors";

const INPUTS = "GovCloud Inputs";
async function setUp(language: "en" | "zh-CN" = "en"): Promise<FakeExcel> {
  const fake = new FakeExcel();
  await setUpInputs(fake.context, language);
  return fake;
}

function expectLayoutWritten(sheet: FakeSheet, layout: ModelLayout): void {
  const selector = layout.placement.selector;
  for (const cell of layout.forecast.cells) {
    if (cell.formula !== undefined)
      expect([cell.address, sheet.formula(cell.address)]).toEqual([cell.address, `=${cell.formula}`]);
    else if (cell.address !== selector)
      expect([cell.address, sheet.value(cell.address)]).toEqual([cell.address, cell.value]);
    expect([cell.address, sheet.numberFormat(cell.address)]).toEqual([
      cell.address,
      cell.numberFormat ?? "General",
    ]);
  }
}

const lastRow = (layout: ModelLayout): number => Math.max(...layout.forecast.cells.map((c) => c.row));

describe("insertForecastSheet", () => {
  it("writes the model layout's Forecast sheet, formula for formula, with its formats, hidden years and panes", async () => {
    const fake = await setUp();
    const name = await insertForecastSheet(fake.context, { from: 2020, to: 2030, language: "en" });
    expect(name).toBe("Forecast");
    expect(fake.pendingWrites).toBe(0);
    const sheet = fake.sheet("Forecast") as FakeSheet;
    const layout = buildModelLayout({ from: 2020, to: 2030, language: "en" });
    expectLayoutWritten(sheet, layout);
    // The layout's formulas read the inputs table by key.
    const lookups = layout.forecast.cells.filter((c) => c.formula?.includes(`'${INPUTS}'!`));
    expect(lookups.length).toBeGreaterThan(20);
    expect(sheet.value(layout.placement.selector)).toBe("Base");
    // The drop-down lists the table's scenario header cells (D1:F1), not a comma-joined copy of them.
    expect(sheet.validations.get(layout.placement.selector)).toEqual({
      list: { inCellDropDown: true, source: `='${INPUTS}'!$D$1:$F$1` },
    });
    expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual([5, 6]);
    expect(sheet.frozenAt).toBe("A1:D5");
    expect(fake.activated).toEqual(["Forecast"]);
  });

  it("adds the market once per scenario column as the layout's market formula reading that column", async () => {
    const fake = await setUp();
    await addScenarioColumn(fake.context, "Stress", "Bear");
    await insertForecastSheet(fake.context, { from: 2018, to: 2025, language: "en" });
    const sheet = fake.sheet("Forecast") as FakeSheet;
    const layout = buildModelLayout({ from: 2018, to: 2025, language: "en" });
    const first = lastRow(layout) + 3;
    expect([0, 1, 2, 3].map((i) => sheet.value(`B${first + i}`))).toEqual([
      "Gov-cloud market: Bear",
      "Gov-cloud market: Base",
      "Gov-cloud market: Bull",
      "Gov-cloud market: Stress",
    ]);
    expect(sheet.formula(`D${first + 3}`)).toBe(`=MATCH('${INPUTS}'!$G$1,'${INPUTS}'!$1:$1,0)`);

    // Base's row is the Forecast sheet's market.gov row with each value cell replaced by its lookup.
    const market = layout.placement.seriesRows.find((r) => r.key === "market.gov")?.row ?? 0;
    const base = first + 1;
    for (const { column } of layout.placement.yearColumns) {
      const letters = columnLetters(column);
      const previous = columnLetters(column - 1);
      const expected = String(sheet.formula(`${letters}${market}`))
        .replace(
          /\$D\$(\d+)/g,
          (_, row: string) => `INDEX('${INPUTS}'!$A:$AZ,MATCH($A$${row},'${INPUTS}'!$A:$A,0),$D$${base})`,
        )
        .replace(new RegExp(`\\b${previous}${market}\\b`, "g"), `${previous}${base}`);
      expect(expected).toContain("INDEX(");
      expect(sheet.formula(`${letters}${base}`)).toBe(expected);
    }
  });

  it("charts the market by scenario, vendor revenue and top-down vs bottom-up over the years shown", async () => {
    const fake = await setUp();
    await addVendorRows(fake.context, HUAWEI);
    await insertForecastSheet(fake.context, { from: 2020, to: 2030, language: "en" });
    const layout = buildModelLayout({
      from: 2020,
      to: 2030,
      overrides: [
        { key: "vendor.Huawei.revenue.2018", value: 50 },
        { key: "vendor.Huawei.revenue.2019", value: 80 },
      ],
    });
    expectLayoutWritten(fake.sheet("Forecast") as FakeSheet, layout);
    const years = "G5:Q5";
    const rowOf = (key: string) => layout.placement.seriesRows.find((r) => r.key === key)?.row;
    const first = lastRow(layout) + 3;
    expect(fake.charts.map((c) => [c.type, c.seriesBy, c.mock.title.text])).toEqual([
      ["Line", "Rows", "Gov-cloud market by scenario"],
      ["ColumnClustered", "Rows", "Vendor cloud revenue"],
      ["Line", "Rows", "Top-down market vs bottom-up city spend"],
    ]);
    const [byScenario, vendors, bridge] = fake.charts;
    expect(byScenario?.series).toEqual(
      ["Bear", "Base", "Bull"].map((name, i) => ({
        name,
        values: `G${first + i}:Q${first + i}`,
        categories: years,
      })),
    );
    expect(vendors?.series.map((s) => [s.name, s.values])).toEqual([
      ["Tencent", `G${rowOf("vendor.Tencent.revenue")}:Q${rowOf("vendor.Tencent.revenue")}`],
      ["Huawei", `G${rowOf("vendor.Huawei.revenue")}:Q${rowOf("vendor.Huawei.revenue")}`],
    ]);
    expect(bridge?.series.map((s) => s.values)).toEqual([
      `G${rowOf("market.gov")}:Q${rowOf("market.gov")}`,
      `G${rowOf("city.spend")}:Q${rowOf("city.spend")}`,
    ]);
    expect(fake.charts.every((c) => c.series.every((s) => s.categories === years))).toBe(true);
    expect(fake.charts.every((c) => c.position !== undefined)).toBe(true);
  });

  it("offers the table's own header words in the selector when the table is in Chinese", async () => {
    const fake = await setUp("zh-CN");
    await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" });
    const layout = buildModelLayout({ from: 2018, to: 2030, language: "en" });
    const sheet = fake.sheet("Forecast") as FakeSheet;
    expect(sheet.value(layout.placement.selector)).toBe("基准");
    expect(fake.sheet(INPUTS)?.value("E1")).toBe("基准");
    expect(sheet.validations.get(layout.placement.selector)).toEqual({
      list: { inCellDropDown: true, source: `='${INPUTS}'!$D$1:$F$1` },
    });
    // The rest of the sheet is in the language asked for.
    expect(sheet.value("A1")).toBe(layout.forecast.cells.find((c) => c.address === "A1")?.value);
    expect(sheet.value("A1")).toMatch(/^GovCloud Forecast: China/);
  });

  it("keeps the selector's list under Excel's 255-character cap however many scenarios there are", async () => {
    const fake = await setUp();
    // Ten long scenario names: joined with commas they would be far over the 255 characters Excel
    // accepts in a validation formula or list ("A valid formula or a list of values must be less than or
    // equal to 255 characters"; excelize#972 counts it in UTF-16 code units).
    const names = Array.from({ length: 10 }, (_, i) => `Provincial rollout variant ${i + 1} (slow)`);
    for (const name of names) await addScenarioColumn(fake.context, name, "Base");
    expect(names.join(",").length).toBeGreaterThan(255);
    await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" });
    const selector = buildModelLayout({ from: 2018, to: 2030, language: "en" }).placement.selector;
    const rule = fake.sheet("Forecast")?.validations.get(selector) as { list: { source: string } };
    expect(rule.list.source).toBe(`='${INPUTS}'!$D$1:$${columnLetters(6 + names.length)}$1`);
    expect(rule.list.source.length).toBeLessThanOrEqual(255);
    expect(fake.sheet(INPUTS)?.value(`${columnLetters(6 + names.length)}1`)).toBe(names[names.length - 1]);
  });

  it("leaves the selector a plain cell on an Excel without drop-down lists (ExcelApi 1.8)", async () => {
    const fake = await setUp();
    fake.apiSets.set("ExcelApi", "1.7");
    await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" });
    const layout = buildModelLayout({ from: 2018, to: 2030, language: "en" });
    const sheet = fake.sheet("Forecast") as FakeSheet;
    expect(sheet.validations.size).toBe(0);
    expect(sheet.value(layout.placement.selector)).toBe("Base");
  });

  it("never replaces a sheet: a second forecast gets its own name", async () => {
    const fake = await setUp();
    await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" });
    fake.sheet("Forecast")?.put("Z1", "my note");
    expect(await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" })).toBe(
      "Forecast (2)",
    );
    expect(fake.sheet("Forecast")?.value("Z1")).toBe("my note");
  });

  it("replaces the Forecast sheet and the cover that reads it when asked, keeping other sheets", async () => {
    const fake = await setUp();
    expect(await hasForecastSheet(fake.context)).toBe(false);
    await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" });
    expect(await hasForecastSheet(fake.context)).toBe(true);
    const chartsOnce = fake.charts.filter((chart) => chart.sheet === "Forecast").length;
    expect(chartsOnce).toBeGreaterThan(0);
    fake.sheet("Forecast")?.put("Z1", "my note");
    expect(
      await insertForecastSheet(fake.context, { from: 2019, to: 2025, language: "en", replace: true }),
    ).toBe("Forecast");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Cover", INPUTS, "Forecast"]);
    expect(fake.sheet("Forecast")?.value("Z1")).toBe(""); // the sheet is new
    expect(fake.sheet("Cover")?.formula("B4")).toBe("=Forecast!$D$2");
    expect(fake.charts.filter((chart) => chart.sheet === "Forecast")).toHaveLength(chartsOnce);
    expect(fake.pendingWrites).toBe(0);
  });

  it("on replace keeps a sheet named Cover that does not read the Forecast sheet (the user's)", async () => {
    const fake = await setUp();
    const mine = fake.addSheet("Cover");
    mine.put("A1", "My own cover");
    mine.put("A2", "=Sheet9!A1");
    fake.addSheet("Forecast").put("A1", "old forecast");
    expect(
      await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en", replace: true }),
    ).toBe("Forecast");
    expect(fake.sheet("Cover")?.value("A1")).toBe("My own cover");
    expect(fake.sheet("Cover (2)")?.formula("B4")).toBe("=Forecast!$D$2");
    expect(fake.sheet("Forecast")?.value("A1")).not.toBe("old forecast");
  });

  it("on replace deletes nothing when the inputs table is damaged", async () => {
    const fake = await setUp();
    await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" });
    fake.sheet(INPUTS)?.put("E3", "n/a");
    await expect(
      insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en", replace: true }),
    ).rejects.toThrow(/'GovCloud Inputs'!E3/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Cover", INPUTS, "Forecast"]);
  });

  it("refuses while the inputs table is damaged or missing, saying where, and adds no sheet", async () => {
    const fake = await setUp();
    fake.sheet(INPUTS)?.put("E3", "n/a");
    await expect(insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" })).rejects.toThrow(
      /'GovCloud Inputs'!E3/,
    );
    expect(fake.sheet("Forecast")).toBeUndefined();
    await expect(
      insertForecastSheet(new FakeExcel().context, { from: 2018, to: 2030, language: "en" }),
    ).rejects.toThrow(/Set up workbook/);
  });

  it("refuses when the inputs table was moved away from A1, where the layout's lookups look", async () => {
    const fake = new FakeExcel();
    const table = expectedInputsTable("en");
    const sheet = fake.addSheet(INPUTS);
    sheet.putRows("B3", [[...table.header], ...table.rows.map((row) => [...row])]);
    fake.addTable(sheet, `B3:I${3 + table.rows.length}`, "GovCloudInputs");
    await expect(insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" })).rejects.toThrow(
      /move the inputs table back to A1/,
    );
    expect(fake.sheet("Forecast")).toBeUndefined();
  });

  describe("cover sheet and page layout", () => {
    let restoreOffice: () => void = () => undefined;
    afterEach(() => restoreOffice());

    it("puts the cover first, every formula reading the Forecast sheet it was inserted with", async () => {
      const fake = await setUp();
      await insertForecastSheet(fake.context, { from: 2019, to: 2030, language: "en" });
      expect(fake.sheets.map((s) => s.name)).toEqual(["Cover", INPUTS, "Forecast"]);
      const layout = buildModelLayout({ from: 2019, to: 2030, language: "en" });
      const cover = paneCover(layout, "Forecast");
      const sheet = fake.sheet("Cover") as FakeSheet;
      const formulas = cover.cells.filter((c) => c.formula !== undefined);
      expect(formulas.length).toBeGreaterThan(20);
      for (const cell of cover.cells) {
        const written = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
        expect([cell.address, sheet.formula(cell.address)]).toEqual([cell.address, written]);
      }
      expect(sheet.formula("B4")).toBe("=Forecast!$D$2");
      // The pane's workbook has no Sources sheet: the source line links to the inputs' Source column.
      const link = cover.cells.find((c) => c.formula?.startsWith("HYPERLINK("));
      expect(String(sheet.formula(link?.address ?? ""))).toContain(`HYPERLINK("#'${INPUTS}'!H1"`);
      expect(fake.activated).toEqual(["Forecast"]);
      expect(fake.pendingWrites).toBe(0);
    });

    it("gives a second insertion its own cover, reading its own Forecast sheet", async () => {
      const fake = await setUp();
      await insertForecastSheet(fake.context, { from: 2019, to: 2030, language: "en" });
      await insertForecastSheet(fake.context, { from: 2019, to: 2030, language: "en" });
      expect(fake.sheets.map((s) => s.name)).toEqual([
        "Cover (2)",
        "Cover",
        INPUTS,
        "Forecast",
        "Forecast (2)",
      ]);
      expect(fake.sheet("Cover (2)")?.formula("B4")).toBe("='Forecast (2)'!$D$2");
      expect(fake.sheet("Cover")?.formula("B4")).toBe("=Forecast!$D$2");
    });

    it("prints landscape, one page wide, with print titles, header and footer where ExcelApi 1.9 is there", async () => {
      restoreOffice = simulateExcelApi("1.9");
      const fake = await setUp();
      await insertForecastSheet(fake.context, { from: 2019, to: 2030, language: "en" });
      const layout = buildModelLayout({ from: 2019, to: 2030, language: "en" });
      const forecast = fake.sheet("Forecast")?.pageLayout;
      expect(forecast).toEqual({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1 },
        printTitleRows: "$5:$5",
        printTitleColumns: "$A:$C",
        headersFooters: {
          leftHeader: "GovCloud Forecast model workbook (&F)",
          centerHeader: "&A",
          rightHeader: "Scenario written: Base",
          leftFooter: "Page &P of &N",
          centerFooter: "",
          rightFooter: layout.forecast.page?.footer.right,
        },
      });
      expect(forecast?.headersFooters.rightFooter).toMatch(/^Source: 曾响铃/);
      // The cover fits one page and repeats nothing.
      const cover = fake.sheet("Cover")?.pageLayout;
      expect(cover?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
      expect([cover?.printTitleRows, cover?.printTitleColumns]).toEqual([undefined, undefined]);
      expect(cover?.headersFooters.centerHeader).toBe("&A");
      expect(fake.pendingWrites).toBe(0);
    });

    it("writes the sheets without page layout on an Excel older than ExcelApi 1.9, or with no ExcelApi", async () => {
      restoreOffice = simulateExcelApi("1.8");
      const older = await setUp();
      await insertForecastSheet(older.context, { from: 2019, to: 2030, language: "en" });
      restoreOffice();
      restoreOffice = () => undefined;
      // The fake installs Office.context.requirements when there is none; a host that answers no for
      // every ExcelApi version stands for one where the set cannot be checked (supportsApiSet is false).
      const noExcelApi = await setUp();
      noExcelApi.apiSets.delete("ExcelApi");
      await insertForecastSheet(noExcelApi.context, { from: 2019, to: 2030, language: "en" });
      for (const fake of [older, noExcelApi]) {
        expect(fake.sheets.map((s) => s.name)).toEqual(["Cover", INPUTS, "Forecast"]);
        for (const sheet of fake.sheets) expect(sheet.pageLayout).toEqual({ headersFooters: {} });
      }
    });
  });
});
