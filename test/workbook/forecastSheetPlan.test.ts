import { expectedInputsTable, readInputsTable } from "../../src/model/inputsTable";
import { errorMessage } from "../../src/model/language";
import { buildModelLayout, type LayoutCell } from "../../src/model/modelLayout";
import { planForecastSheet, type PlacedInputsTable } from "../../src/workbook/forecastSheetPlan";
import type { ForecastSheetOptions } from "../../src/workbook/workbookOperations";

const INPUTS = "GovCloud Inputs";

/** The table Set up writes, at A1 of the inputs sheet, as Excel's reader gives it. */
function placedTable(
  edit?: (rows: (string | number)[][]) => void,
  language: "en" | "zh-CN" = "en",
): PlacedInputsTable {
  const expected = expectedInputsTable(language);
  const rows = [[...expected.header], ...expected.rows.map((row) => [...row])] as (string | number)[][];
  edit?.(rows);
  return {
    box: { sheet: INPUTS, top: 1, left: 1, bottom: rows.length, right: expected.header.length },
    reading: readInputsTable(rows),
  };
}

const OPTIONS: ForecastSheetOptions = { from: 2018, to: 2030, language: "en" };

describe("planForecastSheet", () => {
  it("caches each scenario row of the market block with the engine's value for that column", () => {
    const plan = planForecastSheet(placedTable(), OPTIONS, { names: [INPUTS] });
    const cells = plan.forecast.sheet.cells;
    const at = new Map(cells.map((cell) => [`${cell.row},${cell.column}`, cell]));
    const layout = buildModelLayout(OPTIONS);
    const marketRow = layout.placement.seriesRows.find((r) => r.key === "market.gov")?.row ?? 0;
    const blockRow = (scenario: string): number =>
      cells.find((cell) => cell.value === `Gov-cloud market: ${scenario}`)?.row ?? 0;
    const cachedAt = (source: readonly LayoutCell[], row: number, column: number) =>
      source.find((c) => c.row === row && c.column === column)?.cached;
    // Base's block row reads the same column as the Forecast sheet's own market row. Bear and Bull:
    // the table holds the catalogue's values, so the built-in scenarios' layouts are the reference.
    for (const [scenario, reference] of [
      ["Base", layout],
      ["Bear", buildModelLayout({ ...OPTIONS, scenario: "bear" })],
      ["Bull", buildModelLayout({ ...OPTIONS, scenario: "bull" })],
    ] as const) {
      const row = blockRow(scenario);
      expect(row).toBeGreaterThan(marketRow);
      for (const { column } of layout.placement.yearColumns) {
        const expected = Number(cachedAt(reference.forecast.cells, marketRow, column));
        const cached = at.get(`${row},${column}`)?.cached;
        expect(typeof cached).toBe("number");
        // Same engine, same inputs: equal up to rounding (relative 1e-12).
        expect(Math.abs(Number(cached) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
      }
    }
    // The MATCH cell of each row finds that scenario's column of the inputs sheet (D, E, F).
    expect(["Bear", "Base", "Bull"].map((s) => at.get(`${blockRow(s)},4`)?.cached)).toEqual([4, 5, 6]);
    // Every formula of the sheet and its cover carries a value.
    for (const sheet of [plan.forecast.sheet, plan.cover.sheet]) {
      const uncached = sheet.cells.filter((c) => c.formula !== undefined && c.cached === undefined);
      expect(uncached.map((c) => c.address)).toEqual([]);
    }
  });

  it("shows on the cover the scenario the selector holds: the table's own header word", () => {
    const plan = planForecastSheet(placedTable(undefined, "zh-CN"), OPTIONS, { names: [INPUTS] });
    const selector = plan.forecast.sheet.cells.find((cell) => cell.role === "selector");
    expect(selector?.value).toBe("基准");
    const onCover = plan.cover.sheet.cells.find((cell) => cell.formula === "Forecast!$D$2");
    expect(onCover?.cached).toBe("基准");
    // An English table: the cover shows Base, as the layout had it.
    const english = planForecastSheet(placedTable(), OPTIONS, { names: [INPUTS, "Forecast"] });
    const cell = english.cover.sheet.cells.find((c) => c.formula === "'Forecast (2)'!$D$2");
    expect(cell?.cached).toBe("Base");
  });

  it("deletes on replace only the Forecast sheet, and the Cover only when it reads that sheet", () => {
    const table = placedTable();
    const replace: ForecastSheetOptions = { ...OPTIONS, replace: true };
    const names = ["Cover", INPUTS, "forecast"];
    const ours = planForecastSheet(table, replace, { names, coverFormulas: ["=Forecast!$D$2"] });
    expect(ours.deletes).toEqual(["Cover", "forecast"]);
    expect([ours.forecast.sheet.name, ours.cover.sheet.name]).toEqual(["Forecast", "Cover"]);
    const mine = planForecastSheet(table, replace, {
      names,
      coverFormulas: ["='Forecast (2)'!$D$2", "My cover"],
    });
    expect(mine.deletes).toEqual(["forecast"]);
    expect([mine.forecast.sheet.name, mine.cover.sheet.name]).toEqual(["Forecast", "Cover (2)"]);
    const added = planForecastSheet(table, OPTIONS, { names, coverFormulas: ["=Forecast!A1"] });
    expect(added.deletes).toEqual([]);
    expect([added.forecast.sheet.name, added.cover.sheet.name]).toEqual(["Forecast (2)", "Cover (2)"]);
    expect(planForecastSheet(table, replace, { names: [INPUTS] }).deletes).toEqual([]);
  });

  it("refuses bad years and a damaged table before planning anything", () => {
    const table = placedTable();
    const plan = (options: ForecastSheetOptions) => () =>
      planForecastSheet(table, options, { names: [INPUTS] });
    expect(plan({ ...OPTIONS, from: 2030, to: 2020 })).toThrow(
      "The first year (2030) comes after the last (2020): swap them.",
    );
    expect(plan({ ...OPTIONS, to: 2041 })).toThrow(
      "The last year 2041 is outside 2018–2040. Choose years from 2018 to 2040.",
    );
    // In Chinese the engine's own Chinese, with the same advice.
    let refused: unknown;
    try {
      plan({ ...OPTIONS, to: 2041 })();
    } catch (error) {
      refused = error;
    }
    expect(errorMessage(refused, "zh-CN")).toBe(
      "结束年份 2041 超出 2018–2040 的范围。请选择 2018 至 2040 之间的整数年份。",
    );
    const damaged = placedTable((rows) => {
      const row = rows[2];
      if (row) row[4] = "n/a";
    });
    expect(() => planForecastSheet(damaged, OPTIONS, { names: [INPUTS] })).toThrow(
      /^market\.total\.2021 \(Base\) at 'GovCloud Inputs'!E3 holds "n\/a", not a number/,
    );
    const moved = { ...table, box: { ...table.box, top: 3 } };
    expect(() => planForecastSheet(moved, OPTIONS, { names: [INPUTS] })).toThrow(
      /move the inputs table back to A1/,
    );
  });
});
