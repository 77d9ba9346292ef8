import { createExcelWorkbook } from "../../src/office/excelWorkbook";
import { BilingualError } from "../../src/model/language";
import { BUILT_IN_VENDOR } from "../../src/model/vendorKeys";
import { createMemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { installExcel, uninstallExcel, workbookOn, type Path } from "./bothWorkbooks";
import { WorkbookError } from "../../src/workbook/workbookErrors";
import type { VendorDefinition, WorkbookOperations } from "../../src/workbook/workbookOperations";
import { FORMULAS_SHEET } from "../../src/workbook/functionFormulas";
import { FakeExcel, simulateExcelApi } from "../office/fakeExcel";

/**
 * The preview claims to show what the add-in would do in Excel, so the same bad input must be
 * refused the same way by both: Excel's operations over the test fake, and the preview's in-memory
 * workbook. Each case runs on a fresh workbook of each kind and compares the two rejections — the
 * English and the Chinese text — and that both are WorkbookErrors with a Chinese text of their own.
 */

afterEach(uninstallExcel);

interface Rejection {
  readonly en: string;
  readonly zh: string;
  readonly isWorkbookError: boolean;
}

async function rejectionOf(path: Path, setUp: boolean, act: (w: WorkbookOperations) => Promise<unknown>) {
  const { workbook } = await workbookOn(path, setUp);
  try {
    await act(workbook);
  } catch (error) {
    return {
      en: error instanceof Error ? error.message : String(error),
      zh: error instanceof BilingualError ? error.text.zh : "",
      isWorkbookError: error instanceof WorkbookError,
    } satisfies Rejection;
  }
  throw new Error(`${path}: the operation was not refused`);
}

const vendor = (name: string, years: readonly [number, number] = [2018, 2019]): VendorDefinition => ({
  name,
  revenue: [
    { year: years[0], value: 10 },
    { year: years[1], value: 12 },
  ],
});

const HAN = /\p{Script=Han}/u;

const cases: readonly {
  readonly what: string;
  readonly setUp?: boolean;
  readonly act: (workbook: WorkbookOperations) => Promise<unknown>;
  /** A part of the English message, so the case fails if it is refused for another reason. */
  readonly says: RegExp;
}[] = [
  {
    what: "a vendor whose name is taken (in another case)",
    act: async (w) => {
      await w.addVendor(vendor("Huawei"));
      await w.addVendor(vendor("huawei"));
    },
    says: /already has rows for huawei/,
  },
  { what: "a vendor name with a space", act: (w) => w.addVendor(vendor("Hua wei")), says: /one word/ },
  {
    what: "a vendor named like the built-in one",
    act: (w) => w.addVendor(vendor(BUILT_IN_VENDOR.toLowerCase())),
    says: /built in/,
  },
  {
    what: "a vendor observed twice in one year",
    act: (w) => w.addVendor(vendor("Huawei", [2019, 2019])),
    says: /both 2019/,
  },
  {
    what: "removing the built-in vendor",
    act: (w) => w.removeVendor(BUILT_IN_VENDOR),
    says: /cannot be removed/,
  },
  {
    what: "removing a vendor the table does not have",
    act: (w) => w.removeVendor("Nobody"),
    says: /no rows for the vendor/,
  },
  {
    what: "a scenario name that is taken",
    act: (w) => w.addScenario("base", "Base"),
    says: /built-in scenario's name/,
  },
  {
    what: "a scenario name taken by a custom scenario",
    act: async (w) => {
      await w.addScenario("Stress", "Base");
      await w.addScenario("STRESS", "Base");
    },
    says: /already a scenario/,
  },
  { what: "an empty scenario name", act: (w) => w.addScenario("  ", "Base"), says: /needs a name/ },
  {
    what: "a scenario copied from one that does not exist",
    act: (w) => w.addScenario("Stress", "Nope"),
    says: /no scenario "Nope"/,
  },
  {
    what: "renaming a built-in scenario",
    act: (w) => w.renameScenario("Bull", "Up"),
    says: /cannot be renamed/,
  },
  { what: "deleting a built-in scenario", act: (w) => w.deleteScenario("Bear"), says: /cannot be deleted/ },
  {
    what: "writing a value that is not a number",
    act: (w) => w.writeValue("city.count", "Base", Number.NaN),
    says: /must be a number/,
  },
  {
    what: "writing to a key the table does not have",
    act: (w) => w.writeValue("vendor.Nobody.revenue.2019", "Base", 1),
    says: /no row for/,
  },
  {
    what: "adding a scenario when the table is missing",
    setUp: false,
    act: (w) => w.addScenario("Stress", "Base"),
    says: /no GovCloudInputs table/,
  },
  {
    what: "writing a value when the table is missing",
    setUp: false,
    act: (w) => w.writeValue("city.count", "Base", 1),
    says: /no GovCloudInputs table/,
  },
  {
    what: "a Forecast sheet that starts before the model's first year",
    act: (w) => w.insertForecastSheet({ from: 2010, to: 2025, language: "en" }),
    says: /The first year 2010 is outside 2018–2040\. Choose years from 2018 to 2040\./,
  },
  {
    what: "a Forecast sheet whose first year comes after its last",
    act: (w) => w.insertForecastSheet({ from: 2030, to: 2025, language: "en" }),
    says: /first year \(2030\) comes after the last \(2025\)/,
  },
];

describe("the preview and Excel refuse the same bad input with the same message", () => {
  test.each(cases)("$what", async ({ setUp = true, act, says }) => {
    const excel = await rejectionOf("excel", setUp, act);
    const preview = await rejectionOf("preview", setUp, act);
    expect(preview).toEqual(excel);
    expect(excel.en).toMatch(says);
    expect(excel.isWorkbookError).toBe(true);
    expect(excel.zh).toMatch(HAN);
    // Chinese throughout: no English sentence (three words in a row) left inside the Chinese text.
    expect(excel.zh).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/i);
  });

  test("a scenario name starting with = is taken as text by both, never as a formula", async () => {
    for (const path of ["excel", "preview"] as const) {
      const { workbook } = await workbookOn(path, true);
      await workbook.addScenario("=1+1", "Base");
      const snapshot = await workbook.readInputs();
      expect({ path, scenarios: snapshot?.scenarios }).toEqual({
        path,
        scenarios: ["Bear", "Base", "Bull", "=1+1"],
      });
    }
  });

  test("restoring into a sheet that is gone changes nothing and names the sheet, in both", async () => {
    // Excel: a GOVCLOUD formula converted on "Model", then the sheet renamed.
    const fake = new FakeExcel();
    installExcel(fake);
    const restoreApi = simulateExcelApi("1.12"); // converting needs ExcelApi 1.12 (sharing.ts)
    const model = fake.addSheet("Model");
    model.put("A1", "=GOVCLOUD.MARKET(2021)", 813);
    const excel = createExcelWorkbook();
    expect(await excel.convertFormulasToValues()).toBe(1);
    model.name = "Renamed";
    const excelError = await excel.restoreFormulas().catch((error: unknown) => error);
    restoreApi();
    // The preview: the same kept formula, on a formulas sheet laid out as Excel's (title in row 1,
    // header in row 2, entries from row 3), and no sheet "Model" to put it back on.
    const preview = createMemoryWorkbook({
      sheets: [
        {
          name: FORMULAS_SHEET,
          cells: [
            { address: "A1", value: "GOVCLOUD formulas replaced by their values for sharing." },
            ...["Sheet", "Cell", "Formula", "Spilled range"].map((value, i) => ({
              address: `${"ABCD"[i]}2`,
              value,
            })),
            ...["Model", "A1", "=GOVCLOUD.MARKET(2021)"].map((value, i) => ({
              address: `${"ABC"[i]}3`,
              value,
            })),
          ],
        },
      ],
    });
    const previewError = await preview.restoreFormulas().catch((error: unknown) => error);
    for (const error of [excelError, previewError]) {
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).message).toMatch(
        /^The sheet "Model" that held GOVCLOUD formulas is gone/,
      );
    }
    expect((previewError as WorkbookError).text).toEqual((excelError as WorkbookError).text);
    expect(preview.view().sheets.map((sheet) => sheet.name)).toContain(FORMULAS_SHEET); // nothing changed
  });

  test("restoring when nothing was converted restores nothing in both", async () => {
    for (const path of ["excel", "preview"] as const) {
      expect(await (await workbookOn(path, true)).workbook.restoreFormulas()).toBe(0);
    }
  });
});
