/**
 * The exported workbook as a printed document: LibreOffice prints exports (2018–2035 and 2019–2030)
 * to PDF with each sheet's own page setup, poppler's pdftotext says which sheet each page shows (the
 * header's centre is the sheet name), and pdftoppm renders every page to PNG under
 * test-results/printed-workbook/ for a person to look at.
 *
 * Limits from issue 13: the whole workbook in at most 12 pages, the cover on exactly one page, the
 * Forecast sheet on at most 2; the cover page shows the three chart titles (the charts are drawn
 * from the DrawingML parts, so their titles are text in the PDF).
 *
 * Needs LibreOffice and poppler-utils (Debian: libreoffice-calc-nogui poppler-utils). Without them
 * the test passes with a loud warning on a developer machine, and fails in CI (CI=true).
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { CHART_TEXT } from "../../src/model/layout/chartLayout";
import { cli } from "./cliHarness";
import { convertToPdf, findSoffice } from "./soffice";

const run = promisify(execFile);
const RESULTS = join(__dirname, "..", "..", "test-results", "printed-workbook");

function onPath(name: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const soffice = findSoffice();
const toolsPresent = soffice !== undefined && onPath("pdftotext") && onPath("pdftoppm");
let warned = false;

function toolsAvailable(): boolean {
  if (toolsPresent) return true;
  if (process.env.CI === "true") {
    throw new Error(
      "LibreOffice or poppler-utils is missing, and CI=true requires this test: apt-get install libreoffice-calc-nogui poppler-utils",
    );
  }
  if (!warned) {
    warned = true;
    console.warn(
      "\n*** SKIPPED: soffice, pdftotext or pdftoppm not found, so the printed workbook was NOT checked. ***\n" +
        "*** Install them (Debian/Ubuntu: apt-get install libreoffice-calc-nogui poppler-utils).      ***\n",
    );
  }
  return false;
}

interface PrintCase {
  readonly file: string;
  readonly from: number;
  readonly to: number;
}

const CASES: readonly PrintCase[] = [
  { file: "model-2018-2035.xlsx", from: 2018, to: 2035 },
  { file: "model-2019-2030.xlsx", from: 2019, to: 2030 },
];

const SHEETS = ["Cover", "GovCloud Inputs", "Forecast", "Sources", "Notes"];

/**
 * The text of each page of a PDF: "-layout" keeps each printed line together (the header), "-raw"
 * keeps the drawing order, so a chart title wrapped over two lines stays one phrase.
 */
async function pageTexts(pdf: string, mode: "-layout" | "-raw"): Promise<string[]> {
  const { stdout } = await run("pdftotext", [mode, pdf, "-"], { maxBuffer: 32 * 1024 * 1024 });
  // pdftotext ends every page with a form feed.
  return stdout.split("\f").slice(0, -1);
}

/** The sheet a page shows: the header's centre, between "…model workbook (file)" and "Scenario written: …". */
function sheetOfPage(text: string): string {
  const header = text.split("\n").find((line) => line.trim() !== "") ?? "";
  const middle = header.replace(/^.*model workbook \([^)]*\)/, "").replace(/Scenario written:.*$/, "");
  return middle.trim();
}

describe("the exported workbook printed by LibreOffice", () => {
  let work = "";
  let pdfDir = "";
  const pages = new Map<string, string[]>();
  const rawPages = new Map<string, string[]>();

  beforeAll(async () => {
    if (!toolsPresent || !soffice) return;
    work = await mkdtemp(join(tmpdir(), "govcloud-print-"));
    for (const { file, from, to } of CASES) {
      const result = await cli(
        "export",
        "--out",
        join(work, file),
        "--from",
        String(from),
        "--to",
        String(to),
      );
      if (result.code !== 0) throw new Error(result.stderr);
    }
    pdfDir = await convertToPdf(
      soffice,
      CASES.map(({ file }) => join(work, file)),
    );
    await mkdir(RESULTS, { recursive: true });
    for (const { file } of CASES) {
      const pdf = join(pdfDir, file.replace(/\.xlsx$/, ".pdf"));
      pages.set(file, await pageTexts(pdf, "-layout"));
      rawPages.set(file, await pageTexts(pdf, "-raw"));
      const prefix = file.replace(/\.xlsx$/, "");
      for (const stale of (await readdir(RESULTS)).filter((name) => name.startsWith(`${prefix}-`))) {
        await rm(join(RESULTS, stale));
      }
      await run("pdftoppm", ["-r", "70", "-png", pdf, join(RESULTS, prefix)]);
    }
  }, 180_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
    if (pdfDir) await rm(join(pdfDir, ".."), { recursive: true, force: true });
  });

  it.each(CASES.map((c) => [c.file, c] as const))(
    "%s: at most 12 pages, the cover on one, the Forecast sheet on at most 2, sheets in order",
    async (file) => {
      if (!toolsAvailable()) return;
      const texts = pages.get(file) ?? [];
      const sheets = texts.map(sheetOfPage);
      const count = (name: string) => sheets.filter((sheet) => sheet === name).length;
      console.info(`${file}: ${texts.length} pages: ${sheets.join(" | ")}`);
      expect(texts.length).toBeLessThanOrEqual(12);
      expect(sheets.every((sheet) => SHEETS.includes(sheet))).toBe(true);
      expect(sheets[0]).toBe("Cover");
      expect(count("Cover")).toBe(1);
      expect(count("Forecast")).toBeGreaterThanOrEqual(1);
      expect(count("Forecast")).toBeLessThanOrEqual(2);
      for (const sheet of SHEETS) expect([sheet, count(sheet) >= 1]).toEqual([sheet, true]);
      // Sheets print in workbook order, each on consecutive pages.
      const order = sheets.filter((sheet, i) => sheet !== sheets[i - 1]);
      expect(order).toEqual(SHEETS);
      // The footer numbers the pages of the whole workbook.
      texts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${texts.length}`));
      // One PNG per page for a person to look at.
      const prefix = file.replace(/\.xlsx$/, "-");
      const images = (await readdir(RESULTS)).filter(
        (name) => name.startsWith(prefix) && name.endsWith(".png"),
      );
      expect(images).toHaveLength(texts.length);
    },
  );

  it.each(CASES.map((c) => [c.file, c] as const))(
    "%s: the cover page shows the key figures, the source and the three charts' titles",
    (file, { from, to }) => {
      if (!toolsAvailable()) return;
      const cover = rawPages.get(file)?.[0] ?? "";
      // A long chart title is drawn on two lines: compare with whitespace collapsed.
      const flat = cover.replace(/\s+/g, " ");
      for (const title of Object.values(CHART_TEXT).slice(0, 3)) expect(flat).toContain(title.en);
      expect(flat).toContain("Key figures (read from the Forecast sheet)");
      expect(flat).toMatch(new RegExp(`\\b${from}\\b.*\\b${to}\\b`));
      expect(flat).toContain("OFweek, 2020-03-19");
      expect(flat).toContain("Change the scenario in Forecast!D2");
      // No chart title appears on any other page.
      for (const text of rawPages.get(file)?.slice(1) ?? []) {
        expect(text.replace(/\s+/g, " ")).not.toContain(CHART_TEXT.vendorRevenue.en);
      }
    },
  );
});
