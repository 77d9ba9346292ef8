import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { Language } from "../../src/workbook/workbookOperations";
import { RESULTS as ALL_RESULTS, TABS, openPane, selectTab, useBuiltPane, type T } from "./builtPane";

/**
 * The pane at the width Excel gives it (about 350 px by default, narrower when the user drags it),
 * in the production build (npm run build → dist/) as the browser preview: every tab and dialog,
 * before and after set-up, in English and Chinese, with no sideways scrolling; and the flows that
 * used to end in a dead end. Screenshots go to test-results/ for a person to look at.
 */

const RESULTS = join(ALL_RESULTS, "width");
const WIDTHS = [320, 350] as const;
const LANGUAGES: readonly Language[] = ["en", "zh-CN"];

const builtPane = useBuiltPane(RESULTS);

interface Overflow {
  readonly what: string;
  readonly scrollWidth: number;
  readonly clientWidth: number;
}

/**
 * What scrolls sideways: the page, and each open dialog (its surface's content, and the surface
 * itself against the window, since a fixed dialog never widens the page).
 */
async function overflows(page: Page, where: string): Promise<Overflow[]> {
  const found = await page.evaluate(() => {
    const result: { what: string; scrollWidth: number; clientWidth: number }[] = [];
    const root = document.documentElement;
    result.push({ what: "page", scrollWidth: root.scrollWidth, clientWidth: root.clientWidth });
    document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]').forEach((dialog) => {
      result.push({ what: "dialog", scrollWidth: dialog.scrollWidth, clientWidth: dialog.clientWidth });
      const box = dialog.getBoundingClientRect();
      result.push({
        what: "dialog in window",
        scrollWidth: Math.ceil(box.right - Math.min(0, box.left)),
        clientWidth: root.clientWidth,
      });
    });
    return result;
  });
  return found
    .filter((o) => o.scrollWidth > o.clientWidth)
    .map((o) => ({ ...o, what: `${where}: ${o.what}` }));
}

/** Records overflow at this point and saves a screenshot named after it. */
async function look(page: Page, name: string, found: Overflow[], fullPage = true): Promise<void> {
  found.push(...(await overflows(page, name)));
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage });
}

/** Opens every closed group of the assumptions form, so all of it is measured. */
async function openAllGroups(page: Page): Promise<void> {
  const closed = page.locator('#panel-inputs button[aria-expanded="false"]').filter({
    has: page.locator("xpath=ancestor::h3"),
  });
  for (let count = await closed.count(); count > 0; count = await closed.count()) {
    await closed.first().click();
  }
}

/**
 * Waits until the last dialog is gone for good: removed, no motion running, and focus handed back
 * to a control of the pane. Fluent's focus restorer (tabster) moves focus back after the surface
 * unmounts, a moment after the dialog's state says closed; a click on the next opener inside that
 * moment raced it (once in several runs, Rename after Create showed no dialog). Waiting for the
 * hand-over, not for a longer time, removes the race.
 */
async function dialogsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const active = document.activeElement;
    return (
      document.querySelector('[role="dialog"], [role="alertdialog"]') === null &&
      document.getAnimations().every((a) => a.playState !== "running") &&
      active !== null &&
      active !== document.body
    );
  });
}

/** Opens a dialog with `opener`, measures and photographs it, and closes it with Escape. */
async function lookAtDialog(page: Page, opener: Locator, name: string, found: Overflow[]): Promise<void> {
  await dialogsSettled(page);
  await opener.click();
  const dialog = page.locator('[role="dialog"], [role="alertdialog"]');
  await dialog.waitFor();
  // Fluent's open motion scales the surface in; measure and photograph it at rest.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  // A dialog is fixed to the window: the window is what the user sees.
  await look(page, name, found, false);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
}

describe.each(WIDTHS)("at %i px", (width) => {
  test.each(LANGUAGES)(
    "in %s, no tab or dialog scrolls sideways, before set-up or after",
    async (language) => {
      const pane = builtPane();
      if (!pane) return; // chromiumAvailable() warned (locally only)
      const { page, watch, t } = await openPane(pane, width, language);
      const found: Overflow[] = [];
      const shot = (what: string) => `${width}-${language}-${what}`;

      // Before set-up: the built-in scenarios read-only, and every other tab says what it needs.
      for (const tab of TABS) {
        await selectTab(page, tab);
        if (tab === "inputs") {
          await page.getByText(t("builtInReadOnly")).waitFor();
          await page.locator('tr[data-year="2025"] td[data-series="market.gov"]').waitFor();
          await openAllGroups(page);
        }
        if (tab === "sheets") await page.getByText(t("sheetsNeedSetUp")).waitFor();
        await look(page, shot(`before-${tab}`), found);
      }

      await page.getByRole("button", { name: t("setUpWorkbook") }).click();
      await page.getByText(t("setUpDone")).waitFor();
      await selectTab(page, "inputs");
      await openAllGroups(page);
      await look(page, shot("after-inputs"), found);

      const actions = page.getByRole("group", { name: t("scenarioActions") });
      const base = t("scenarioBase");
      await lookAtDialog(
        page,
        actions.getByRole("button", { name: t("addScenario") }),
        shot("dialog-add-scenario"),
        found,
      );
      await lookAtDialog(
        page,
        actions.getByRole("button", { name: t("duplicateScenario", { name: base }) }),
        shot("dialog-duplicate"),
        found,
      );
      await lookAtDialog(
        page,
        actions.getByRole("button", { name: t("resetScenario", { name: base }) }),
        shot("dialog-reset"),
        found,
      );

      // A custom scenario has Rename and Delete.
      await actions.getByRole("button", { name: t("addScenario") }).click();
      await page.getByLabel(t("scenarioName")).fill("Stress");
      await page.getByRole("button", { name: t("create") }).click();
      await page.getByRole("tab", { name: "Stress", selected: true }).waitFor();
      await dialogsSettled(page);
      await lookAtDialog(
        page,
        actions.getByRole("button", { name: t("renameScenario", { name: "Stress" }) }),
        shot("dialog-rename"),
        found,
      );
      await lookAtDialog(
        page,
        actions.getByRole("button", { name: t("deleteScenario", { name: "Stress" }) }),
        shot("dialog-delete"),
        found,
      );

      // Add vendor, then the Remove question of the vendor it added.
      await lookAtDialog(
        page,
        page.getByRole("button", { name: t("addVendor") }),
        shot("dialog-add-vendor"),
        found,
      );
      await addVendor(page, t, "Alibaba");
      await openAllGroups(page);
      await look(page, shot("after-inputs-vendor"), found);
      await lookAtDialog(
        page,
        page.getByRole("button", { name: t("removeVendorLabel", { name: "Alibaba" }) }),
        shot("dialog-remove-vendor"),
        found,
      );

      // Risk with a run's results on show, Sheets with its formula list.
      await selectTab(page, "risk");
      await page.getByLabel(t("trials")).fill("200");
      await page.getByRole("button", { name: t("run"), exact: true }).click();
      await page.locator("[data-run-label]").waitFor({ timeout: 30_000 });
      await look(page, shot("after-risk"), found);
      await selectTab(page, "sheets");
      await page.getByRole("button", { name: t("listFormulas") }).click();
      await page.getByRole("table", { name: t("formulaTableLabel") }).waitFor();
      await look(page, shot("after-sheets"), found);
      for (const tab of ["sources", "preview"] as const) {
        await selectTab(page, tab);
        await look(page, shot(`after-${tab}`), found);
      }

      expect(found).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.close();
    },
  );
});

async function addVendor(page: Page, t: T, name: string): Promise<void> {
  await dialogsSettled(page);
  await page.getByRole("button", { name: t("addVendor") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(t("vendorName")).fill(name);
  await dialog.getByLabel(t("vendorRevenue", { n: 1 })).fill("150");
  await dialog.getByLabel(t("vendorRevenue", { n: 2 })).fill("355");
  await dialog.getByRole("button", { name: t("add"), exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByText(t("vendorAdded", { name })).waitFor();
}

test("a vendor the user adds shows in the forecast view and chart, and can be removed", async () => {
  const pane = builtPane();
  if (!pane) return;
  const { page, watch, t } = await openPane(pane, 320, "en");
  await page.getByRole("button", { name: t("setUpWorkbook") }).click();
  await page.locator('tr[data-year="2025"] td[data-series="market.gov"]').waitFor();
  await openAllGroups(page);

  await addVendor(page, t, "Alibaba");
  // Its revenue, from the engine: 150 in 2018 and 355 in 2019 (the values typed), faded after.
  const cell = page.locator('td[data-series="vendor.Alibaba.revenue"][data-year="2025"]');
  await cell.waitFor();
  expect(Number((await cell.innerText()).replace(/,/g, ""))).toBeGreaterThan(355);
  const chart = page.getByRole("img", { name: /Alibaba cloud revenue/ });
  await chart.waitFor();
  // Until set, its fade follows Tencent's, and the pane says so.
  await page.getByText(/Alibaba cloud revenue: long-run growth: follows Tencent/).waitFor();
  await page.screenshot({ path: join(RESULTS, "vendor-added.png"), fullPage: true });

  const remove = page.getByRole("button", { name: t("removeVendorLabel", { name: "Alibaba" }) });
  await remove.click();
  const question = page.getByRole("alertdialog");
  // The safe choice has the focus.
  await expect(isFocused(question.getByRole("button", { name: t("cancel") }))).resolves.toBe(true);
  await question.getByRole("button", { name: t("removeVendor").replace("…", "") }).click();
  await page.getByText(t("vendorRemoved", { name: "Alibaba", count: 2 })).waitFor();
  await cell.waitFor({ state: "detached" });
  expect(await page.getByRole("img", { name: /Alibaba/ }).count()).toBe(0);
  expect(await page.locator("[data-vendor]").count()).toBe(0);
  expect(watch.errors).toEqual([]);
  await page.close();
});

test("a Base growth above Bull's is flagged in the form, in the ranges table and on the Risk tab", async () => {
  const pane = builtPane();
  if (!pane) return;
  const { page, watch, t } = await openPane(pane, 350, "en");
  await page.getByRole("button", { name: t("setUpWorkbook") }).click();
  const growth = page.getByLabel("Gov-cloud market growth in 2022", { exact: true });
  await growth.waitFor();
  // The catalogue's Bear and Bull values for market.gov.growth.near are 12% and 28% (assumptions.ts).
  const warning = "Base (35%) is outside Bear (12%) … Bull (28%)";
  await growth.fill("35");
  // Shown as one types, before the value is written.
  await page.getByText(warning, { exact: false }).waitFor();
  await growth.press("Enter");
  await openAllGroups(page);
  await page.locator('tr[data-range="market.gov.growth.near"]').waitFor();
  expect(await page.locator('tr[data-range="market.gov.growth.near"]').innerText()).toContain(
    "12% … 35% … 28%",
  );
  await page.screenshot({ path: join(RESULTS, "order-warning-form.png"), fullPage: true });

  await selectTab(page, "risk");
  const bar = page.locator("[data-order-warning]");
  await bar.waitFor();
  expect(await bar.innerText()).toContain("Gov-cloud market growth in 2022: Bear 12%, Base 35%, Bull 28%");
  await page.screenshot({ path: join(RESULTS, "order-warning-risk.png"), fullPage: true });

  // Back inside the span, the warnings go.
  await selectTab(page, "inputs");
  await page.getByLabel("Gov-cloud market growth in 2022", { exact: true }).fill("25");
  await page.getByLabel("Gov-cloud market growth in 2022", { exact: true }).press("Enter");
  await page.getByText(warning, { exact: false }).waitFor({ state: "detached" });
  await selectTab(page, "risk");
  await page.getByRole("button", { name: t("run"), exact: true }).waitFor();
  expect(await page.locator("[data-order-warning]").count()).toBe(0);
  expect(watch.errors).toEqual([]);
  await page.close();
});

test("a dialog opened and closed by keyboard gives focus back to the control that opened it", async () => {
  const pane = builtPane();
  if (!pane) return;
  const { page, watch, t } = await openPane(pane, 320, "en");
  await page.getByRole("button", { name: t("setUpWorkbook") }).click();
  const actions = page.getByRole("group", { name: t("scenarioActions") });
  await actions.waitFor();

  // Add scenario: Enter opens it with the name field focused, Escape closes it.
  const add = actions.getByRole("button", { name: t("addScenario") });
  await add.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await expect(isFocused(dialog.getByLabel(t("scenarioName")))).resolves.toBe(true);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await expect(isFocused(add)).resolves.toBe(true);

  // Reset: a question that loses values opens on Cancel; Space on Cancel closes it.
  const reset = actions.getByRole("button", { name: t("resetScenario", { name: t("scenarioBase") }) });
  await reset.focus();
  await page.keyboard.press("Space");
  const question = page.getByRole("alertdialog");
  await question.waitFor();
  await expect(isFocused(question.getByRole("button", { name: t("cancel") }))).resolves.toBe(true);
  await page.keyboard.press("Space");
  await question.waitFor({ state: "detached" });
  await expect(isFocused(reset)).resolves.toBe(true);

  // After a change that removes the opener (Delete of a custom scenario) focus lands on the selected tab.
  await add.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Stress");
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: "Stress", selected: true }).waitFor();
  const del = actions.getByRole("button", { name: t("deleteScenario", { name: "Stress" }) });
  await del.focus();
  await page.keyboard.press("Enter");
  await question.waitFor();
  // Open after another dialog closed, it is still visible to assistive technology.
  expect(await question.getAttribute("aria-hidden")).toBeNull();
  await page.keyboard.press("Tab");
  await expect(isFocused(question.getByRole("button", { name: t("delete") }))).resolves.toBe(true);
  await page.keyboard.press("Enter");
  await question.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: t("scenarioBase"), selected: true }).waitFor();
  await expect(isFocused(page.getByRole("tab", { name: t("scenarioBase"), selected: true }))).resolves.toBe(
    true,
  );
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  expect(watch.errors).toEqual([]);
  await page.close();
});

async function isFocused(locator: Locator): Promise<boolean> {
  await locator.waitFor();
  return locator.evaluate((element) => element === document.activeElement);
}
