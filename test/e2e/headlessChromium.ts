import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize, sep } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium package; Playwright's own browser downloads are never used. */
export const CHROMIUM = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Whether this run can use Chromium. CI must have it (.ci/run installs it), so there a missing
 * browser fails the test; a developer without it gets a warning and the browser checks do not run.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true") {
    throw new Error(`${CHROMIUM} is missing; .ci/run installs the Debian package chromium.`);
  }
  console.warn(
    `${CHROMIUM} not found: the browser end-to-end checks did not run (apt-get install chromium).`,
  );
  return false;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a new, empty profile, removed on close. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "govcloud-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 420, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(__dirname, "../../node_modules/@microsoft/office-js/dist");

export interface PageWatch {
  /** Console errors and uncaught exceptions, as the page reported them. */
  readonly errors: string[];
  /** Requests that left 127.0.0.1 other than the Office CDN (which is answered locally). */
  readonly external: string[];
}

/**
 * Keeps the page off the network: the Office CDN's office.js (and the files it loads next, such as
 * en-us/office_strings.js) are served from the npm package; office.js's telemetry frame gets an
 * empty page; anything else external is refused and recorded. With `officeJs: "empty"`, office.js
 * is an empty script, as when the CDN cannot be reached.
 */
export async function watchPage(page: Page, officeJs: "real" | "empty" = "real"): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], external: [] };
  page.on("console", (message) => {
    if (message.type() === "error") watch.errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => watch.errors.push(`pageerror: ${error.message}`));
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        const relative = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
        const file = normalize(join(OFFICE_DIST, relative));
        const known = file.startsWith(OFFICE_DIST + sep) && !file.endsWith(".debug.js") && existsSync(file);
        if (officeJs === "empty" && relative === "office.js") {
          await route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
        } else if (known) {
          await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
        } else {
          watch.external.push(url);
          await route.fulfill({ status: 404, body: "" });
        }
        return;
      }
      if (new URL(url).hostname.endsWith(".oaspapps.com")) {
        // office.js opens a telemetry frame outside Office; it gets a blank page instead of the network.
        await route.fulfill({
          status: 200,
          contentType: "text/html",
          body: "<!doctype html><title></title>",
        });
        return;
      }
      watch.external.push(url);
      await route.abort();
    },
  );
  return watch;
}
