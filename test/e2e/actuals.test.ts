import { watchPage } from "./headlessChromium";
import { useBuiltPane } from "./builtPane";

/**
 * The Actuals view (issue 12) in the production build at the pane's widths: nothing of the view
 * may reach past the right edge at 320 or 350 px, in English or Chinese, after anchoring and
 * solving (the longest texts the view shows). Measured on the view's own panel, so the tab strip
 * above it (restyled for 320 px on another branch) does not decide this test.
 */

const builtPane = useBuiltPane();

test.each([320, 350])(
  "the Actuals view fits %i px in English and Chinese, anchored and solved",
  async (width) => {
    const pane = builtPane();
    if (!pane) return; // chromiumAvailable() warned (locally only)
    const page = await pane.browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const watch = await watchPage(page);
    await page.goto(`${pane.server.origin}/taskpane.html`);
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
