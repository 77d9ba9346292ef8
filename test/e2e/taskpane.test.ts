import { join } from "node:path";
import type { Page } from "playwright-core";
import { watchPage } from "./headlessChromium";
import { RESULTS, openPane, selectTab, useBuiltPane } from "./builtPane";

/**
 * The production build (npm run build → dist/) in headless Chromium, as the browser preview: the
 * real office.js (from the npm package, no network) finds no Office host, so the pane runs on its
 * in-memory workbook. Runs after the build (npm run test:e2e), not in the main jest run.
 */

const builtPane = useBuiltPane();

/** The forecast table's cell of a series in a year, as shown. */
function forecastCell(page: Page, series: string, year: number) {
  return page.locator(`tr[data-year="${year}"] td[data-series="${series}"]`);
}

test("the preview loads, follows an edit of the base market growth, and switches to Chinese", async () => {
  const pane = builtPane();
  if (!pane) return; // chromiumAvailable() warned (locally only)
  const { server } = pane;
  const page = await pane.browser.context.newPage();
  const watch = await watchPage(page);

  await measureFirstPaint(page, server.origin, "with office.js (the pane renders after Office.onReady)");

  // office.js defines CustomFunctions even in a plain browser, so the page loaded the functions bundle and
  // its generated associate calls ran; office.js's association table is their only visible effect here.
  const associated = await page.evaluate(() =>
    Object.keys(
      (CustomFunctions as unknown as { _association: { mappings: Record<string, unknown> } })._association
        .mappings,
    ),
  );
  expect(associated).toContain("BASELINE");

  await page.getByRole("button", { name: "Set up workbook" }).click();
  const market2025 = forecastCell(page, "market.gov", 2025);
  await market2025.waitFor();
  const before = await market2025.innerText();

  const growth = page.getByLabel("Gov-cloud market growth in 2022", { exact: true });
  await expectValue(growth, "20");
  await growth.fill("35");
  await growth.press("Enter");
  await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [
    `tr[data-year="2025"] td[data-series="market.gov"]`,
    before,
  ] as const);
  const after = await market2025.innerText();
  expect(after).not.toBe(before);
  expect(parseFloat(after.replace(/,/g, ""))).toBeGreaterThan(parseFloat(before.replace(/,/g, "")));
  // Written to the (in-memory) table: the preview lists the cell.
  await expectValue(growth, "35");
  await page.screenshot({ path: join(RESULTS, "taskpane-en.png"), fullPage: true });

  await page.getByLabel("Language").selectOption("zh-CN");
  await page.getByRole("heading", { level: 1, name: "GovCloud Forecast 政务云预测" }).waitFor();
  await page.getByRole("tab", { name: "输入" }).waitFor();
  await page.getByRole("button", { name: "市场", exact: true }).waitFor();
  await page.getByLabel("2022年政务云市场增速", { exact: true }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  await page.screenshot({ path: join(RESULTS, "taskpane-zh-CN.png"), fullPage: true });

  // The Risk tab loads its chunk on demand and runs the Monte Carlo in slices.
  await page.getByRole("tab", { name: "风险" }).click();
  await page.getByLabel("模拟次数").fill("2000");
  await page.getByRole("button", { name: "运行" }).click();
  await page.getByRole("img", { name: /P10–P90/ }).waitFor({ timeout: 30_000 });
  await page.getByRole("img", { name: /影响 2030 年/ }).waitFor();
  await page.screenshot({ path: join(RESULTS, "taskpane-risk-zh-CN.png"), fullPage: true });

  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
  await page.close();
});

test("without office.js the pane still renders, and the functions script registers nothing and throws nothing", async () => {
  const pane = builtPane();
  if (!pane) return;
  const { server } = pane;
  const page = await pane.browser.context.newPage();
  const watch = await watchPage(page, "empty");
  const requestedBefore = server.requested.length;
  await measureFirstPaint(page, server.origin, "without office.js (the pane alone)");
  await page.getByRole("button", { name: "Set up workbook" }).waitFor();
  // A script of the page, in order, as in Microsoft's shared-runtime setup (src/functions/register.ts).
  expect(server.requested.slice(requestedBefore)).toContain("/functions.js");
  expect(
    await page.evaluate(() => typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions),
  ).toBe("undefined");
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
  await page.close();
});

test.each(["en", "zh-CN"] as const)(
  "in %s, the Preview shows the inserted Forecast sheet's scenario drop-down and growth formulas, at 320 px",
  async (language) => {
    const pane = builtPane();
    if (!pane) return;
    const { page, watch, t } = await openPane(pane, 320, language);
    await page.getByRole("button", { name: t("setUpWorkbook") }).click();
    await page.getByText(t("setUpDone")).waitFor();
    await selectTab(page, "sheets");
    await page.getByRole("button", { name: t("insertForecastSheet") }).click();
    await page.getByText(t("forecastSheetInserted", { sheet: "Forecast" })).waitFor();

    await selectTab(page, "preview");
    await page.getByRole("button", { name: /^Forecast · / }).click();
    const sheet = page.getByRole("table", { name: "Forecast", exact: true });
    // The selector: the scenario Excel's drop-down offers, its list the table's scenario headers.
    const selector = sheet.locator('tr[data-address="D2"]');
    await selector.waitFor();
    expect(await selector.getAttribute("data-list")).toBe("='GovCloud Inputs'!$D$1:$F$1");
    // The table's header word: Set up writes the table in the pane's language.
    expect(await selector.innerText()).toContain(t("scenarioBase"));
    // The growth rows are Excel formulas (POWER before the first forecast year, EXP for the fade).
    const growth = sheet.locator("td", { hasText: /^=.*\b(POWER|EXP)\(/ });
    expect(await growth.count()).toBeGreaterThan(10);
    await page.getByRole("region", { name: t("previewCharts", { sheet: "Forecast" }) }).waitFor();
    // Long formulas wrap inside their column: the pane itself never scrolls sideways.
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, `preview-forecast-sheet-${language}.png`), fullPage: false });
    expect(watch.errors).toEqual([]);
    await page.close();
  },
);

/** Loads the pane and prints its first paint (the page is blank until the pane renders its title). */
async function measureFirstPaint(page: Page, origin: string, what: string): Promise<void> {
  const started = Date.now();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("heading", { level: 1, name: "GovCloud Forecast" }).waitFor();
  const titleVisibleMs = Date.now() - started;
  const paint = await page.evaluate(() =>
    performance.getEntriesByType("paint").map((entry) => `${entry.name} ${entry.startTime.toFixed(0)} ms`),
  );
  console.log(
    `First paint in headless Chromium, ${what}: ${paint.join(", ")}; title visible after ${titleVisibleMs} ms.`,
  );
}

async function expectValue(locator: ReturnType<Page["getByLabel"]>, value: string): Promise<void> {
  expect(await locator.inputValue()).toBe(value);
}
