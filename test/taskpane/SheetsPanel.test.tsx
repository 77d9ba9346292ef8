/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { createMemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { previewSeedSheets } from "../../src/taskpane/preview/previewSeed";
import { formReady, renderPane } from "./renderPane";

describe("sheets tab", () => {
  test("inserts the forecast sheet for the chosen years, and prepares the workbook for sharing", async () => {
    const workbook = createMemoryWorkbook({ sheets: previewSeedSheets() });
    await workbook.setUpWorkbook("en");
    const insert = jest.spyOn(workbook, "insertForecastSheet");
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Sheets" }));

    expect(screen.getByLabelText("From year")).toHaveValue("2018");
    expect(screen.getByLabelText("To year")).toHaveValue("2035");
    await user.selectOptions(screen.getByLabelText("To year"), "2030");
    await user.click(screen.getByRole("button", { name: "Insert forecast sheet" }));
    await waitFor(() => expect(insert).toHaveBeenCalledWith({ from: 2018, to: 2030, language: "en" }));
    expect(await screen.findByText("Inserted the sheet “Forecast”.")).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("From year"), "2031");
    expect(screen.getByRole("alert")).toHaveTextContent("The first year must come before the last.");
    expect(screen.getByRole("button", { name: "Insert forecast sheet" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "List GOVCLOUD formulas" }));
    const table = await screen.findByRole("table", { name: "GOVCLOUD formulas" });
    expect(within(table).getByText("Sheet1!B1")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Convert to values" }));
    expect(await screen.findByText("Converted 2 formulas to values.")).toBeInTheDocument();
    expect(await screen.findByText("No GOVCLOUD formulas in this workbook.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Restore formulas" }));
    expect(await screen.findByText("Restored 2 formulas.")).toBeInTheDocument();
  });

  test("the preview tab lists what the workbook holds", async () => {
    const workbook = createMemoryWorkbook();
    const { user } = renderPane(workbook, "en", workbook);
    await user.click(await screen.findByRole("tab", { name: "Preview" }));
    expect(screen.getByText("Nothing written yet. Press Set up workbook to start.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByRole("table", { name: "Workbook names" })).toHaveTextContent("GC_BASE");
    expect(screen.getByRole("button", { name: /GovCloud Inputs · \d+ cells/ })).toBeInTheDocument();
  });
});
