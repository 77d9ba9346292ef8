import { COVER_SHEET, FORECAST_SHEET, buildModelLayout, paneCover } from "../../src/model/modelLayout";
import { coverYears } from "../../src/model/layout/coverSheet";
import { headerFooterLiteral } from "../../src/model/layout/pageLayout";

describe("cover sheet", () => {
  const layout = buildModelLayout({ from: 2019, to: 2030, scenario: "bull" });
  const forecastCells = new Map(layout.forecast.cells.map((c) => [c.address, c]));
  const formulas = layout.cover.cells.filter((c) => c.formula !== undefined);

  it("shows the first and last year and the round years between, at most five", () => {
    expect(coverYears(2018, 2035)).toEqual([2018, 2020, 2025, 2030, 2035]);
    expect(coverYears(2019, 2030)).toEqual([2019, 2020, 2025, 2030]);
    expect(coverYears(2018, 2040)).toEqual([2018, 2020, 2030, 2040]);
    expect(coverYears(2021, 2024)).toEqual([2021, 2024]);
    expect(coverYears(2030, 2030)).toEqual([2030]);
  });

  it("is the first sheet, and each of its numbers is a Forecast cell holding the same number", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      COVER_SHEET,
      "GovCloud Inputs",
      "Forecast",
      "Sources",
      "Notes",
    ]);
    const references = formulas.filter((c) => /^Forecast!\$[A-Z]+\$\d+$/.test(c.formula ?? ""));
    // The scenario, 4 year headers, and 5 series × 4 years.
    expect(references).toHaveLength(1 + 4 + 5 * 4);
    for (const cell of references) {
      const target = forecastCells.get((cell.formula ?? "").replace(/^Forecast!/, "").replace(/\$/g, ""));
      const expected = target?.formula !== undefined ? target.cached : target?.value;
      expect([cell.address, cell.cached]).toEqual([cell.address, expected]);
    }
    expect(layout.cover.cells.find((c) => c.address === "B4")).toMatchObject({
      formula: "Forecast!$D$2",
      cached: "Bull",
    });
  });

  it("reads the largest check over every year column, and links to the Sources sheet", () => {
    const check = formulas.find((c) => c.formula?.startsWith("MAX("));
    const allChecks = layout.placement.checkRows.find((r) => r.key === "check.all")?.row;
    // Years 2018 (column E) to 2030 (Q), the hidden 2018 included.
    expect(check).toMatchObject({ formula: `MAX(Forecast!$E$${allChecks}:$Q$${allChecks})`, cached: 0 });
    const link = formulas.find((c) => c.formula?.startsWith("HYPERLINK("));
    expect(link?.formula).toBe(
      `HYPERLINK("#Sources!A1","Sources sheet: the article's figures with their verbatim quotes")`,
    );
  });

  it("reads a Forecast sheet of another name in the pane, and links to the inputs' Source column there", () => {
    const cover = paneCover(layout, "Forecast (2)");
    const other = cover.cells.filter((c) => c.formula !== undefined && !c.formula.startsWith("HYPERLINK"));
    expect(other.every((c) => /'Forecast \(2\)'!/.test(c.formula ?? ""))).toBe(true);
    expect(cover.cells.find((c) => c.formula?.startsWith("HYPERLINK"))?.formula).toMatch(
      /^HYPERLINK\("#'GovCloud Inputs'!H1",/,
    );
    expect(cover.page).toEqual(layout.cover.page);
  });
});

describe("charts of the exported workbook", () => {
  const layout = buildModelLayout({ from: 2019, to: 2030 });
  const rowOf = (key: string) => layout.placement.seriesRows.find((r) => r.key === key)?.row;
  const span = (row: number | undefined) => `Forecast!$F$${row}:$Q$${row}`;

  it("charts the markets, vendor revenue and top-down vs bottom-up from the Forecast rows over the years shown", () => {
    expect(
      layout.charts.map((c) => [c.sheet, c.kind, c.title, c.categories, c.series.map((s) => s.values)]),
    ).toEqual([
      [
        COVER_SHEET,
        "line",
        "Gov-cloud and total cloud market",
        span(5),
        [span(rowOf("market.gov")), span(rowOf("market.total"))],
      ],
      [COVER_SHEET, "column", "Vendor cloud revenue", span(5), [span(rowOf("vendor.Tencent.revenue"))]],
      [
        COVER_SHEET,
        "line",
        "Top-down market vs bottom-up city spend",
        span(5),
        [span(rowOf("market.gov")), span(rowOf("city.spend"))],
      ],
    ]);
    const market = layout.charts[0]?.series[0];
    expect(market?.cached).toHaveLength(12);
    expect(market?.name).toBe("Gov-cloud market");
    expect(market?.nameReference).toBe(`Forecast!$B$${rowOf("market.gov")}`);
  });

  it("places the charts side by side below the cover's text, without overlapping", () => {
    const lastTextRow = Math.max(...layout.cover.cells.map((c) => c.row));
    const position = (corner: { column: number; columnOffset: number }) =>
      layout.cover.columnWidths.slice(0, corner.column - 1).reduce((a, b) => a + b, 0) + corner.columnOffset;
    let right = -1;
    for (const chart of layout.charts) {
      expect(chart.from.row).toBeGreaterThan(lastTextRow);
      expect(chart.to.row).toBeGreaterThan(chart.from.row);
      expect(position(chart.from)).toBeGreaterThan(right);
      right = position(chart.to);
    }
    expect(right).toBeLessThanOrEqual(layout.cover.columnWidths.reduce((a, b) => a + b, 0));
  });
});

describe("page layout", () => {
  const layout = buildModelLayout({ from: 2019, to: 2030, scenario: "bear" });

  it("prints every sheet landscape one page wide; the cover on one page; Forecast repeats its year row and A:C", () => {
    for (const sheet of layout.sheets) {
      expect([sheet.name, sheet.page?.orientation, sheet.page?.fitToWidth]).toEqual([
        sheet.name,
        "landscape",
        1,
      ]);
      expect([sheet.name, sheet.page?.fitToHeight]).toEqual([sheet.name, sheet.name === COVER_SHEET ? 1 : 0]);
      expect(sheet.page?.header).toEqual({
        left: "GovCloud Forecast model workbook (&F)",
        center: "&A",
        right: "Scenario written: Bear",
      });
      expect(sheet.page?.footer.left).toBe("Page &P of &N");
    }
    const forecast = layout.sheets.find((s) => s.name === FORECAST_SHEET);
    expect(forecast?.page?.titleRows).toEqual({
      first: layout.placement.yearRow,
      last: layout.placement.yearRow,
    });
    expect(forecast?.page?.titleColumns).toEqual({ first: 1, last: 3 });
  });

  it("doubles a literal ampersand, which would otherwise start a header code", () => {
    expect(headerFooterLiteral("R&D & more")).toBe("R&&D && more");
  });
});
