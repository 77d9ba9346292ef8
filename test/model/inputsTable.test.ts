import { ASSUMPTIONS } from "../../src/model/assumptions";
import {
  INPUTS_TABLE_VERSION,
  checkScenarioName,
  workbookNameClash,
  expectedInputsTable,
  expectedWorkbookNames,
  findScenario,
  nameProblems,
  planRepair,
  readInputsTable,
  scenarioWorkbookName,
  type RepairPlan,
  type TableProblem,
} from "../../src/model/inputsTable";
import { scenarioSetFromTable } from "../../src/model/scenarioInput";
import { vendorObservedKey } from "../../src/model/vendorKeys";

type Grid = unknown[][];

function freshTable(language: "en" | "zh-CN" = "en", custom: string[] = []): Grid {
  const expected = expectedInputsTable(language, custom);
  return [[...expected.header], ...expected.rows.map((row) => [...row])];
}

/** The body row index (1-based in the grid) of a key. */
function rowOf(grid: Grid, key: string): number {
  const index = grid.findIndex((row) => row[0] === key);
  if (index < 1) throw new Error(`no row ${key}`);
  return index;
}

/** What Excel does with a repair plan: columns inserted inside the table, rows appended. */
function applyPlan(grid: Grid, plan: RepairPlan): Grid {
  const result = grid.map((row) => [...row]);
  for (const column of plan.columns) {
    result.forEach((row, i) => row.splice(column.index, 0, i === 0 ? column.header : column.values[i - 1]));
  }
  for (const row of plan.rows) result.push([...row.cells]);
  return result;
}

const kinds = (problems: readonly TableProblem[]): string[] => problems.map((p) => p.kind);

describe("expectedInputsTable", () => {
  it("lays out Key | Assumption | Unit | Bear | Base | Bull | Kind | Source with the catalogue's values", () => {
    const table = expectedInputsTable("en");
    expect(table.header).toEqual(["Key", "Assumption", "Unit", "Bear", "Base", "Bull", "Kind", "Source"]);
    expect(table.rows).toHaveLength(ASSUMPTIONS.length);
    ASSUMPTIONS.forEach((assumption, i) => {
      const row = table.rows[i] ?? [];
      expect(row[0]).toBe(assumption.key);
      expect(row[1]).toBe(assumption.label.en);
      expect(row.slice(3, 6)).toEqual([
        assumption.values.bear,
        assumption.values.base,
        assumption.values.bull,
      ]);
      expect(row[6]).toBe(assumption.source.kind === "article" ? "article figure" : "assumption");
    });
    const growth = table.keys.indexOf("market.gov.growth.near");
    expect(table.numberFormats[growth]).toBe("0.00%");
  });

  it("writes Chinese headers and labels, and custom scenario columns start from Base", () => {
    const table = expectedInputsTable("zh-CN", ["Stress"]);
    expect(table.header).toEqual(["键", "假设", "单位", "悲观", "基准", "乐观", "Stress", "类型", "来源"]);
    const first = table.rows[0] ?? [];
    expect(first[1]).toBe(ASSUMPTIONS[0]?.label.zh);
    expect(first[6]).toBe(first[4]);
  });

  it("is a table the engine reads as GC_TABLE, giving the built-in scenarios", () => {
    const set = scenarioSetFromTable(freshTable());
    for (const assumption of ASSUMPTIONS) {
      expect(set.bull.values.get(assumption.key)).toBe(assumption.values.bull);
    }
  });
});

describe("readInputsTable", () => {
  it("reads an intact table without problems", () => {
    const reading = readInputsTable(freshTable(), undefined, { version: INPUTS_TABLE_VERSION });
    expect(reading.problems).toEqual([]);
    expect(reading.scenarios).toEqual(["Bear", "Base", "Bull"]);
    expect(reading.rows).toHaveLength(ASSUMPTIONS.length);
    expect(reading.rows[0]).toMatchObject({
      key: ASSUMPTIONS[0]?.key,
      values: { Bear: ASSUMPTIONS[0]?.values.bear },
      address: "'GovCloud Inputs'!A2:H2",
    });
  });

  it("reports a deleted row, and Repair adds exactly that row with the article defaults", () => {
    const grid = freshTable();
    const deleted = grid.splice(rowOf(grid, "city.bass.q"), 1);
    const reading = readInputsTable(grid);
    expect(reading.problems).toEqual([expect.objectContaining({ kind: "missingRow", key: "city.bass.q" })]);
    const plan = planRepair(reading);
    expect(plan.columns).toEqual([]);
    expect(plan.rows.map((r) => r.key)).toEqual(["city.bass.q"]);
    expect(plan.rows[0]?.cells).toEqual(deleted[0]);
    expect(plan.rows[0]?.numberFormat).toBe("0.00%");
  });

  it("names the cell of text typed into a number cell and keeps the text as the row's value", () => {
    const grid = freshTable();
    const row = rowOf(grid, "market.gov.growth.near");
    (grid[row] as unknown[])[4] = "twenty percent";
    const reading = readInputsTable(grid);
    const address = `'GovCloud Inputs'!E${row + 1}`;
    expect(reading.problems).toEqual([
      expect.objectContaining({ kind: "notANumber", key: "market.gov.growth.near", address }),
    ]);
    expect(reading.problems[0]?.message).toContain(address);
    expect(reading.rows.find((r) => r.key === "market.gov.growth.near")?.values.Base).toBe("twenty percent");
    expect(planRepair(reading).rows).toEqual([]);
  });

  it("says when a number cell holds a formula that gives an error", () => {
    const grid = freshTable();
    const row = rowOf(grid, "city.count");
    (grid[row] as unknown[])[3] = "#REF!";
    const formulas = grid.map((r) => [...r]);
    (formulas[row] as unknown[])[3] = "=#REF!*2";
    const [problem] = readInputsTable(grid, formulas).problems;
    expect(problem).toMatchObject({ kind: "notANumber", address: `'GovCloud Inputs'!D${row + 1}` });
    expect(problem?.message).toContain("formula");
  });

  it("accepts numeric text as the engine does, and reports empty cells", () => {
    const grid = freshTable();
    (grid[rowOf(grid, "city.count")] as unknown[])[4] = "1,000";
    (grid[rowOf(grid, "city.bass.p")] as unknown[])[5] = "";
    const problems = readInputsTable(grid).problems;
    expect(problems).toEqual([expect.objectContaining({ kind: "notANumber", key: "city.bass.p" })]);
    expect(problems[0]?.message).toContain("is empty");
  });

  it("reports duplicate keys at the second row, case-insensitively", () => {
    const grid = freshTable();
    const copy = [...(grid[rowOf(grid, "city.count")] as unknown[])];
    copy[0] = "City.Count";
    grid.push(copy);
    const problems = readInputsTable(grid).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        kind: "duplicateKey",
        key: "city.count",
        address: `'GovCloud Inputs'!A${grid.length}`,
      }),
    ]);
  });

  it("reports a user vendor's key given twice in different case, as the engine takes them for one vendor", () => {
    const grid = freshTable();
    const width = (grid[0] as unknown[]).length;
    const row = (key: string, value: number): unknown[] => {
      const cells: unknown[] = Array<unknown>(width).fill(value);
      cells[0] = key;
      cells[1] = "";
      cells[2] = "";
      return cells;
    };
    grid.push(
      row("vendor.Ali.revenue.2019", 10),
      row("vendor.ali.revenue.2019", 12),
      row("vendor.Ali.revenue.2020", 14),
    );
    const problems = readInputsTable(grid).problems.filter((problem) => problem.kind === "duplicateKey");
    expect(problems).toEqual([
      expect.objectContaining({
        key: "vendor.ali.revenue.2019",
        address: `'GovCloud Inputs'!A${grid.length - 1}`,
      }),
    ]);
    expect(problems[0]?.message).toBe(
      `vendor.ali.revenue.2019 appears twice (as vendor.Ali.revenue.2019 and vendor.ali.revenue.2019: vendor names ignore case): at 'GovCloud Inputs'!A${grid.length - 2} and at 'GovCloud Inputs'!A${grid.length - 1}. Delete one of the two rows; until then nothing computes a forecast from this table.`,
    );
  });

  it("reports unknown keys but accepts user vendor keys", () => {
    const grid = freshTable();
    const width = (grid[0] as unknown[]).length;
    const row = (key: string, value: number): unknown[] => {
      const cells: unknown[] = Array<unknown>(width).fill("");
      cells[0] = key;
      cells.splice(3, 3, value, value, value);
      return cells;
    };
    grid.push(
      row(vendorObservedKey("Alibaba", "revenue", 2018), 213),
      row("vendor.Alibaba.revenue.2019", 355),
    );
    grid.push(row("market.gov.2022", 900));
    const reading = readInputsTable(grid);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        kind: "unknownKey",
        key: "market.gov.2022",
        address: `'GovCloud Inputs'!A${grid.length}`,
      }),
    ]);
    expect(reading.rows.map((r) => r.key)).toContain("vendor.Alibaba.revenue.2018");
    expect(reading.rows.map((r) => r.key)).toContain("market.gov.2022");
  });

  it("reports values out of bounds and a gov-cloud market above the total market", () => {
    const grid = freshTable();
    (grid[rowOf(grid, "city.adoption.2018")] as unknown[])[5] = 1.5;
    (grid[rowOf(grid, "market.gov.2021")] as unknown[])[3] = 5000;
    const problems = readInputsTable(grid).problems;
    expect(problems).toEqual([
      expect.objectContaining({ kind: "outOfBounds", key: "city.adoption.2018" }),
      expect.objectContaining({
        kind: "outOfBounds",
        key: "market.gov.2021",
        address: `'GovCloud Inputs'!D${rowOf(grid, "market.gov.2021") + 1}`,
      }),
    ]);
  });

  it("reports a missing column; Repair inserts it in its place, filled from the catalogue, keeping user values", () => {
    const grid = freshTable();
    grid[rowOf(grid, "city.count")]![4] = 1234; // the user's Base value
    const withoutBull = grid.map((row) => row.filter((_, c) => c !== 5));
    const withoutUnitAndBull = withoutBull.map((row) => row.filter((_, c) => c !== 2));
    const reading = readInputsTable(withoutUnitAndBull);
    expect(kinds(reading.problems)).toEqual(["missingColumn", "missingColumn"]);
    const plan = planRepair(reading);
    expect(plan.columns.map((c) => [c.header, c.index])).toEqual([
      ["Unit", 2],
      ["Bull", 5],
    ]);
    expect(plan.rows).toEqual([]);
    const repaired = applyPlan(withoutUnitAndBull, plan);
    expect(repaired).toEqual(grid);
    expect(readInputsTable(repaired).problems).toEqual([]);
  });

  it("repairs a Bull column for a user vendor from the row's own observed value", () => {
    const grid = freshTable();
    const width = (grid[0] as unknown[]).length;
    const vendor: unknown[] = Array<unknown>(width).fill("");
    vendor[0] = "vendor.Huawei.revenue.2019";
    vendor.splice(3, 3, 20, 21, 22);
    grid.push(vendor);
    const reading = readInputsTable(grid.map((row) => row.filter((_, c) => c !== 5)));
    const [column] = planRepair(reading).columns;
    expect(column?.values[column.values.length - 1]).toBe(20);
  });

  it("cannot repair a table without its Key column and says how to recover", () => {
    const reading = readInputsTable(freshTable().map((row) => row.slice(1)));
    expect(reading.problems[0]).toMatchObject({ kind: "missingColumn" });
    expect(reading.problems[0]?.message).toContain("Ctrl+Z");
    expect(reading.rows).toEqual([]);
    expect(planRepair(reading)).toMatchObject({ columns: [], rows: [] });
  });

  it("reports an older or missing version stamp only when asked to check one", () => {
    expect(kinds(readInputsTable(freshTable(), undefined, { version: 0 }).problems)).toEqual([
      "olderVersion",
    ]);
    expect(kinds(readInputsTable(freshTable(), undefined, { version: undefined }).problems)).toEqual([
      "olderVersion",
    ]);
    expect(readInputsTable(freshTable(), undefined, { version: INPUTS_TABLE_VERSION }).problems).toEqual([]);
    expect(readInputsTable(freshTable()).problems).toEqual([]);
  });

  it("reads Chinese headers, custom scenarios and extra columns, with addresses from the table's origin", () => {
    const grid = freshTable("zh-CN", ["Stress"]).map((row, i) => [...row, i === 0 ? "Notes" : ""]);
    const row = rowOf(grid, "city.count");
    grid[row]![6] = "n/a";
    const reading = readInputsTable(grid, undefined, { origin: { row: 3, column: 2 }, sheet: "Model" });
    expect(reading.language).toBe("zh-CN");
    expect(reading.scenarios).toEqual(["Bear", "Base", "Bull", "Stress"]);
    expect(reading.columns.roles[9]).toEqual({ kind: "extra" });
    expect(reading.problems).toEqual([
      expect.objectContaining({ kind: "notANumber", key: "city.count", address: `Model!H${row + 3}` }),
    ]);
    expect(reading.problems[0]?.message).toMatch(/不是数字/);
    expect(readInputsTable(grid, undefined, { language: "en" }).problems[0]?.message).toContain(
      "not a number",
    );
  });

  it("keeps the number formats it is given, per scenario", () => {
    const grid = freshTable();
    const formats = grid.map((row) => row.map(() => "0.0%"));
    const reading = readInputsTable(grid, undefined, { numberFormats: formats });
    expect(reading.rows[0]?.numberFormats).toEqual({ Bear: "0.0%", Base: "0.0%", Bull: "0.0%" });
  });
});

describe("workbook names", () => {
  it("names every scenario column Key…that column, and the whole table", () => {
    const reading = readInputsTable(freshTable("en", ["High growth"]));
    expect(expectedWorkbookNames(reading)).toEqual([
      { name: "GC_TABLE", formula: "=GovCloudInputs[#All]" },
      { name: "GC_BEAR", formula: "=GovCloudInputs[[Key]:[Bear]]" },
      { name: "GC_BASE", formula: "=GovCloudInputs[[Key]:[Base]]" },
      { name: "GC_BULL", formula: "=GovCloudInputs[[Key]:[Bull]]" },
      { name: "GC_HIGH_GROWTH", formula: "=GovCloudInputs[[Key]:[High growth]]" },
    ]);
    const zh = readInputsTable(freshTable("zh-CN"));
    expect(expectedWorkbookNames(zh)[2]).toEqual({
      name: "GC_BASE",
      formula: "=GovCloudInputs[[键]:[基准]]",
    });
  });

  it("reports missing and broken names", () => {
    const expected = expectedWorkbookNames(readInputsTable(freshTable()));
    const problems = nameProblems(
      [
        { name: "gc_table", formula: "=GovCloudInputs[#All]" },
        { name: "GC_BEAR", formula: "=#REF!" },
        { name: "GC_BASE", formula: "=GovCloudInputs[[Key]:[Base]]" },
      ],
      expected,
      "en",
    );
    expect(problems.map((p) => p.message.split(" ")[3])).toEqual(["GC_BEAR", "GC_BULL"]);
    expect(kinds(problems)).toEqual(["missingName", "missingName"]);
  });

  it("sanitizes custom scenario names for GC_ names", () => {
    expect(scenarioWorkbookName("Bear")).toBe("GC_BEAR");
    expect(scenarioWorkbookName("悲观")).toBe("GC_BEAR");
    expect(scenarioWorkbookName("High growth / 2025")).toBe("GC_HIGH_GROWTH_2025");
    expect(scenarioWorkbookName("政策推动")).toBe("GC_政策推动");
  });

  it("checks new scenario names against the table's columns and names", () => {
    const scenarios = ["Bear", "Base", "Bull", "High growth"];
    expect(checkScenarioName("  Stress ", scenarios)).toBe("Stress");
    expect(() => checkScenarioName("", scenarios)).toThrow(/needs a name/);
    expect(() => checkScenarioName("base", scenarios)).toThrow(/built-in/);
    expect(() => checkScenarioName("乐观", scenarios)).toThrow(/built-in/);
    expect(() => checkScenarioName("Unit", scenarios)).toThrow(/columns/);
    expect(() => checkScenarioName("high GROWTH", scenarios)).toThrow(/already/);
    expect(() => checkScenarioName("High-growth", scenarios)).toThrow(
      'The scenario name "High-growth" would get the workbook name GC_HIGH_GROWTH, which the scenario "High growth" already has',
    );
    expect(workbookNameClash("high.growth", scenarios)).toBeUndefined(); // "." is kept: GC_HIGH.GROWTH
    expect(workbookNameClash("HIGH_growth", scenarios)).toBe("High growth");
    expect(workbookNameClash("High_growth", scenarios, "High growth")).toBeUndefined();
    expect(() => checkScenarioName("Table", scenarios)).toThrow(/GC_TABLE/);
    expect(() => checkScenarioName("a[1]", scenarios)).toThrow(/\[/);
    expect(() => checkScenarioName("Low, slow", scenarios)).toThrow(/,/);
    expect(checkScenarioName("High Growth", scenarios, "High growth")).toBe("High Growth");
  });

  it("finds scenarios by any of their names", () => {
    const scenarios = ["Bear", "Base", "Bull", "Stress"];
    expect(findScenario(scenarios, "基准")).toBe("Base");
    expect(findScenario(scenarios, "stress")).toBe("Stress");
    expect(findScenario(scenarios, "Other")).toBeUndefined();
  });
});

describe("columns headed with Object.prototype's member names", () => {
  it("reads a '__proto__' or 'constructor' scenario column's values as its own, and Repair plans nothing odd", () => {
    const expected = expectedInputsTable("en", ["__proto__", "constructor"]);
    const reading = readInputsTable([expected.header, ...expected.rows]);
    expect(reading.scenarios).toEqual(["Bear", "Base", "Bull", "__proto__", "constructor"]);
    const near = reading.rows.find((row) => row.key === "market.gov.growth.near");
    // Custom columns copy Base (0.2, the article's near growth) when Set up writes them.
    expect(Object.hasOwn(near?.values ?? {}, "__proto__")).toBe(true);
    expect(near?.values["__proto__"]).toBe(0.2);
    expect(near?.values["constructor"]).toBe(0.2);
    expect(reading.problems).toEqual([]);
    expect(planRepair(reading).rows).toEqual([]);
  });
});
