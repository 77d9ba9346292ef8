/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { BaselineTable } from "../../../src/taskpane/components/BaselineTable";
import type { BaselineFigure } from "../../../src/model/baseline";

// Made-up figures: the table shows whatever it is given, so these need not be the article's.
const FIGURES: BaselineFigure[] = [
  {
    key: "example.market.2030",
    value: 12345.678,
    unit: "亿 CNY",
    asOf: "2030",
    kind: "target",
    qualifier: "exact",
    quote: "示例",
    label: { en: "Example market", zh: "示例市场" },
  },
  {
    key: "example.share",
    value: 0.125,
    unit: "%",
    asOf: "~2019",
    kind: "thirdPartyForecast",
    qualifier: "approximate",
    quote: "示例",
    label: { en: "Example share", zh: "示例比重" },
  },
];

test("renders one row per figure it receives, with the caption it is given", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <BaselineTable figures={FIGURES} source="Source: test data." />
    </FluentProvider>,
  );
  const table = screen.getByRole("table", { name: "Baseline figures" });
  const rows = within(table).getAllByRole("row");
  expect(rows).toHaveLength(1 + FIGURES.length);
  expect(within(rows[1] as HTMLElement).getByText("12,345.678")).toBeInTheDocument();
  expect(within(rows[1] as HTMLElement).getByText("target")).toBeInTheDocument();
  expect(within(rows[2] as HTMLElement).getByText("0.125")).toBeInTheDocument();
  expect(within(rows[2] as HTMLElement).getByText("third-party forecast")).toBeInTheDocument();
  expect(table.querySelector("caption")).toHaveTextContent("Source: test data.");
});
