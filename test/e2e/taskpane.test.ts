import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { chromiumAvailable, launchChromium, watchPage, type Browser } from "./headlessChromium";
import { serveFolder, type StaticServer } from "./staticServer";

/**
 * The production build (npm run build → dist/) in headless Chromium, as the browser preview: the
 * real office.js (from the npm package, no network) finds no Office host, so the pane runs on its
 * in-memory workbook. Runs after the build (npm run test:e2e), not in the main jest run.
 */

const DIST = join(__dirname, "../../dist");
const RESULTS = join(__dirname, "../../test-results");

let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run npm run build before the end-to-end tests.");
  }
  if (!chromiumAvailable()) return;
  mkdirSync(RESULTS, { recursive: true });
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The forecast table's cell of a series in a year, as shown. */
function forecastCell(page: Page, series: string, year: number) {
  return page.locator(`tr[data-year="${year}"] td[data-series="${series}"]`);
}

test("the preview loads, follows an edit of the base market growth, and switches to Chinese", async () => {
  if (!browser || !server) return; // chromiumAvailable() warned (locally only)
  const page = await browser.context.newPage();
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
  if (!browser || !server) return;
  const page = await browser.context.newPage();
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
