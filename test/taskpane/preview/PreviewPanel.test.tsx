/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryWorkbook } from "../../../src/taskpane/preview/memoryWorkbook";
import { PreviewPanel } from "../../../src/taskpane/preview/PreviewPanel";

describe("PreviewPanel", () => {
  test("shows the Forecast sheet's formulas, its scenario drop-down and its charts' series", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.setUpWorkbook("en");
    await workbook.insertForecastSheet({ from: 2018, to: 2030, language: "en" });
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewPanel workbook={workbook} />
      </FluentProvider>,
    );
    const headers = screen.getAllByRole("button", { name: / · \d+ cells$/ }).map((b) => b.textContent);
    expect(headers.map((text) => text?.split(" · ")[0])).toEqual(["Cover", "GovCloud Inputs", "Forecast"]);
    await user.click(screen.getByRole("button", { name: /^Forecast · / }));
    const sheet = screen.getByRole("table", { name: "Forecast" });
    const selector = sheet.querySelector<HTMLElement>('tr[data-address="D2"]');
    expect(selector).not.toBeNull();
    expect(selector).toHaveTextContent("Base");
    expect(selector).toHaveTextContent("Drop-down list: ='GovCloud Inputs'!$D$1:$F$1");
    const growth = within(sheet).getAllByText(/POWER\(|EXP\(/);
    expect(growth.length).toBeGreaterThan(10);
    // A formula's row shows the engine's value beside it, not a blank.
    const row = growth[0]?.closest("tr");
    expect(row?.querySelectorAll("td")[1]?.textContent).toMatch(/^\d/);
    const charts = screen.getByRole("region", { name: "Charts on Forecast" });
    expect(within(charts).getByText("Gov-cloud market by scenario")).toBeInTheDocument();
    expect(within(charts).getAllByText(/^(Bear|Base|Bull) → E\d+:Q\d+$/)).toHaveLength(3);
  });

  test("lists the risk sheet's fan and tornado charts the way it lists the Forecast sheet's", async () => {
    const workbook = createMemoryWorkbook();
    await workbook.writeRiskSheet(
      {
        series: "market.gov",
        year: 2030,
        trials: 100,
        seed: 1,
        years: [2029, 2030],
        p10: [1, 2],
        p50: [2, 3],
        p90: [3, 4],
        baseResult: 3,
        tornado: [{ key: "market.gov.growth.near", label: "Near growth", resultAtLow: 2, resultAtHigh: 4 }],
      },
      "en",
    );
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewPanel workbook={workbook} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^GovCloud Risk · / }));
    const charts = screen.getByRole("region", { name: "Charts on GovCloud Risk" });
    expect(within(charts).getByText("market.gov: P10, P50 and P90")).toBeInTheDocument();
    expect(within(charts).getByText("P90 → B11:C11")).toBeInTheDocument();
    expect(within(charts).getByText("market.gov in 2030: sensitivity")).toBeInTheDocument();
    expect(within(charts).getByText("Result at high → F14")).toBeInTheDocument();
  });
});
