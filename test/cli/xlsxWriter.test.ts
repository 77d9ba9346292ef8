import ExcelJS from "exceljs";
import { xlsxBytes } from "../../src/cli/xlsxWriter";
import { buildModelLayout } from "../../src/model/modelLayout";

describe("xlsxWriter", () => {
  const layout = buildModelLayout({ scenario: "bear", from: 2021, to: 2030, language: "zh-CN" });
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsxBytes(layout.sheets)) as unknown as ArrayBuffer);
  });

  it("writes the layout's sheets in order", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "GovCloud Inputs",
      "Forecast",
      "Sources",
      "Notes",
    ]);
  });

  it("writes every layout cell: constants, formulas with the engine's cached values, number formats", () => {
    let formulas = 0;
    for (const sheet of layout.sheets) {
      const written = workbook.getWorksheet(sheet.name);
      for (const cell of sheet.cells) {
        const target = written?.getCell(cell.address);
        if (cell.formula !== undefined) {
          formulas++;
          expect([cell.address, target?.formula, target?.result]).toEqual([
            cell.address,
            cell.formula,
            cell.cached,
          ]);
        } else {
          expect([cell.address, target?.value]).toEqual([cell.address, cell.value]);
        }
        if (cell.numberFormat) expect(target?.numFmt).toBe(cell.numberFormat);
      }
    }
    expect(formulas).toBe(layout.forecast.cells.filter((c) => c.formula !== undefined).length);
  });

  it("hides the years before --from, freezes the headers and offers the scenarios in the selector", () => {
    const forecast = workbook.getWorksheet("Forecast");
    for (const { year, column } of layout.placement.yearColumns) {
      expect([year, forecast?.getColumn(column).hidden]).toEqual([year, year < 2021]);
    }
    expect(forecast?.views[0]).toMatchObject({ state: "frozen", xSplit: 4, ySplit: 5 });
    const selector = forecast?.getCell(layout.placement.selector);
    expect(selector?.value).toBe("悲观");
    expect(selector?.dataValidation).toMatchObject({ type: "list", formulae: ['"悲观,基准,乐观"'] });
  });
});
