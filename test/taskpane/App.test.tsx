/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { BASELINE_FIGURES } from "../../src/model/baseline";

function renderApp() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

describe("task pane", () => {
  test("shows the title and a table of every baseline figure", () => {
    renderApp();
    expect(screen.getByRole("heading", { name: "GovCloud Forecast" })).toBeInTheDocument();

    const table = screen.getByRole("table", { name: "Baseline figures" });
    // One header row and one row per figure.
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 42);
    for (const figure of BASELINE_FIGURES) {
      expect(within(table).getByText(figure.key)).toBeInTheDocument();
    }
  });

  test("shows the article's values with their units", () => {
    renderApp();
    const row = screen.getByText("caict.govCloud.2021").closest("tr");
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual([
      "caict.govCloud.2021",
      "China gov-cloud market 2021 (CAICT forecast)",
      "813",
      "亿 CNY",
      "2021",
      "third-party forecast",
    ]);
    expect(screen.getByText("7.97")).toBeInTheDocument();
    expect(screen.getByText("1,894.6")).toBeInTheDocument();
  });

  test("cites the article in the table's caption", () => {
    renderApp();
    const table = screen.getByRole("table", { name: "Baseline figures" });
    const caption = table.querySelector("caption");
    expect(caption).toHaveTextContent("《决战政务云,腾讯云凭何弯道超车?》");
    expect(caption).toHaveTextContent("OFweek, 2020-03-19");
  });
});
