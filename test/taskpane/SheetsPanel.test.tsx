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
    await waitFor(() =>
      expect(insert).toHaveBeenCalledWith({ from: 2018, to: 2030, language: "en", replace: false }),
    );
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

  test("a second insertion asks: add another sheet, or replace the one there", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Sheets" }));
    const insertButton = screen.getByRole("button", { name: "Insert forecast sheet" });
    const sheetNames = () => workbook.view().sheets.map((sheet) => sheet.name);
    // The question by its title text, then its surface: role queries walk the whole accessibility
    // tree on every poll, which on a busy machine took longer than the poll's window.
    const findQuestion = async () => {
      const title = await screen.findByText("There is a Forecast sheet already");
      const surface = title.closest<HTMLElement>('[role="alertdialog"]');
      if (!surface) throw new Error("the question's title is not inside an alert dialog");
      return surface;
    };
    await user.click(insertButton);
    expect(await screen.findByText("Inserted the sheet “Forecast”.")).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument(); // the first one asks nothing

    await user.click(insertButton);
    let question = await findQuestion();
    // The choice that deletes nothing comes first, where Fluent puts focus on open (checked in Chromium:
    // jsdom has no layout, so tabster focuses the surface instead — see TaskPaneFlows.test.tsx).
    expect((await within(question).findAllByRole("button")).map((b) => b.textContent)).toEqual([
      "Add another",
      "Replace",
      "Cancel",
    ]);
    await user.click(await within(question).findByRole("button", { name: "Add another" }));
    expect(await screen.findByText("Inserted the sheet “Forecast (2)”.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(sheetNames().filter((name) => name.startsWith("Forecast"))).toEqual(["Forecast", "Forecast (2)"]);
    // Focus is back on the opener, and the question is gone for good (tabster has let go of it).
    await waitFor(() => expect(insertButton).toHaveFocus());

    await user.click(insertButton);
    question = await findQuestion();
    await user.click(await within(question).findByRole("button", { name: "Replace" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.getByText("Inserted the sheet “Forecast”.")).toBeInTheDocument();
    await waitFor(() => expect(insertButton).toHaveFocus());
    expect(
      sheetNames()
        .filter((name) => name.startsWith("Forecast"))
        .sort(),
    ).toEqual(["Forecast", "Forecast (2)"]);

    await user.click(insertButton);
    question = await findQuestion();
    await user.click(await within(question).findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(sheetNames().filter((name) => name.startsWith("Forecast"))).toHaveLength(2);
    await waitFor(() => expect(insertButton).toHaveFocus()); // back on the opener
  });

  test("the preview tab lists what the workbook holds", async () => {
    const workbook = createMemoryWorkbook();
    const { user } = renderPane(workbook, "en", workbook);
    await user.click(await screen.findByRole("tab", { name: "Preview" }));
    // The Preview panel loads on demand (it is not in Excel's first paint).
    expect(
      await screen.findByText("Nothing written yet. Press Set up workbook to start."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByRole("table", { name: "Workbook names" })).toHaveTextContent("GC_BASE");
    expect(screen.getByRole("button", { name: /GovCloud Inputs · \d+ cells/ })).toBeInTheDocument();
  });
});
