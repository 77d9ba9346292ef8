import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { xlsxBytes } from "../../src/cli/xlsxWriter";
import { buildModelLayout } from "../../src/model/modelLayout";

describe("xlsxWriter", () => {
  const layout = buildModelLayout({ scenario: "bear", from: 2021, to: 2030, language: "zh-CN" });
  let workbook: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    const bytes = await xlsxBytes(layout.sheets, layout.charts);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    zip = await JSZip.loadAsync(bytes);
  });

  it("writes the layout's sheets in order, the cover first", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Cover",
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
    const formulasOf = (cells: readonly { formula?: string }[]) =>
      cells.filter((c) => c.formula !== undefined).length;
    expect(formulas).toBe(formulasOf(layout.forecast.cells) + formulasOf(layout.cover.cells));
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

  it("prints every sheet landscape on A4, one page wide, with print titles, header and footer", () => {
    const expected: Record<string, { height: number; rows?: string; columns?: string }> = {
      Cover: { height: 1 },
      "GovCloud Inputs": { height: 0, rows: "1:1", columns: "A:B" },
      Forecast: { height: 0, rows: "5:5", columns: "A:C" },
      Sources: { height: 0, rows: "1:1", columns: "A:A" },
      Notes: { height: 0, columns: "A:A" },
    };
    for (const sheet of workbook.worksheets) {
      const want = expected[sheet.name];
      const setup = sheet.pageSetup;
      expect([sheet.name, setup.orientation, setup.paperSize, setup.fitToPage, setup.fitToWidth]).toEqual([
        sheet.name,
        "landscape",
        9,
        true,
        1,
      ]);
      expect([sheet.name, setup.fitToHeight]).toEqual([sheet.name, want?.height]);
      expect([sheet.name, setup.printTitlesRow, setup.printTitlesColumn]).toEqual([
        sheet.name,
        want?.rows,
        want?.columns,
      ]);
      // Header: workbook (file name code &F), sheet (&A), the scenario written; footer: page and source.
      expect(sheet.headerFooter.oddHeader).toBe("&LGovCloud Forecast 模型工作簿 (&F)&C&A&R写入时情景:悲观");
      expect(sheet.headerFooter.oddFooter).toMatch(/^&L第 &P 页,共 &N 页&R来源:曾响铃, 《决战政务云/);
    }
  });

  it("draws the three charts on the cover, each series a Forecast row over the years shown", async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "c:ser" });
    const rowOf = (key: string) => layout.placement.seriesRows.find((r) => r.key === key)?.row;
    // 2021–2030 on the Forecast sheet: columns H (2021) to Q (2030); row 5 holds the years.
    const span = (row: number | undefined) => `Forecast!$H$${row}:$Q$${row}`;
    const charts = [];
    for (let n = 1; n <= 3; n++) {
      const xml = await zip.file(`xl/charts/chart${n}.xml`)?.async("string");
      const chart = parser.parse(xml ?? "")["c:chartSpace"]["c:chart"];
      const plot = chart["c:plotArea"]["c:lineChart"] ?? chart["c:plotArea"]["c:barChart"];
      const series = plot["c:ser"] as Record<string, Record<string, Record<string, unknown>>>[];
      charts.push({
        title: chart["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"],
        kind: chart["c:plotArea"]["c:lineChart"] ? "line" : "column",
        values: series.map((s) => s["c:val"]?.["c:numRef"]?.["c:f"]),
        categories: [...new Set(series.map((s) => s["c:cat"]?.["c:numRef"]?.["c:f"]))],
        names: series.map((s) => s["c:tx"]?.["c:strRef"]?.["c:f"]),
      });
    }
    expect(charts).toEqual([
      {
        title: "政务云与云计算市场总规模",
        kind: "line",
        values: [span(rowOf("market.gov")), span(rowOf("market.total"))],
        categories: ["Forecast!$H$5:$Q$5"],
        names: [`Forecast!$B$${rowOf("market.gov")}`, `Forecast!$B$${rowOf("market.total")}`],
      },
      {
        title: "厂商云收入",
        kind: "column",
        values: [span(rowOf("vendor.Tencent.revenue"))],
        categories: ["Forecast!$H$5:$Q$5"],
        names: [`Forecast!$B$${rowOf("vendor.Tencent.revenue")}`],
      },
      {
        title: "自上而下市场规模与自下而上城市支出",
        kind: "line",
        values: [span(rowOf("market.gov")), span(rowOf("city.spend"))],
        categories: ["Forecast!$H$5:$Q$5"],
        names: [`Forecast!$B$${rowOf("market.gov")}`, `Forecast!$B$${rowOf("city.spend")}`],
      },
    ]);
    // The cover's worksheet part refers to the drawing that anchors the three charts.
    const cover = await zip.file("xl/worksheets/sheet1.xml")?.async("string");
    expect(cover).toMatch(/<drawing r:id="rId\d+"\/>/);
    const drawing = await zip.file("xl/drawings/drawing1.xml")?.async("string");
    expect(drawing?.match(/<xdr:twoCellAnchor /g)).toHaveLength(3);
    const types = await zip.file("[Content_Types].xml")?.async("string");
    expect(types?.match(/drawingml\.chart\+xml/g)).toHaveLength(3);
  });
});
