/** @jest-environment jsdom */
import { setImmediate as nodeSetImmediate } from "node:timers";
import { screen, waitFor } from "@testing-library/react";
import * as declared from "../../../src/functions/functions";
import { clearScenarioCaches } from "../../../src/functions/scenarioArgument";
import { insertForecastSheet } from "../../../src/office/forecastSheet";
import { setUpInputs } from "../../../src/office/inputsSetup";
import { FakeExcel, type FakeSheet } from "../../office/fakeExcel";
import { formReady, renderPane, setUpWorkbook } from "../renderPane";

/**
 * One bad cell in the inputs table gives the same outcome everywhere the table becomes scenarios:
 * GOVCLOUD.SIMULATE(…, GC_TABLE), the Risk tab and Insert forecast sheet all refuse it with the
 * inputs reader's one message (naming the key, scenario, cell and text), none of them computing with
 * a default in the cell's place.
 */

// The Office fake settles loads with setImmediate, which Node has and jest's jsdom environment hides.
globalThis.setImmediate ??= nodeSetImmediate;

const GOVCLOUD = declared as unknown as {
  simulate: (...args: unknown[]) => Promise<number>;
};

const INPUTS = "GovCloud Inputs";
const KEY = "market.gov.growth.near";

/** The function's error message, or a failure when it returned a number. */
async function simulateError(table: unknown[][]): Promise<string> {
  try {
    const value = await GOVCLOUD.simulate("market.gov", 2030, 0.5, table, 200, 1);
    throw new Error(`GOVCLOUD.SIMULATE returned ${value} for a table with a bad cell`);
  } catch (error) {
    if (!(error instanceof CustomFunctions.Error)) throw error;
    expect(error.code).toBe("#VALUE!");
    return error.message ?? "";
  }
}

/** A workbook set up by the add-in in the test fake, with `text` typed into KEY's Base cell (column E). */
async function fakeWorkbookWith(text: string | number): Promise<{ fake: FakeExcel; table: unknown[][] }> {
  const fake = new FakeExcel();
  await setUpInputs(fake.context, "en");
  const sheet = fake.requireSheet(INPUTS) as FakeSheet;
  const box = sheet.usedBox();
  if (!box) throw new Error("no inputs table");
  const keys = sheet.grid({ ...box, right: box.left }, (cell) => cell?.value);
  const row = box.top + keys.findIndex(([key]) => key === KEY);
  expect(sheet.value(`E${box.top}`)).toBe("Base");
  sheet.put(`E${row}`, text);
  // GC_TABLE is the whole table, header row included, as Excel passes its values to a function.
  return { fake, table: sheet.grid(box, (cell) => cell?.value ?? "") };
}

describe("one bad cell in the inputs table", () => {
  afterEach(() => clearScenarioCaches());

  // Text with a decimal comma, letters, an empty cell, and a number beyond the assumption's bounds.
  it.each([
    ["0,35", /holds "0,35", not a number/],
    ["abc", /holds "abc", not a number/],
    ["", /is empty, not a number/],
    [9, /is 9; it must be between/],
  ])(
    "%j in a Base cell: the same message from SIMULATE, the Forecast sheet (Excel and Preview) and the pane",
    async (text, what) => {
      const { fake, table } = await fakeWorkbookWith(text);

      const fromFunction = await simulateError(table);
      expect(fromFunction).toMatch(
        new RegExp(`^${KEY.replace(/\./g, "\\.")} \\(Base\\) at 'GovCloud Inputs'!E\\d+ `),
      );
      expect(fromFunction).toMatch(what);

      const sheet = await insertForecastSheet(fake.context, { from: 2018, to: 2030, language: "en" }).then(
        () => "inserted",
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      expect(sheet).toBe(fromFunction);
      expect(fake.sheet("Forecast")).toBeUndefined();

      const workbook = await setUpWorkbook();
      workbook.typeInSheet(KEY, "Base", text);
      // The Preview applies the same Forecast-sheet plan to its in-memory workbook: the same refusal.
      await expect(workbook.insertForecastSheet({ from: 2018, to: 2030, language: "en" })).rejects.toThrow(
        fromFunction,
      );
      const { user } = renderPane(workbook);
      await formReady();
      const unavailable = `No forecast for this scenario: ${fromFunction}`;
      // The Inputs tab's forecast of Base says so too, instead of forecasting with the default.
      expect(await screen.findByText(unavailable)).toBeInTheDocument();
      await user.click(screen.getByRole("tab", { name: "Risk" }));
      // The Risk tab (its own panel; Inputs is unmounted) shows the message in place of its controls.
      await waitFor(() => expect(screen.queryByRole("tab", { name: "Base" })).not.toBeInTheDocument());
      expect(await screen.findByText(unavailable)).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Run" })).not.toBeInTheDocument();
      expect(screen.queryByLabelText("Trials")).not.toBeInTheDocument();
    },
  );

  it("in a Chinese pane over an English table, both Forecast-sheet refusals are in Chinese, as the pane's problem list", async () => {
    const { fake } = await fakeWorkbookWith("abc");
    const options = { from: 2018, to: 2030, language: "zh-CN" } as const;
    const fromExcel = await insertForecastSheet(fake.context, options).then(
      () => "inserted",
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    // The reader's Chinese words for a cell that is not a number ("不是数字"), naming the cell.
    expect(fromExcel).toMatch(/\p{Script=Han}/u);
    expect(fromExcel).toContain(KEY);
    expect(fromExcel).toMatch(/'GovCloud Inputs'!E\d+/);
    const workbook = await setUpWorkbook();
    workbook.typeInSheet(KEY, "Base", "abc");
    await expect(workbook.insertForecastSheet(options)).rejects.toThrow(fromExcel);
    const problems = (await workbook.readInputs("zh-CN"))?.problems.map((problem) => problem.message);
    expect(problems).toContain(fromExcel);
  });
});
