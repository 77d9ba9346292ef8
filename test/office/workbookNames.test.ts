import { INPUTS_TABLE_NAME, refersToInputsTable } from "../../src/model/inputsTable";
import { setUpInputs } from "../../src/office/inputsSetup";
import { readInputs } from "../../src/office/inputsTableReader";
import { addScenarioColumn, addVendorRows } from "../../src/office/inputsEdits";
import { FakeExcel } from "./fakeExcel";
import { HUAWEI } from "../fixtures/vendors";

const formulas = (fake: FakeExcel) => [...fake.names.values()].map((item) => [item.name, item.formula]);

describe("workbook names that keep following the table", () => {
  it("reads each new name back and re-adds it where Excel stored a fixed range (office-js#740)", async () => {
    const fake = new FakeExcel();
    fake.namesAddStoresFixedRanges = true;
    const snapshot = await setUpInputs(fake.context, "en");
    expect(fake.pendingWrites).toBe(0);
    expect(snapshot.problems).toEqual([]);
    expect(formulas(fake)).toEqual([
      ["GC_TABLE", `=${INPUTS_TABLE_NAME}[#All]`],
      ["GC_BEAR", `=${INPUTS_TABLE_NAME}[[Key]:[Bear]]`],
      ["GC_BASE", `=${INPUTS_TABLE_NAME}[[Key]:[Base]]`],
      ["GC_BULL", `=${INPUTS_TABLE_NAME}[[Key]:[Bull]]`],
    ]);
    await addScenarioColumn(fake.context, "Stress", "Bear");
    expect(fake.names.get("GC_STRESS")?.formula).toBe(`=${INPUTS_TABLE_NAME}[[Key]:[Stress]]`);
  });

  it("the fake's #740 mode really stores fixed ranges, which the check recognises", () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("GovCloud Inputs");
    sheet.putRows("A1", [["Key"], ["a"]]);
    fake.addTable(sheet, "A1:A2", INPUTS_TABLE_NAME);
    const fixed = fake.fixedRangeOf(`=${INPUTS_TABLE_NAME}[[Key]:[Base]]`);
    expect(fixed).toBe("='GovCloud Inputs'!$A$1:$A$2");
    expect(refersToInputsTable(fixed)).toBe(false);
    expect(refersToInputsTable(`=${INPUTS_TABLE_NAME}[[Key]:[Base]]`)).toBe(true);
    expect(refersToInputsTable(`=${INPUTS_TABLE_NAME}[#REF!]`)).toBe(false);
  });

  it("reports a name that became a fixed range (Convert to Range, #740) and Repair restores it", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    const base = fake.names.get("GC_BASE");
    if (!base) throw new Error("GC_BASE was not defined");
    base.formula = "='GovCloud Inputs'!$A$2:$E$40";
    const damaged = await readInputs(fake.context, "en");
    expect(damaged?.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/GC_BASE refers to fixed cells \(='GovCloud Inputs'!\$A\$2:\$E\$40\).*Repair/),
    ]);
    const zh = await readInputs(fake.context, "zh-CN");
    expect(zh?.problems[0]?.message).toMatch(/GC_BASE引用的是固定单元格/);
    const repaired = await setUpInputs(fake.context, "en");
    expect(repaired.problems).toEqual([]);
    expect(fake.names.get("GC_BASE")?.formula).toBe(`=${INPUTS_TABLE_NAME}[[Key]:[Base]]`);
    expect(fake.pendingWrites).toBe(0);
  });

  it("appends vendor rows inside the table, so every name (a structured reference) covers them", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    const table = fake.requireTable(INPUTS_TABLE_NAME);
    const bottom = table.box.bottom;
    await addVendorRows(fake.context, HUAWEI);
    expect(table.box.bottom).toBeGreaterThan(bottom);
    const keys = table.values.map((row) => String(row[0]));
    expect(keys.filter((key) => key.startsWith("vendor.Huawei.")).length).toBeGreaterThan(1);
    for (const [, formula] of formulas(fake)) expect(refersToInputsTable(String(formula))).toBe(true);
  });

  it("says how to define a name by hand when Excel keeps storing a fixed range", async () => {
    const fake = new FakeExcel();
    await setUpInputs(fake.context, "en");
    fake.namesAddStoresFixedRanges = true;
    // An Excel where the workaround fails too: addFormulaLocal stores the fixed range as well.
    const names = fake.context.workbook.names as unknown as Record<string, unknown>;
    const add = names.add as (name: string, formula: string) => unknown;
    names.addFormulaLocal = add;
    await expect(addScenarioColumn(fake.context, "Stress", "Bear")).rejects.toThrow(
      /GC_STRESS as fixed cells.*Name Manager as GC_STRESS =GovCloudInputs\[\[Key\]:\[Stress\]\]/,
    );
  });
});
