/**
 * What users' workbooks store beyond function ids: the GC_* workbook names and their formulas, the
 * inputs table's headers (both languages) and the Forecast sheet's formula patterns. A workbook made
 * by an older version must keep working, so a change to any of these has to be deliberate: it fails
 * here until test/model/workbookContract.golden.json is regenerated (`UPDATE_GOLDEN=1 npx jest
 * test/model/workbookContract.test.ts`) and the diff is reviewed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectedInputsTable, tableColumns } from "../../src/model/inputsTable/columns";
import { expectedWorkbookNames } from "../../src/model/inputsTable/names";
import { buildModelLayout, columnLetters } from "../../src/model/modelLayout";

const goldenPath = join(__dirname, "workbookContract.golden.json");

/**
 * A year column's formula with its own column letter written `{Y}` and the previous column's `{P}`,
 * so that every year of a row has the same pattern.
 */
function yearPattern(formula: string, column: number): string {
  const own = columnLetters(column);
  const previous = columnLetters(column - 1);
  return formula.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (whole, a: string, letters: string, b: string, row: string) => {
      if (a !== "" || whole.includes("'")) return whole;
      if (letters === own) return `{Y}${b}${row}`;
      if (letters === previous) return `{P}${b}${row}`;
      return whole;
    },
  );
}

function forecastContract(language: "en" | "zh-CN") {
  const layout = buildModelLayout({ from: 2019, to: 2030, language });
  const yearColumns = new Set(layout.placement.yearColumns.map(({ column }) => column));
  const keyOfRow = new Map(
    layout.forecast.cells
      .filter((c) => c.column === 1 && typeof c.value === "string")
      .map((c) => [c.row, c.value]),
  );
  const fixedFormulas: Record<string, string> = {};
  const patterns = new Map<string, Set<string>>();
  for (const cell of layout.forecast.cells) {
    if (cell.formula === undefined) continue;
    if (!yearColumns.has(cell.column)) {
      fixedFormulas[`${cell.address} ${String(keyOfRow.get(cell.row) ?? "")}`] = cell.formula;
      continue;
    }
    const key = String(keyOfRow.get(cell.row) ?? `row ${cell.row}`);
    const set = patterns.get(key) ?? new Set<string>();
    set.add(yearPattern(cell.formula, cell.column));
    patterns.set(key, set);
  }
  return {
    selector: layout.placement.selector,
    choices: layout.forecast.cells.find((c) => c.address === layout.placement.selector)?.choices ?? [],
    fixedFormulas,
    yearPatterns: Object.fromEntries([...patterns].map(([key, set]) => [key, [...set]])),
  };
}

function currentContract() {
  const tables = Object.fromEntries(
    (["en", "zh-CN"] as const).map((language) => {
      const table = expectedInputsTable(language, ["Upside 2026"]);
      const names = expectedWorkbookNames({ header: table.header, columns: tableColumns(table.header) });
      return [language, { header: table.header, keys: table.keys, names }];
    }),
  );
  return {
    inputsTable: tables,
    forecast: { en: forecastContract("en"), "zh-CN": forecastContract("zh-CN") },
  };
}

describe("what users' workbooks store", () => {
  const current = currentContract();

  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, `${JSON.stringify(current, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(goldenPath, "utf8")) as ReturnType<typeof currentContract>;

  it("keeps the inputs table's headers, keys and GC_* names", () => {
    expect(current.inputsTable).toEqual(golden.inputsTable);
  });

  it("keeps the Forecast sheet's formulas", () => {
    expect(current.forecast).toEqual(golden.forecast);
  });

  it("writes one formula pattern per row, the same in every year column", () => {
    for (const forecast of Object.values(current.forecast)) {
      for (const [key, patterns] of Object.entries(forecast.yearPatterns)) {
        expect({ key, patterns }).toEqual({ key, patterns: [patterns[0]] });
      }
    }
  });
});
