/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { BASELINE_FIGURES } from "../../src/model/baseline";
import { createMemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { formReady, renderPane, setUpWorkbook } from "./renderPane";

describe("task pane", () => {
  test("offers Set up workbook for a new workbook, then shows the form and the forecast", async () => {
    const workbook = createMemoryWorkbook();
    const setUp = jest.spyOn(workbook, "setUpWorkbook");
    const { user } = renderPane(workbook);
    expect(screen.getByRole("heading", { level: 1, name: "GovCloud Forecast" })).toBeInTheDocument();

    await user.click(await screen.findByRole("button", { name: "Set up workbook" }));
    expect(setUp).toHaveBeenCalledWith("en");
    await formReady();
    expect(screen.getByRole("table", { name: "Forecast of key series, Base scenario" })).toBeInTheDocument();
    expect(screen.getByLabelText("Gov-cloud market growth in 2022")).toHaveValue("20");
    expect(screen.getByText("The workbook is set up.")).toBeInTheDocument();
  });

  test("groups the assumptions Market, Vendors, Cities and Risk, with quotes and badges", async () => {
    renderPane(await setUpWorkbook());
    await formReady();
    for (const group of ["Market", "Vendors", "Cities", "Risk"]) {
      expect(screen.getByRole("button", { name: group })).toBeInTheDocument();
    }
    // An article figure shows its quote; one of ours says it is an assumption.
    const anchor = screen.getByLabelText("Gov-cloud market 2021 (CAICT forecast)");
    expect(anchor).toHaveAccessibleDescription(/article figure.*Article: “.*813.*”/);
    const growth = screen.getByLabelText("Gov-cloud market growth in 2022");
    expect(growth).toHaveAccessibleDescription(/market\.gov\.growth\.near.*assumption/);
  });

  test("keeps the article's figures on the Sources tab", async () => {
    const { user } = renderPane(await setUpWorkbook());
    await user.click(screen.getByRole("tab", { name: "Sources" }));
    const table = screen.getByRole("table", { name: "Baseline figures" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + BASELINE_FIGURES.length);
    const row = within(table).getByText("caict.govCloud.2021").closest("tr");
    expect(
      within(row as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([
      // Two columns at task-pane width: the figure (label, key, date · kind) and its value with unit.
      "China gov-cloud market 2021 (CAICT forecast)caict.govCloud.20212021 · third-party forecast",
      "813 亿 CNY",
    ]);
    expect(table.querySelector("caption")).toHaveTextContent("OFweek, 2020-03-19");
  });

  test("refreshes the form when a cell is typed in the sheet", async () => {
    const workbook = await setUpWorkbook();
    renderPane(workbook);
    await formReady();
    await waitFor(() => expect(workbook.onInputsChanged).toHaveBeenCalled());
    workbook.typeInSheet("market.gov.growth.near", "Base", 0.3);
    await waitFor(() => expect(screen.getByLabelText("Gov-cloud market growth in 2022")).toHaveValue("30"));
  });
});
