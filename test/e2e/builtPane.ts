import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { translate, type StringKey, type StringParams } from "../../src/taskpane/i18n/strings";
import type { Language } from "../../src/workbook/workbookOperations";
import {
  chromiumAvailable,
  launchChromium,
  watchPage,
  type Browser,
  type PageWatch,
} from "./headlessChromium";
import { serveFolder, type StaticServer } from "./staticServer";

/**
 * What every end-to-end test file shares: the production build (npm run build → dist/) served
 * locally and one headless Chromium for the file, started before its tests and closed after them,
 * and a fresh pane at a width in a language. The pane runs as the browser preview: the real
 * office.js (from the npm package, no network) finds no Office host, so it uses its in-memory workbook.
 */

const DIST = join(__dirname, "../../dist");
/** Screenshots for a person to look at. */
export const RESULTS = join(__dirname, "../../test-results");

export interface BuiltPane {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * Registers the file's beforeAll/afterAll and returns the running pane's browser and server, or
 * undefined when this machine has no Chromium (chromiumAvailable() warned; on CI it throws).
 */
export function useBuiltPane(resultsFolder = RESULTS): () => BuiltPane | undefined {
  let running: BuiltPane | undefined;
  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html"))) {
      throw new Error("dist/taskpane.html is missing: run npm run build before the end-to-end tests.");
    }
    if (!chromiumAvailable()) return;
    mkdirSync(resultsFolder, { recursive: true });
    const server = await serveFolder(DIST);
    running = { server, browser: await launchChromium() };
  });
  afterAll(async () => {
    await running?.browser.close();
    await running?.server.close();
  });
  return () => running;
}

export type T = (key: StringKey, params?: StringParams) => string;

export interface OpenPane {
  readonly page: Page;
  readonly watch: PageWatch;
  /** The pane's own words in its language, so a test finds what the user reads. */
  readonly t: T;
}

/** A fresh pane at `width` px in `language`, on a new in-memory workbook. */
export async function openPane(
  pane: BuiltPane,
  width: number,
  language: Language = "en",
  officeJs: "real" | "empty" = "empty",
): Promise<OpenPane> {
  const page = await pane.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const watch = await watchPage(page, officeJs);
  await page.goto(`${pane.server.origin}/taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  if (language !== "en") {
    await page.getByLabel("Language").selectOption(language);
    await page.locator(`html[lang="${language}"]`).waitFor();
  }
  const t: T = (key, params) => translate(language, key, params);
  return { page, watch, t };
}

export const TABS = ["inputs", "risk", "actuals", "sheets", "sources", "preview"] as const;

export async function selectTab(page: Page, tab: (typeof TABS)[number]): Promise<void> {
  await page.locator(`#section-${tab}`).click();
  await page.locator(`#panel-${tab}`).waitFor();
}
