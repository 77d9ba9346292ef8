/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { WorkbookError } from "../../src/workbook/workbookErrors";
import { formReady, renderPane, setUpWorkbook } from "./renderPane";

describe("errors and problems", () => {
  test("a rejected write shows its message in a message bar and the field goes back to the cell", async () => {
    const workbook = await setUpWorkbook();
    jest
      .mocked(workbook.writeValue)
      .mockRejectedValueOnce(
        new WorkbookError(
          "The sheet or workbook is protected, so Excel refused to write the value: unprotect it.",
        ),
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
    jest.mocked(workbook.readInputs).mockRejectedValueOnce(new WorkbookError("Excel is editing a cell."));
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
      .mockRejectedValueOnce(new WorkbookError("Excel could not watch the table."));
    renderPane(workbook);
    expect(await screen.findByRole("alert")).toHaveTextContent("Excel could not watch the table.");
  });
});
