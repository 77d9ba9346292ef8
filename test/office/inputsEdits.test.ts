import { ASSUMPTIONS } from "../../src/model/assumptions";
import { INPUT_FILL } from "../../src/office/inputsFormatting";
import {
  addScenarioColumn,
  addVendorAssumptionRow,
  addVendorRows,
  deleteScenarioColumn,
  removeVendorRows,
  renameScenarioColumn,
  resetScenarioColumn,
  writeInputValue,
} from "../../src/office/inputsEdits";
import { subscribeToInputs, unsubscribeFromInputs } from "../../src/office/inputsEvents";
import { setUpInputs } from "../../src/office/inputsSetup";
import { readInputs } from "../../src/office/inputsTableReader";
import { FakeExcel } from "./fakeExcel";

const SHEET = "GovCloud Inputs";
const TABLE = "GovCloudInputs";
const ROWS = ASSUMPTIONS.length;
const LAST = ROWS + 1;

/** Sheet row of a catalogue key in a freshly set-up table. */
function rowOf(key: string): number {
  return ASSUMPTIONS.findIndex((a) => a.key === key) + 2;
}

async function setUp(language: "en" | "zh-CN" = "en"): Promise<FakeExcel> {
  const fake = new FakeExcel();
  await setUpInputs(fake.context, language);
  return fake;
}

describe("writeInputValue", () => {
  it("writes the value into the key's row and the scenario's column, and nothing else", async () => {
    const fake = await setUp();
    const before = new Map(fake.sheet(SHEET)?.cells);
    await writeInputValue(fake.context, "market.gov.growth.near", "Bull", 0.31);
    expect(fake.pendingWrites).toBe(0);
    const sheet = fake.sheet(SHEET);
    const row = rowOf("market.gov.growth.near");
    expect(sheet?.value(`F${row}`)).toBe(0.31);
    const changed = [...(sheet?.cells.entries() ?? [])].filter(([key, cell]) => before.get(key) !== cell);
    expect(changed.map(([key]) => key)).toEqual([`${row},6`]);
  });

  it("accepts the scenario's Chinese name and the key in another case", async () => {
    const fake = await setUp("zh-CN");
    await writeInputValue(fake.context, "City.Count", "基准", 900);
    expect(fake.sheet(SHEET)?.value(`E${rowOf("city.count")}`)).toBe(900);
  });

  it("says what to do when the scenario, the row or the number is wrong, and writes nothing", async () => {
    const fake = await setUp();
    const before = new Map(fake.sheet(SHEET)?.cells);
    await expect(writeInputValue(fake.context, "city.count", "Stress", 1)).rejects.toThrow(
      /no scenario "Stress"/,
    );
    await expect(writeInputValue(fake.context, "vendor.Huawei.revenue.2019", "Base", 1)).rejects.toThrow(
      /Add vendor/,
    );
    await expect(writeInputValue(fake.context, "city.count", "Base", Number.NaN)).rejects.toThrow(
      /must be a number/,
    );
    fake.sheet(SHEET)?.put(`A${rowOf("city.bass.q")}`, "city.count");
    await expect(writeInputValue(fake.context, "city.count", "Base", 1)).rejects.toThrow(/twice/);
    fake.sheet(SHEET)?.put(`A${rowOf("city.bass.q")}`, "city.bass.q");
    expect(new Map(fake.sheet(SHEET)?.cells)).toEqual(before);
  });

  it("points a deleted catalogue row at Repair", async () => {
    const fake = await setUp();
    fake.sheet(SHEET)?.put(`A${rowOf("city.bass.p")}`, "");
    await expect(writeInputValue(fake.context, "city.bass.p", "Base", 0.03)).rejects.toThrow(/Repair/);
  });
});

describe("resetScenarioColumn", () => {
  it("puts the article defaults back and keeps values that have no default", async () => {
    const fake = await setUp();
    await addVendorRows(fake.context, {
      name: "Huawei",
      revenue: [
        { year: 2018, value: 50 },
        { year: 2019, value: 80 },
      ],
    });
    const sheet = fake.sheet(SHEET);
    sheet?.put(`E${rowOf("city.count")}`, 5);
    sheet?.put(`E${rowOf("city.bass.q")}`, "=0.2+0.1", 0.3);
    const reset = await resetScenarioColumn(fake.context, "Base", "base");
    expect(fake.pendingWrites).toBe(0);
    expect(reset).toBe(ROWS);
    expect(sheet?.value(`E${rowOf("city.count")}`)).toBe(1000);
    expect(sheet?.formula(`E${rowOf("city.bass.q")}`)).toBe(0.38);
    expect(sheet?.value(`E${LAST + 1}`)).toBe(50);
    expect(sheet?.value(`E${LAST + 2}`)).toBe(80);
  });

  it("resets a custom scenario to the defaults of the built-in scenario chosen", async () => {
    const fake = await setUp();
    await addScenarioColumn(fake.context, "Stress", "Base");
    await resetScenarioColumn(fake.context, "stress", "bull");
    const row = rowOf("market.gov.growth.near");
    expect(fake.sheet(SHEET)?.value(`G${row}`)).toBe(0.28);
  });
});

describe("custom scenarios", () => {
  it("adds a column after Bull with a copy of the source's values and formats, and its name", async () => {
    const fake = await setUp();
    const row = rowOf("market.gov.growth.near");
    fake.sheet(SHEET)?.put(`F${row}`, 0.3);
    await addScenarioColumn(fake.context, "High growth", "bull");
    expect(fake.pendingWrites).toBe(0);
    const table = fake.findTable(TABLE);
    expect(table?.header).toEqual([
      "Key",
      "Assumption",
      "Unit",
      "Bear",
      "Base",
      "Bull",
      "High growth",
      "Kind",
      "Source",
    ]);
    const sheet = fake.sheet(SHEET);
    expect(sheet?.value(`G${row}`)).toBe(0.3);
    expect(sheet?.numberFormat(`G${row}`)).toBe("0.00%");
    expect(sheet?.value(`H${row}`)).toBe("assumption");
    expect(fake.rangesAt(SHEET, `G2:G${LAST}`)[0]?.format.fill.color).toBe(INPUT_FILL);
    expect(fake.names.get("GC_HIGH_GROWTH")?.formula).toBe("=GovCloudInputs[[Key]:[High growth]]");
    const snapshot = await readInputs(fake.context);
    expect(snapshot?.scenarios).toEqual(["Bear", "Base", "Bull", "High growth"]);
    expect(snapshot?.problems).toEqual([]);
  });

  it("renames the column and moves the name along", async () => {
    const fake = await setUp();
    await addScenarioColumn(fake.context, "Stress", "Base");
    await renameScenarioColumn(fake.context, "Stress", "Policy push");
    expect(fake.pendingWrites).toBe(0);
    expect(fake.findTable(TABLE)?.header[6]).toBe("Policy push");
    expect(fake.names.has("GC_STRESS")).toBe(false);
    expect(fake.names.get("GC_POLICY_PUSH")?.formula).toBe("=GovCloudInputs[[Key]:[Policy push]]");
    await renameScenarioColumn(fake.context, "policy push", "Policy Push");
    expect(fake.findTable(TABLE)?.header[6]).toBe("Policy Push");
    expect(fake.names.get("GC_POLICY_PUSH")?.formula).toBe("=GovCloudInputs[[Key]:[Policy Push]]");
    expect([...fake.names.keys()].sort()).toEqual([
      "GC_BASE",
      "GC_BEAR",
      "GC_BULL",
      "GC_POLICY_PUSH",
      "GC_TABLE",
    ]);
  });

  it("deletes the column and its name, leaving the rest of the table as it was", async () => {
    const fake = await setUp();
    const before = fake.findTable(TABLE)?.values;
    await addScenarioColumn(fake.context, "Stress", "Base");
    await deleteScenarioColumn(fake.context, "Stress");
    expect(fake.pendingWrites).toBe(0);
    expect(fake.findTable(TABLE)?.values).toEqual(before);
    expect(fake.names.has("GC_STRESS")).toBe(false);
  });

  it("keeps the built-in scenarios and refuses clashing names", async () => {
    const fake = await setUp();
    await expect(renameScenarioColumn(fake.context, "Base", "Middle")).rejects.toThrow(/built-in/);
    await expect(deleteScenarioColumn(fake.context, "Bear")).rejects.toThrow(/built-in/);
    await expect(addScenarioColumn(fake.context, "基准", "Base")).rejects.toThrow(/built-in/);
    await addScenarioColumn(fake.context, "Stress", "Base");
    await expect(addScenarioColumn(fake.context, "stress", "Base")).rejects.toThrow(/already/);
    await expect(addScenarioColumn(fake.context, "Other", "Nope")).rejects.toThrow(/no scenario "Nope"/);
    expect(fake.findTable(TABLE)?.header).toHaveLength(9);
  });
});

describe("addVendorRows", () => {
  it("appends the vendor's rows with the same value in every scenario, labelled and formatted", async () => {
    const fake = await setUp();
    await addScenarioColumn(fake.context, "Stress", "Base");
    await addVendorRows(fake.context, {
      name: "Huawei",
      revenue: [
        { year: 2019, value: 80 },
        { year: 2018, value: 50 },
      ],
      terminalGrowth: 0.1,
      halfLife: 2,
    });
    expect(fake.pendingWrites).toBe(0);
    const values = fake.findTable(TABLE)?.values ?? [];
    expect(values.slice(LAST).map((row) => row.slice(0, 7))).toEqual([
      ["vendor.Huawei.revenue.2018", "Huawei cloud revenue 2018", "亿 CNY", 50, 50, 50, 50],
      ["vendor.Huawei.revenue.2019", "Huawei cloud revenue 2019", "亿 CNY", 80, 80, 80, 80],
      [
        "vendor.Huawei.revenue.terminalGrowth",
        "Huawei cloud revenue: long-run growth",
        "fraction",
        0.1,
        0.1,
        0.1,
        0.1,
      ],
      ["vendor.Huawei.fade.halfLife", "Huawei: half-life of growth fade", "years", 2, 2, 2, 2],
    ]);
    expect(values[LAST]?.[7]).toBe("set by the user");
    expect(fake.sheet(SHEET)?.numberFormat(`G${LAST + 3}`)).toBe("0.00%");
    expect(fake.rangesAt(SHEET, `D${LAST + 1}:D${LAST + 4}`)[0]?.format.fill.color).toBe(INPUT_FILL);
    const snapshot = await readInputs(fake.context);
    expect(snapshot?.problems).toEqual([]);
  });

  it("checks the definition before touching Excel, and refuses a vendor already there", async () => {
    const fake = await setUp();
    const syncs = fake.syncs;
    const revenue = [
      { year: 2018, value: 50 },
      { year: 2019, value: 80 },
    ] as const;
    await expect(
      addVendorRows(fake.context, { name: "Huawei Cloud", revenue: [...revenue] }),
    ).rejects.toThrow(/one word/);
    await expect(addVendorRows(fake.context, { name: "tencent", revenue: [...revenue] })).rejects.toThrow(
      /built in/,
    );
    await expect(
      addVendorRows(fake.context, { name: "Huawei", revenue: [revenue[0], { year: 2018, value: 60 }] }),
    ).rejects.toThrow(/different years/);
    await expect(
      addVendorRows(fake.context, { name: "Huawei", revenue: [...revenue], halfLife: 0 }),
    ).rejects.toThrow(/between/);
    expect(fake.syncs).toBe(syncs);
    await addVendorRows(fake.context, { name: "Huawei", revenue: [...revenue] });
    await expect(addVendorRows(fake.context, { name: "HUAWEI", revenue: [...revenue] })).rejects.toThrow(
      /already has rows/,
    );
    expect(fake.findTable(TABLE)?.box.bottom).toBe(LAST + 2);
  });
});

describe("removeVendorRows", () => {
  const revenue = [
    { year: 2018, value: 50 },
    { year: 2019, value: 80 },
  ] as const;

  it("deletes only that vendor's rows, in every column, and keeps the names and the rows after them", async () => {
    const fake = await setUp();
    await addScenarioColumn(fake.context, "Stress", "Base");
    await addVendorRows(fake.context, { name: "Huawei", revenue: [...revenue], halfLife: 2 });
    await addVendorRows(fake.context, { name: "Alibaba", revenue: [...revenue] });
    const names = new Map(fake.names);

    // Any spelling of the name, as the reader compares vendor names case-insensitively.
    await expect(removeVendorRows(fake.context, "HUAWEI")).resolves.toBe(3);
    expect(fake.pendingWrites).toBe(0);
    const values = fake.findTable(TABLE)?.values ?? [];
    expect(values.length).toBe(LAST + 2);
    expect(values.slice(LAST).map((row) => row.slice(0, 4))).toEqual([
      ["vendor.Alibaba.revenue.2018", "Alibaba cloud revenue 2018", "亿 CNY", 50],
      ["vendor.Alibaba.revenue.2019", "Alibaba cloud revenue 2019", "亿 CNY", 80],
    ]);
    // Nothing left below the table, and the catalogue rows are untouched.
    expect(fake.sheet(SHEET)?.value(`A${LAST + 3}`) ?? "").toBe("");
    expect(values.slice(1, LAST).map((row) => row[0])).toEqual(ASSUMPTIONS.map((a) => a.key));
    // The names point at table columns, so deleting rows leaves them as they were.
    expect(fake.names).toEqual(names);
    const snapshot = await readInputs(fake.context);
    expect(snapshot?.problems).toEqual([]);
  });

  it("refuses the built-in vendor and a vendor with no rows, changing nothing", async () => {
    const fake = await setUp();
    const syncs = fake.syncs;
    await expect(removeVendorRows(fake.context, "Tencent")).rejects.toThrow(/built in/);
    await expect(removeVendorRows(fake.context, "Huawei")).rejects.toThrow(/no rows for the vendor Huawei/);
    expect(fake.findTable(TABLE)?.box.bottom).toBe(LAST);
    // Only the loads ran.
    expect(fake.pendingWrites).toBe(0);
    expect(fake.syncs - syncs).toBeLessThanOrEqual(4);
  });
});

describe("inputs change events", () => {
  it("calls the listener for changes to the table until unsubscribed", async () => {
    const fake = await setUp();
    const listener = jest.fn();
    const subscription = await subscribeToInputs(fake.context, listener);
    expect(fake.pendingWrites).toBe(0);
    await fake.fireTableChanged(TABLE, { address: "E5" });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ address: "E5" }));
    await unsubscribeFromInputs(subscription.context as Excel.RequestContext, subscription);
    await fake.fireTableChanged(TABLE);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("asks for set-up when there is no table to watch", async () => {
    await expect(subscribeToInputs(new FakeExcel().context, jest.fn())).rejects.toThrow(/Set up workbook/);
  });
});

describe("addVendorAssumptionRow", () => {
  const revenue = [
    { year: 2018, value: 50 },
    { year: 2019, value: 80 },
  ] as const;

  it("adds a followed fade setting as a row inside the table, its value per scenario column", async () => {
    const fake = await setUp();
    await addScenarioColumn(fake.context, "Stress", "Base");
    await addVendorRows(fake.context, { name: "Huawei", revenue: [...revenue] });
    const bottom = fake.findTable(TABLE)?.box.bottom ?? 0;
    const values = new Map([
      ["Bear", 1.5],
      ["Base", 3],
      ["Bull", 2.5],
    ]);
    await expect(addVendorAssumptionRow(fake.context, "vendor.Huawei.fade.halfLife", values)).rejects.toThrow(
      /No value for vendor.Huawei.fade.halfLife in Stress/,
    );
    expect(fake.findTable(TABLE)?.box.bottom).toBe(bottom);
    values.set("Stress", 2);
    await addVendorAssumptionRow(fake.context, "vendor.huawei.FADE.halflife", values);
    expect(fake.pendingWrites).toBe(0);
    // Inside the table (its last row): every GC_* name, a structured reference to the table, covers it.
    expect(fake.findTable(TABLE)?.box.bottom).toBe(bottom + 1);
    const table = fake.findTable(TABLE)?.values ?? [];
    expect(table[table.length - 1]?.slice(0, 7)).toEqual([
      "vendor.Huawei.fade.halfLife",
      "Huawei: half-life of growth fade",
      "years",
      1.5,
      3,
      2.5,
      2,
    ]);
    const snapshot = await readInputs(fake.context);
    expect(snapshot?.problems).toEqual([]);
    expect(snapshot?.rows.find((row) => row.key === "vendor.Huawei.fade.halfLife")?.values.Base).toBe(3);
  });

  it("refuses, before touching Excel, a row that is there, the built-in vendor, an unknown vendor or a bad value", async () => {
    const fake = await setUp();
    await addVendorRows(fake.context, { name: "Huawei", revenue: [...revenue], halfLife: 2 });
    const syncs = fake.syncs;
    const bottom = fake.findTable(TABLE)?.box.bottom;
    const base = (value: number) =>
      new Map([
        ["Bear", value],
        ["Base", value],
        ["Bull", value],
      ]);
    await expect(
      addVendorAssumptionRow(fake.context, "vendor.Huawei.fade.halfLife", base(3)),
    ).rejects.toThrow(/has a row for vendor.Huawei.fade.halfLife already/);
    await expect(
      addVendorAssumptionRow(fake.context, "vendor.Tencent.revenue.terminalGrowth", base(0.1)),
    ).rejects.toThrow(/built in/);
    await expect(
      addVendorAssumptionRow(fake.context, "vendor.Alibaba.revenue.terminalGrowth", base(0.1)),
    ).rejects.toThrow(/no rows for the vendor Alibaba/);
    await expect(addVendorAssumptionRow(fake.context, "vendor.Huawei.revenue.2020", base(1))).rejects.toThrow(
      /not a vendor's growth setting/,
    );
    await expect(
      addVendorAssumptionRow(fake.context, "vendor.Huawei.revenue.terminalGrowth", base(9)),
    ).rejects.toThrow(/between/);
    // Only the reads of the table: nothing was written.
    expect(fake.findTable(TABLE)?.box.bottom).toBe(bottom);
    expect(fake.pendingWrites).toBe(0);
    expect(fake.syncs).toBeGreaterThanOrEqual(syncs);
  });
});
