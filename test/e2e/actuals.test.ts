import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromiumAvailable, launchChromium, watchPage, type Browser } from "./headlessChromium";
import { serveFolder, type StaticServer } from "./staticServer";

/**
 * The Actuals view (issue 12) in the production build at the pane's widths: nothing of the view
 * may reach past the right edge at 320 or 350 px, in English or Chinese, after anchoring and
 * solving (the longest texts the view shows). Measured on the view's own panel, so the tab strip
 * above it (restyled for 320 px on another branch) does not decide this test.
 */

const DIST = join(__dirname, "../../dist");
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run npm run build before the end-to-end tests.");
  }
  if (!chromiumAvailable()) return;
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each([320, 350])(
  "the Actuals view fits %i px in English and Chinese, anchored and solved",
  async (width) => {
    if (!browser || !server) return; // chromiumAvailable() warned (locally only)
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const watch = await watchPage(page);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "Set up workbook" }).click();
    await page.getByRole("tab", { name: "Actuals" }).click();
    await page.getByRole("heading", { name: "Actuals and backtest" }).waitFor();
    await page.getByRole("button", { name: "Anchor Base on 2024" }).click();
    await page.getByText("Anchored on 2024").waitFor();
    await page.getByRole("button", { name: "Solve", exact: true }).click();
    await page.getByText(/^market\.gov\.growth\.near = /).waitFor();
    const overflow = () =>
      page.evaluate(() => {
        const edge = document.documentElement.clientWidth;
        const panel = document.getElementById("panel-actuals");
        if (!panel) return ["no panel-actuals"];
        return Array.from(panel.querySelectorAll("*"))
          .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
          .map((element) => `${element.tagName} ${(element.textContent ?? "").slice(0, 40)}`);
      });
    expect(await overflow()).toEqual([]);

    await page.getByLabel("Language").selectOption("zh-CN");
    await page.getByRole("heading", { name: "实际数据与回测" }).waitFor();
    expect(await overflow()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  },
);
