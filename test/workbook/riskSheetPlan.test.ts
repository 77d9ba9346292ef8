import { planRiskSheet } from "../../src/workbook/riskSheetPlan";
import { RISK_DATA as DATA } from "./riskSheetData";

/**
 * The risk sheet's plan, expected values written by hand from the layout: facts in rows 2–6, the
 * percentile table's years in row 8 and P10/P50/P90 in rows 9–11, the tornado's header in row 13 and
 * one row per assumption from 14; charts start two rows below the last table row, 18 rows each, two
 * apart.
 */

describe("planRiskSheet", () => {
  it("plans a fan chart over the years and a tornado of the swings from base, largest on top, bars on one line", () => {
    const plan = planRiskSheet(DATA, "en", ["GovCloud Inputs"]);
    expect(plan.sheet.name).toBe("GovCloud Risk");
    expect(plan.position).toBe("last");
    expect(plan.sheet.columnWidths).toEqual([44, 30, 12, 12, 12]);
    expect(plan.sheet.frozen).toEqual({ rows: 0, columns: 1 });
    expect(plan.charts).toEqual([
      {
        type: "Line",
        title: "market.gov: P10, P50 and P90",
        categories: "B8:D8",
        series: [
          { name: "P10", values: "B9:D9" },
          { name: "P50", values: "B10:D10" },
          { name: "P90", values: "B11:D11" },
        ],
        topLeft: "A17",
        bottomRight: "B35",
      },
      {
        type: "BarClustered",
        seriesBy: "Columns",
        title: "market.gov in 2030: sensitivity",
        categories: "A14:A15",
        series: [
          { name: "Result at low", values: "E14:E15" },
          { name: "Result at high", values: "F14:F15" },
        ],
        topLeft: "A37",
        bottomRight: "B55",
        reverseCategories: true,
        overlap: 100,
      },
    ]);
  });

  it("gives each swing formula the value Excel will show (result minus the base result in B6)", () => {
    const cells = planRiskSheet(DATA, "en", []).sheet.cells;
    const swings = cells
      .filter((cell) => cell.formula !== undefined)
      .map(({ address, formula, cached }) => [address, formula, cached]);
    expect(swings).toEqual([
      ["E14", "C14-$B$6", 1700 - 2000],
      ["F14", "D14-$B$6", 2400 - 2000],
      ["E15", "C15-$B$6", 1900 - 2000],
      ["F15", "D15-$B$6", 2150 - 2000],
    ]);
    expect(cells.find((cell) => cell.address === "B6")?.value).toBe(2000);
  });

  it("charts the results themselves without a base result, in Chinese, under a free name", () => {
    const plan = planRiskSheet({ ...DATA, baseResult: undefined }, "zh-CN", [
      "GovCloud Risk",
      "govcloud risk (2)",
    ]);
    expect(plan.sheet.name).toBe("GovCloud Risk (3)");
    expect(plan.sheet.cells.some((cell) => cell.formula !== undefined)).toBe(false);
    const [fan, tornado] = plan.charts;
    expect(fan?.title).toBe("market.gov:P10、P50与P90");
    expect(tornado?.title).toBe("market.gov(2030年):敏感性");
    expect(tornado?.series).toEqual([
      { name: "低值时结果", values: "C14:C15" },
      { name: "高值时结果", values: "D14:D15" },
    ]);
  });

  it("leaves out a chart with nothing to show, and puts the other where the first would be", () => {
    const noTornado = planRiskSheet({ ...DATA, tornado: [] }, "en", []);
    expect(noTornado.charts.map((chart) => [chart.type, chart.topLeft])).toEqual([["Line", "A15"]]);
    const noYears = planRiskSheet({ ...DATA, years: [], p10: [], p50: [], p90: [] }, "en", []);
    expect(noYears.charts.map((chart) => [chart.type, chart.topLeft])).toEqual([["BarClustered", "A17"]]);
  });
});
