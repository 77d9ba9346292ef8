/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { formReady, renderPane, setUpWorkbook } from "./renderPane";

/**
 * Waits until a closed dialog has left the document. Fluent animates a dialog out; until it is gone
 * the next modal dialog may open under aria-hidden content, or a query may find the closing one.
 * The wait is for that event, however long a loaded machine takes to get there.
 */
async function dialogGone(dialog: HTMLElement): Promise<void> {
  await waitFor(() => expect(dialog).not.toBeInTheDocument(), { timeout: 15_000 });
}

describe("scenario management", () => {
  test("adds, renames and deletes a custom scenario", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();

    await user.click(screen.getByRole("button", { name: "Add scenario…" }));
    const add = await screen.findByRole("dialog", { name: "Add a scenario" });
    await user.type(within(add).getByLabelText(/Scenario name/), "Stress");
    await user.click(within(add).getByRole("button", { name: "Create" }));
    await waitFor(() => expect(workbook.addScenario).toHaveBeenCalledWith("Stress", "Base"));
    expect(await screen.findByRole("tab", { name: "Stress", selected: true })).toBeInTheDocument();
    // Each dialog animates out before it leaves the document; while it is there the next modal
    // dialog can open under aria-hidden content and its buttons cannot be found. Wait for it to go.
    await dialogGone(add);

    await user.click(screen.getByRole("button", { name: "Rename “Stress”…" }));
    const rename = await screen.findByRole("dialog", { name: "Rename “Stress”" });
    const name = within(rename).getByLabelText(/Scenario name/);
    await user.clear(name);
    await user.type(name, "Downside");
    await user.click(within(rename).getByRole("button", { name: "Rename" }));
    await waitFor(() => expect(workbook.renameScenario).toHaveBeenCalledWith("Stress", "Downside"));
    expect(await screen.findByRole("tab", { name: "Downside", selected: true })).toBeInTheDocument();
    await dialogGone(rename);

    await user.click(screen.getByRole("button", { name: "Delete “Downside”…" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Delete “Downside”?" });
    await user.click(within(confirm).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(workbook.deleteScenario).toHaveBeenCalledWith("Downside"));
    expect(await screen.findByRole("tab", { name: "Base", selected: true })).toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "Downside" })).not.toBeInTheDocument();
  });

  test("duplicates the selected scenario and refuses a name that is taken", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Bull" }));
    await user.click(screen.getByRole("button", { name: "Duplicate “Bull”…" }));
    const dialog = await screen.findByRole("dialog", { name: "Duplicate “Bull”" });
    const name = within(dialog).getByLabelText(/Scenario name/);
    await user.type(name, "base");
    expect(within(dialog).getByText("There is already a scenario called “base”.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(workbook.addScenario).not.toHaveBeenCalled();
    await user.clear(name);
    await user.type(name, "Bull copy");
    await user.click(within(dialog).getByRole("button", { name: "Create" }));
    await waitFor(() => expect(workbook.addScenario).toHaveBeenCalledWith("Bull copy", "Bull"));
  });

  test("names the scenario whose workbook name a new name would take, in English and Chinese", async () => {
    const workbook = await setUpWorkbook();
    await workbook.addScenario("High growth", "Base");
    const { user, unmount } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("button", { name: "Add scenario…" }));
    const add = await screen.findByRole("dialog", { name: "Add a scenario" });
    await user.type(within(add).getByLabelText(/Scenario name/), "High-growth");
    expect(
      within(add).getByText(
        "“High-growth” would get the workbook name GC_HIGH_GROWTH, which “High growth” already has (case, spaces and signs do not count): change or add a letter or digit.",
      ),
    ).toBeInTheDocument();
    await user.click(within(add).getByRole("button", { name: "Create" }));
    expect(workbook.addScenario).toHaveBeenCalledTimes(1); // only the set-up call above
    unmount();

    const zh = renderPane(workbook, "zh-CN");
    await screen.findByRole("tab", { name: "基准", selected: true });
    await zh.user.click(screen.getByRole("button", { name: "添加情景…" }));
    const addZh = await screen.findByRole("dialog", { name: "添加情景" });
    await zh.user.type(within(addZh).getByLabelText(/情景名称/), "high_growth");
    expect(
      within(addZh).getByText(
        "“high_growth”在工作簿中的名称将是 GC_HIGH_GROWTH,与情景“High growth”相同(名称不区分大小写,空格和符号都记作 _):请修改或增加字母或数字。",
      ),
    ).toBeInTheDocument();
  });

  test("built-in scenarios can be reset, after confirmation, but not renamed or deleted", async () => {
    const workbook = await setUpWorkbook();
    workbook.typeInSheet("market.gov.growth.near", "Base", 0.5);
    const { user } = renderPane(workbook);
    await formReady();
    expect(screen.queryByRole("button", { name: /Rename/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Delete/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Reset “Base” to article defaults…" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Reset “Base”?" });
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(workbook.resetScenario).not.toHaveBeenCalled();
    // The cancelled dialog animates out before it leaves the document. Reopening while it is still
    // there made findByRole("alertdialog") return it (or two dialogs), and "Reset" on the closing one
    // did nothing: the flake of issue 9. Wait until it is gone, then use the new dialog.
    await dialogGone(confirm);

    await user.click(screen.getByRole("button", { name: "Reset “Base” to article defaults…" }));
    const second = await screen.findByRole("alertdialog", { name: "Reset “Base”?" });
    expect(second).not.toBe(confirm);
    await user.click(within(second).getByRole("button", { name: "Reset" }));
    await waitFor(() => expect(workbook.resetScenario).toHaveBeenCalledWith("Base", "base"));
    await waitFor(() => expect(screen.getByLabelText("Gov-cloud market growth in 2022")).toHaveValue("20"));
  });

  test("adds a user-defined vendor with two observed years and its fade", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("button", { name: "Vendors" }));
    await user.click(screen.getByRole("button", { name: "Add vendor…" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a vendor" });
    await user.type(within(dialog).getByLabelText(/Vendor name/), "Alibaba");
    await user.type(within(dialog).getByLabelText(/Cloud revenue in year 1/), "247");
    await user.type(within(dialog).getByLabelText(/Cloud revenue in year 2/), "355");
    await user.type(within(dialog).getByLabelText(/Long-run revenue growth/), "10");
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    await waitFor(() =>
      expect(workbook.addVendor).toHaveBeenCalledWith({
        name: "Alibaba",
        revenue: [
          { year: 2018, value: 247 },
          { year: 2019, value: 355 },
        ],
        terminalGrowth: 0.1,
      }),
    );
    expect(await screen.findByLabelText("Alibaba cloud revenue 2019")).toHaveValue("355");
  });
});
