/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { ACTIONS } from "../../src/workbook/operationActions";
import { WorkbookError, toWorkbookError } from "../../src/workbook/workbookErrors";
import { officeError } from "../office/fakeExcel";
import { formReady, renderPane, setUpWorkbook } from "./renderPane";

describe("errors and problems", () => {
  test("a rejected write shows its message in a message bar and the field goes back to the cell", async () => {
    const workbook = await setUpWorkbook();
    jest.mocked(workbook.writeValue).mockRejectedValueOnce(
      new WorkbookError({
        en: "The sheet or workbook is protected, so Excel refused to write the value: unprotect it.",
        zh: "工作表或工作簿受保护,Excel 拒绝写入取值:请撤消保护。",
      }),
    );
    const { user } = renderPane(workbook);
    await formReady();
    const field = screen.getByLabelText("Gov-cloud market growth in 2022");
    await user.clear(field);
    await user.type(field, "30{Enter}");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    expect(alert).toHaveTextContent("Excel refused to write the value: unprotect it.");
    await waitFor(() => expect(field).toHaveValue("20"));

    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("the Chinese pane shows a workbook error in Chinese, and in English after switching", async () => {
    const workbook = await setUpWorkbook("zh-CN");
    // What Excel's applier rejects with when the sheet is protected (workbookErrors.ts).
    const refused = toWorkbookError(
      officeError("AccessDenied", "The cell you're trying to change is protected."),
      ACTIONS.writeValue("market.gov.growth.near"),
    );
    jest.mocked(workbook.writeValue).mockRejectedValueOnce(refused);
    const { user } = renderPane(workbook, "zh-CN");
    const field = await screen.findByLabelText("2022年政务云市场增速");
    await user.clear(field);
    await user.type(field, "30{Enter}");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("出现错误");
    expect(alert).toHaveTextContent(
      "工作表或工作簿受保护,Excel 拒绝将 market.gov.growth.near 写入输入表:请撤消保护",
    );
    expect(alert).not.toHaveTextContent("unprotect it");
    // The notice keeps both texts, so it follows the pane's language.
    await user.selectOptions(screen.getByLabelText("语言"), "en");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The sheet or workbook is protected, so Excel refused to write market.gov.growth.near into the inputs table: unprotect it",
    );
  });

  test("an unexpected rejection gets generic advice", async () => {
    const workbook = await setUpWorkbook();
    jest.mocked(workbook.addScenario).mockRejectedValueOnce(new Error("Network down"));
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("button", { name: "Add scenario…" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText(/Scenario name/), "Stress");
    await user.click(within(dialog).getByRole("button", { name: "Create" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Network down Try again; if it keeps failing, close and reopen the pane.",
    );
  });

  test("a failed read says so and offers to read again", async () => {
    const workbook = await setUpWorkbook();
    jest
      .mocked(workbook.readInputs)
      .mockRejectedValueOnce(
        new WorkbookError({ en: "Excel is editing a cell.", zh: "Excel 正在编辑单元格。" }),
      );
    const { user } = renderPane(workbook);
    expect(await screen.findByRole("alert")).toHaveTextContent("Excel is editing a cell.");
    await user.click(screen.getByRole("button", { name: "Read the workbook again" }));
    await formReady();
  });

  test("lists the table's problems with where they are, and Repair fixes what it can", async () => {
    const workbook = await setUpWorkbook();
    workbook.typeInSheet("market.gov.growth.near", "Bull", "lots");
    jest.mocked(workbook.setUpWorkbook).mockClear();
    const { user } = renderPane(workbook);
    await formReady();
    const list = screen.getByRole("list", { name: "The inputs table needs attention (1)" });
    expect(within(list).getByRole("listitem")).toHaveTextContent(
      /market\.gov\.growth\.near \(Bull\) at 'GovCloud Inputs'!F\d+ holds "lots", not a number/,
    );
    await user.click(screen.getByRole("button", { name: "Repair" }));
    expect(workbook.setUpWorkbook).toHaveBeenCalledWith("en");
    expect(await screen.findByText("Repaired the inputs table.")).toBeInTheDocument();
  });

  test("a rejected onInputsChanged subscription is shown too", async () => {
    const workbook = await setUpWorkbook();
    jest
      .mocked(workbook.onInputsChanged)
      .mockRejectedValueOnce(
        new WorkbookError({ en: "Excel could not watch the table.", zh: "Excel 无法监视表格。" }),
      );
    renderPane(workbook);
    expect(await screen.findByRole("alert")).toHaveTextContent("Excel could not watch the table.");
  });
});
