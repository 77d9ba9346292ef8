import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Language, WorkbookOperations } from "../../src/workbook/workbookOperations";
import { createMemoryWorkbook, type MemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";

/** A memory workbook already set up, with every operation spied on (the real behaviour kept). */
export async function setUpWorkbook(language: Language = "en"): Promise<MemoryWorkbook> {
  const workbook = createMemoryWorkbook();
  await workbook.setUpWorkbook(language);
  for (const name of Object.keys(workbook) as (keyof WorkbookOperations)[]) {
    if (typeof workbook[name] === "function") jest.spyOn(workbook, name);
  }
  return workbook;
}

export function renderPane(
  workbook: WorkbookOperations,
  language: Language = "en",
  preview?: MemoryWorkbook,
) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} initialLanguage={language} preview={preview} />
    </FluentProvider>,
  );
  return { user, ...view };
}

/** Waits for the form: the Base tab of the scenarios and the market group open. */
export async function formReady(): Promise<void> {
  await screen.findByRole("tab", { name: "Base", selected: true });
}

/** The forecast table's cell of `series` in `year`. */
export function forecastCell(series: string, year: number): HTMLElement {
  const cell = document.querySelector<HTMLElement>(`tr[data-year="${year}"] td[data-series="${series}"]`);
  if (!cell) throw new Error(`no forecast cell for ${series} ${year}`);
  return cell;
}
