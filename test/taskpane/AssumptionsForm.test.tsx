/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { forecastCell, formReady, renderPane, setUpWorkbook } from "./renderPane";

const GROWTH = "Gov-cloud market growth in 2022";

describe("assumptions form", () => {
  test("writes an edited value into the selected scenario's column, as a fraction", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    const field = screen.getByLabelText(GROWTH);
    await user.clear(field);
    await user.type(field, "35{Enter}");
    await waitFor(() =>
      expect(workbook.writeValue).toHaveBeenCalledWith("market.gov.growth.near", "Base", 0.35),
    );
    expect(workbook.writeValue).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("tab", { name: "Bull" }));
    const bull = screen.getByLabelText(GROWTH);
    expect(bull).toHaveValue("28");
    await user.clear(bull);
    await user.type(bull, "30");
    await user.tab();
    await waitFor(() =>
      expect(workbook.writeValue).toHaveBeenLastCalledWith("market.gov.growth.near", "Bull", 0.3),
    );
  });

  test("checks bounds as the user types, and writes nothing out of bounds", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    const field = screen.getByLabelText(GROWTH);
    await user.clear(field);
    await user.type(field, "250");
    expect(await screen.findByText("Enter a value from -50% to 200%.")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    await user.keyboard("{Enter}");
    await user.tab();
    await user.clear(screen.getByLabelText("Gov-cloud market 2021 (CAICT forecast)"));
    await user.type(screen.getByLabelText("Gov-cloud market 2021 (CAICT forecast)"), "lots");
    expect(screen.getByText("Enter a number.")).toBeInTheDocument();
    await user.tab();
    expect(workbook.writeValue).not.toHaveBeenCalled();
  });

  test("the forecast follows a valid value as it is typed", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    const before = forecastCell("market.gov", 2025).textContent;
    const field = screen.getByLabelText(GROWTH);
    await user.clear(field);
    await user.type(field, "35");
    expect(workbook.writeValue).not.toHaveBeenCalled();
    expect(forecastCell("market.gov", 2025).textContent).not.toBe(before);
    // Esc goes back to the cell's value, and so does the forecast.
    await user.keyboard("{Escape}");
    expect(field).toHaveValue("20");
    expect(forecastCell("market.gov", 2025).textContent).toBe(before);
  });

  test("shows a damaged cell's text with what is wrong", async () => {
    const workbook = await setUpWorkbook();
    workbook.typeInSheet("market.gov.growth.near", "Base", "n/a");
    renderPane(workbook);
    await formReady();
    expect(screen.getByLabelText(GROWTH)).toHaveValue("n/a");
    expect(screen.getByText("The cell holds “n/a”, not a number.")).toBeInTheDocument();
  });
});
