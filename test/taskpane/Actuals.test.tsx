/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { compileForecast } from "../../src/model/forecast";
import { createScenario } from "../../src/model/scenario";
import { formReady, renderPane, setUpWorkbook } from "./renderPane";

async function openActuals(user: ReturnType<typeof renderPane>["user"]) {
  await formReady();
  await user.click(screen.getByRole("tab", { name: "Actuals" }));
  await screen.findByRole("heading", { name: "Actuals and backtest" });
}

describe("Actuals view (issue 12)", () => {
  test("lists the published figures as published after the article, and backtests Base against them", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await openActuals(user);
    const published = screen.getByRole("region", { name: "Published after the article" });
    expect(within(published).getByRole("heading", { name: "market.total" })).toBeInTheDocument();
    expect(within(published).getAllByText(/2024/).length).toBeGreaterThan(0);
    const backtest = screen.getByRole("region", { name: "Backtest of Base" });
    // published-figures.md: base 3152.1 vs CAICT 8288 in 2024, −62.0%.
    expect(
      within(backtest).getByText(/^2024: 3,152\.1 \/ 8,288(\.0)? \(error -62\.0%\)/),
    ).toBeInTheDocument();
    expect(within(backtest).getAllByRole("img").length).toBeGreaterThanOrEqual(2);
  });

  test("anchors Base on the latest comparable figure, writing actual.… and anchor.… rows; Bear keeps 0", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await openActuals(user);
    const anchor = screen.getByRole("region", { name: "Anchor on actuals" });
    await user.click(within(anchor).getByRole("button", { name: "Anchor Base on 2024" }));
    await waitFor(() =>
      expect(workbook.writeRows).toHaveBeenCalledWith([
        expect.objectContaining({ key: "actual.market.total.2024", values: { Base: 8288 }, otherwise: 8288 }),
        { key: "anchor.market.total", values: { Base: 2024 }, otherwise: 0 },
      ]),
    );
    const snapshot = await workbook.readInputs();
    const row = snapshot?.rows.find((r) => r.key === "anchor.market.total");
    expect(row?.values).toMatchObject({ Bear: 0, Base: 2024, Bull: 0 });
    expect(await within(anchor).findByText("Anchored on 2024")).toBeInTheDocument();
    // The backtest now compares the anchored Base: 8288 in 2024, no error.
    const backtest = screen.getByRole("region", { name: "Backtest of Base" });
    expect(
      await within(backtest).findByText(/^2024: 8,288(\.0)? \/ 8,288(\.0)? \(error 0(\.0)?%\)/),
    ).toBeInTheDocument();
    const yours = screen.getByRole("region", { name: "Your actuals in Base" });
    expect(within(yours).getByLabelText("actual.market.total.2024")).toHaveValue("8288");
  });

  test("solves for the 2022 growth that makes gov cloud 2,000 亿 in 2030 and applies it to Base", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await openActuals(user);
    const solveForm = screen.getByRole("region", { name: "Solve for…" });
    await user.click(within(solveForm).getByRole("button", { name: "Solve" }));
    const status = await within(solveForm).findByText(/^market\.gov\.growth\.near = /);
    expect(status).toHaveTextContent("13.405");
    await user.click(within(solveForm).getByRole("button", { name: "Apply to this scenario" }));
    await waitFor(() =>
      expect(workbook.writeValue).toHaveBeenCalledWith("market.gov.growth.near", "Base", expect.any(Number)),
    );
    const value = (workbook.writeValue as jest.Mock).mock.calls[0][2] as number;
    const check = compileForecast(createScenario("base", [{ key: "market.gov.growth.near", value }]));
    expect(Math.abs(check.value("market.gov", 2030) / 2000 - 1)).toBeLessThanOrEqual(1e-9);
  });

  test("shows the out-of-reach range instead of a value", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await openActuals(user);
    const solveForm = screen.getByRole("region", { name: "Solve for…" });
    const target = within(solveForm).getByLabelText("Target");
    await user.clear(target);
    await user.type(target, "1000000000");
    await user.click(within(solveForm).getByRole("button", { name: "Solve" }));
    expect(await within(solveForm).findByText(/cannot reach 1000000000: it spans/)).toBeInTheDocument();
    expect(
      within(solveForm).queryByRole("button", { name: "Apply to this scenario" }),
    ).not.toBeInTheDocument();
  });
});
