/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { createMemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { AUTO_SHOW_SETTING } from "../../src/workbook/documentSettings";
import { formReady, renderPane } from "./renderPane";

describe("Check this Excel (Sheets tab)", () => {
  test("runs in the preview against the in-memory workbook, says so, and copies a plain-text report", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Sheets" }));
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });

    await user.click(await screen.findByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByRole("note")).toHaveTextContent(
      "Browser preview: checked against the in-memory workbook",
    );
    const list = screen.getByRole("list", { name: "Check this Excel" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(6);
    // The engine's MARKET(2021) is CAICT's 813 (baseline caict.govCloud.2021); Excel's checks cannot run here.
    expect(items[1]).toHaveTextContent(/Pass · GOVCLOUD\.MARKET\(2021\) = 813/);
    expect(items[0]).toHaveTextContent(/Not supported · Requirement sets.*no Excel/);

    await user.click(screen.getByRole("button", { name: "Copy report" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toMatch(/^GovCloud Forecast self-check\n/);
    expect(text).toMatch(/Ran in the browser preview against the in-memory workbook, not in Excel\./);
    expect(text).toMatch(/\[PASS\] customFunction: MARKET\(2021\) computes 813/);
    expect(await screen.findByText(/The report is on the clipboard/)).toBeInTheDocument();
  });

  test("shows the report to copy by hand when the clipboard is denied", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("zh-CN");
    const { user } = renderPane(workbook, "zh-CN");
    await user.click(await screen.findByRole("tab", { name: "工作表" }));
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async () => Promise.reject(new Error("denied")) },
      configurable: true,
    });
    await user.click(await screen.findByRole("button", { name: "检查此 Excel" }));
    await user.click(await screen.findByRole("button", { name: "复制报告" }));
    const text = (await screen.findByRole("textbox", { name: "自检报告" })) as HTMLTextAreaElement;
    expect(text.value).toMatch(/\[PASS\] customFunction: MARKET\(2021\) computes 813/);
    expect(screen.getByText("请复制下面的报告并粘贴到您的支持请求中。")).toBeInTheDocument();
  });

  test("the open-with-workbook switch shows the document setting and turns it off", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    const { user } = renderPane(workbook, "en", workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Sheets" }));
    const toggle = await screen.findByRole("switch", { name: "Open this pane when the workbook opens" });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(workbook.view().settings[AUTO_SHOW_SETTING]).toBe(false));
    expect(toggle).not.toBeChecked();
  });
});
