import { expectedInputsTable, readInputsTable } from "../../src/model/inputsTable";
import type { PlacedInputsTable } from "../../src/workbook/placedInputsTable";
import {
  planAddScenario,
  planAddVendor,
  planDeleteScenario,
  planResetScenario,
  planWriteValue,
} from "../../src/workbook/inputsTableEdits";
import { namesToDefine, planSetUp } from "../../src/workbook/setUpPlan";

/**
 * The inputs-table plans on their own: pure, checked before anything is written. Expected cells are
 * read off the built-in table by hand (columns Key, Assumption, Unit, Bear, Base, Bull, Kind, Source).
 */

function placed(rows: readonly (readonly (string | number)[])[]): PlacedInputsTable {
  const width = Math.max(...rows.map((row) => row.length));
  return {
    box: { sheet: "GovCloud Inputs", top: 1, left: 1, bottom: rows.length, right: width },
    reading: readInputsTable(rows),
  };
}

const expected = expectedInputsTable("en");
const builtIn = () => placed([expected.header, ...expected.rows]);
const rowOf = (key: string) => expected.keys.indexOf(key);

describe("inputs-table plans", () => {
  test("a bad value or vendor is refused when the planner is made, before any table is read", () => {
    expect(() => planWriteValue("city.count", "Base", Number.NaN)).toThrow(/must be a number/);
    expect(() =>
      planAddVendor({
        name: "Huawei",
        revenue: [
          { year: 2019, value: 1 },
          { year: 2019, value: 2 },
        ],
      }),
    ).toThrow(/both 2019/);
  });

  test("writing a value plans one cell: the key's body row, the scenario's column", () => {
    const plan = planWriteValue("city.count", "bull", 900)(builtIn());
    expect(plan.cells).toEqual([{ bodyRow: rowOf("city.count"), column: 5, value: 900 }]);
    expect(plan.appendRows).toEqual([]);
    expect(plan.names).toEqual({ remove: [], define: [] });
  });

  test("a new scenario goes after Bull with Bull's values and its name over Key…the column", () => {
    const plan = planAddScenario("Stress", "Bull")(builtIn());
    const [column] = plan.insertColumns;
    expect(column?.index).toBe(6);
    expect(column?.values[rowOf("city.count")]).toBe(expected.rows[rowOf("city.count")]?.[5]);
    // Without the host's formats (the preview), each row gets its unit's format.
    expect(column?.numberFormats?.[rowOf("market.gov.growth.near")]).toBe("0.00%");
    expect(plan.names.define).toEqual([{ name: "GC_STRESS", formula: "=GovCloudInputs[[Key]:[Stress]]" }]);
  });

  test("deleting a custom scenario moves the input columns right of it one to the left", () => {
    const withStress = [
      [...expected.header.slice(0, 6), "Stress", ...expected.header.slice(6)],
      ...expected.rows.map((row) => [...row.slice(0, 6), row[5] ?? "", ...row.slice(6)]),
    ];
    const plan = planDeleteScenario("stress")(placed(withStress));
    expect(plan.deleteColumn).toBe(6);
    expect(plan.inputColumns).toEqual([3, 4, 5]);
    expect(plan.names.remove).toEqual(["GC_STRESS"]);
  });

  test("reset writes only the rows that have a default", () => {
    const table = placed([
      ...[expected.header, ...expected.rows],
      ["vendor.Huawei.revenue.2018", "", "", 5, 5, 5],
    ]);
    const plan = planResetScenario("Base", "base")(table);
    expect(plan.cells).toHaveLength(expected.rows.length);
    expect(plan.cells.some((cell) => cell.bodyRow === expected.rows.length)).toBe(false);
  });

  test("set-up creates a table when there is none and repairs one that lost a row", () => {
    const created = planSetUp(undefined, "zh-CN", []);
    expect(created.create?.header).toEqual(expectedInputsTable("zh-CN").header);
    expect(created.edit.names.define.map((n) => n.name)).toEqual([
      "GC_TABLE",
      "GC_BEAR",
      "GC_BASE",
      "GC_BULL",
    ]);
    const damaged = placed([expected.header, ...expected.rows.filter((_, i) => i !== rowOf("city.count"))]);
    const repaired = planSetUp(damaged.reading, "en", created.edit.names.define);
    expect(repaired.create).toBeUndefined();
    expect(repaired.edit.appendRows.map((row) => row.key)).toEqual(["city.count"]);
    expect(repaired.edit.inputColumns).toEqual([3, 4, 5]);
    expect(repaired.edit.names.define).toEqual([]);
  });

  test("names: a sound one is left alone, a missing, #REF! or fixed-range one is (re)defined", () => {
    const wanted = [
      { name: "GC_BASE", formula: "=GovCloudInputs[[Key]:[Base]]" },
      { name: "GC_BEAR", formula: "=GovCloudInputs[[Key]:[Bear]]" },
      { name: "GC_BULL", formula: "=GovCloudInputs[[Key]:[Bull]]" },
      { name: "GC_TABLE", formula: "=GovCloudInputs[#All]" },
    ];
    const existing = [
      { name: "gc_base", formula: "=GovCloudInputs[[Key]:[Base]]" },
      { name: "GC_BEAR", formula: "=#REF!" },
      { name: "GC_BULL", formula: "='GovCloud Inputs'!$A$2:$F$27" },
    ];
    expect(namesToDefine(existing, wanted).map((n) => n.name)).toEqual(["GC_BEAR", "GC_BULL", "GC_TABLE"]);
  });
});
