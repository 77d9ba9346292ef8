import { createExcelWorkbook } from "../../src/office/excelWorkbook";
import { loadAddinWithDocument } from "../../src/office/startup";
import { WorkbookError, toWorkbookError } from "../../src/workbook/workbookErrors";
import { ModelError } from "../../src/model/errors";
import { BilingualError, errorMessage } from "../../src/model/language";
import { ACTIONS } from "../../src/workbook/operationActions";
import { FakeExcel, officeError } from "./fakeExcel";

/** Excel.run over the fake: the batch gets the fake's context; `run(context, batch)` too. */
function installExcel(fake: FakeExcel): jest.Mock {
  const run = jest.fn(async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    return batch(fake.context);
  });
  Object.defineProperty(globalThis, "Excel", { value: { run }, configurable: true, writable: true });
  return run;
}

function installOffice(office: unknown): void {
  Object.defineProperty(globalThis, "Office", { value: office, configurable: true, writable: true });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

describe("createExcelWorkbook", () => {
  it("runs each operation in Excel.run and sets the add-in to load with the document on set-up", async () => {
    const fake = new FakeExcel();
    const run = installExcel(fake);
    const setStartupBehavior = jest.fn(async () => undefined);
    installOffice({ addin: { setStartupBehavior }, StartupBehavior: { load: "Load", none: "None" } });
    const workbook = createExcelWorkbook();
    expect(await workbook.readInputs()).toBeUndefined();
    const snapshot = await workbook.setUpWorkbook("en");
    expect(snapshot.problems).toEqual([]);
    expect(setStartupBehavior).toHaveBeenCalledWith("Load");
    await workbook.writeValue("city.count", "Base", 900);
    expect((await workbook.readInputs())?.rows.find((r) => r.key === "city.count")?.values.Base).toBe(900);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it("unsubscribes from table changes in the context the handler was added in", async () => {
    const fake = new FakeExcel();
    const run = installExcel(fake);
    installOffice(undefined);
    const workbook = createExcelWorkbook();
    await workbook.setUpWorkbook("en");
    const listener = jest.fn();
    const unsubscribe = await workbook.onInputsChanged(listener);
    await fake.fireTableChanged("GovCloudInputs");
    await unsubscribe();
    await fake.fireTableChanged("GovCloudInputs");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[run.mock.calls.length - 1]?.[0]).toBe(fake.context);
  });

  it("keeps hearing edits after the inputs table is deleted and set up again", async () => {
    const fake = new FakeExcel();
    installExcel(fake);
    installOffice(undefined);
    const workbook = createExcelWorkbook();
    await workbook.setUpWorkbook("en");
    const listener = jest.fn();
    await workbook.onInputsChanged(listener);
    const old = fake.requireTable("GovCloudInputs");
    // The user deletes the table (its cells stay on the sheet) and the pane sets the workbook up again.
    fake.tables.splice(fake.tables.indexOf(old), 1);
    await workbook.setUpWorkbook("en");
    const now = fake.requireTable("GovCloudInputs");
    expect(now).not.toBe(old);
    await fake.fireTableChanged("GovCloudInputs", { address: "F9" });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(now.changeHandlers).toHaveLength(1);
  });

  it("drops the change event of the pane's own write, which it reads back anyway, and hears the user's", async () => {
    const fake = new FakeExcel();
    installExcel(fake);
    installOffice(undefined);
    const workbook = createExcelWorkbook();
    await workbook.setUpWorkbook("en");
    const listener = jest.fn();
    await workbook.onInputsChanged(listener);
    await workbook.writeValue("city.count", "Base", 900);
    const table = fake.requireTable("GovCloudInputs");
    const row = table.values.findIndex((cells) => cells[0] === "city.count") + table.box.top;
    // Excel reports the written cell's address on the sheet (TableChangedEventArgs.address).
    await fake.fireTableChanged("GovCloudInputs", { address: `E${row}` });
    expect(listener).not.toHaveBeenCalled();
    // The same cell typed by the user afterwards is heard: an echo is consumed once.
    await fake.fireTableChanged("GovCloudInputs", { address: `E${row}` });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("lets the user turn off opening the pane with the workbook, keeping the functions loading", async () => {
    const fake = new FakeExcel();
    installExcel(fake);
    const setStartupBehavior = jest.fn(async () => undefined);
    installOffice({ addin: { setStartupBehavior }, StartupBehavior: { load: "Load", none: "None" } });
    const workbook = createExcelWorkbook();
    await workbook.setUpWorkbook("en");
    expect(await workbook.readOpenWithWorkbook?.()).toBe(true);
    await workbook.setOpenWithWorkbook?.(false);
    expect(fake.settings.get("Office.AutoShowTaskpaneWithDocument")).toBe(false);
    expect(await workbook.readOpenWithWorkbook?.()).toBe(false);
    expect(setStartupBehavior).toHaveBeenCalledTimes(1);
    expect(setStartupBehavior).toHaveBeenCalledWith("Load");
    expect(fake.pendingWrites).toBe(0);
  });

  it("rejects with what to do next when Excel refuses", async () => {
    const fake = new FakeExcel();
    installExcel(fake);
    installOffice(undefined);
    const workbook = createExcelWorkbook();
    await workbook.setUpWorkbook("en");
    fake.context.workbook.tables.getItemOrNullObject = () => {
      throw officeError("AccessDenied", "The cell or chart you're trying to change is protected.");
    };
    await expect(workbook.writeValue("city.count", "Base", 1)).rejects.toThrow(
      /protected, so Excel refused to write city\.count into the inputs table: unprotect it/,
    );
    await expect(workbook.writeValue("city.count", "Base", 1)).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe("toWorkbookError", () => {
  it("passes the add-in's own errors through and explains Office and engine errors", () => {
    const own = new WorkbookError({ en: "Press Repair.", zh: "请点击“修复”。" });
    expect(toWorkbookError(own, { en: "x", zh: "x" })).toBe(own);
    const writeValue = { en: "write the value", zh: "写入取值" };
    const editing = toWorkbookError(officeError("InvalidOperationInCellEditMode", ""), writeValue);
    expect(editing.message).toBe(
      "Excel is editing a cell, so it could not write the value: press Enter or Esc to finish editing, then try again.",
    );
    expect(errorMessage(editing, "zh-CN")).toBe(
      "Excel 正在编辑单元格,无法写入取值:请按 Enter 或 Esc 结束编辑后重试。",
    );
    const generic = toWorkbookError(officeError("GeneralException", "Boom."), ACTIONS.insertForecast);
    expect(generic.message).toMatch(
      /^Excel could not insert the forecast sheet \(GeneralException\)\. Excel said: Boom\./,
    );
    expect((generic as Error & { cause?: unknown }).cause).toBeInstanceOf(Error);
    expect(errorMessage(generic, "zh-CN")).toMatch(
      /^Excel 无法插入预测工作表\(GeneralException\)。 Excel 的说明:Boom\. 请重试/,
    );
    const model = toWorkbookError(
      new ModelError("outOfRange", { en: "city.count is 0.", zh: "city.count 为 0。" }),
      ACTIONS.insertForecast,
    );
    expect(model.message).toBe(
      "Could not insert the forecast sheet: city.count is 0. Correct it in the GovCloud Inputs table, then try again.",
    );
    // The engine's message comes in both languages; the Chinese frame holds its Chinese.
    expect(errorMessage(model, "zh-CN")).toBe(
      "无法插入预测工作表:city.count 为 0。 请在 GovCloud Inputs 表中更正后重试。",
    );
    // An error that carries both languages keeps both when it is wrapped.
    const both = toWorkbookError(
      new BilingualError({ en: "Bad name.", zh: "名称无效。" }),
      ACTIONS.addScenario("X"),
    );
    expect(both.message).toBe('Could not add the scenario "X": Bad name.');
    expect(errorMessage(both, "zh-CN")).toBe("无法添加情景“X”:名称无效。");
  });
});

describe("loadAddinWithDocument", () => {
  it("sets the startup behaviour where Office.addin exists and skips hosts without it", async () => {
    const setStartupBehavior = jest.fn(async () => undefined);
    const load = "Load" as Office.StartupBehavior;
    expect(await loadAddinWithDocument({ addin: { setStartupBehavior }, StartupBehavior: { load } })).toBe(
      true,
    );
    expect(setStartupBehavior).toHaveBeenCalledWith("Load");
    expect(await loadAddinWithDocument({})).toBe(false);
    expect(await loadAddinWithDocument(undefined)).toBe(false);
  });
});
