/**
 * Proof by an independent spreadsheet program: workbooks written by `govcloud-forecast export`, with
 * every cached formula result removed, are recalculated by LibreOffice, and every formula cell of
 * the Forecast sheet and of the Cover sheet (which reads the Forecast sheet) must equal the
 * engine's number.
 *
 * Tolerance: relative difference ≤ 1e-9. The engine steps its recursions year by year (repeated
 * division, a fade factor multiplied in each year) where the formulas use POWER/EXP closed forms per
 * column, and LibreOffice's CSV prints 15 significant digits; together that is ~1e-15 relative.
 * 1e-9 leaves six orders of magnitude for that rounding while any modelling slip (a year off, a
 * wrong rate, a missing cap) shows up at 1e-3 or more.
 *
 * Needs LibreOffice (Debian: libreoffice-calc-nogui). Without it the test passes with a loud
 * warning on a developer machine, and fails in CI (CI=true).
 */
import ExcelJS from "exceljs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BuiltInScenario } from "../../src/model/assumptionTypes";
import { compileForecast } from "../../src/model/forecast";
import {
  COVER_SHEET,
  FORECAST_SHEET,
  INPUTS_SHEET,
  SCENARIO_HEADERS,
  INPUT_COLUMNS,
  buildModelLayout,
  type ModelLayout,
  type ModelLayoutOptions,
} from "../../src/model/modelLayout";
import { inLanguage } from "../../src/model/layout/layoutText";
import { createScenario, type AssumptionOverride } from "../../src/model/scenario";
import { cli } from "./cliHarness";
import { convertToCsv, csvNumber, findSoffice, readCsv, sheetCsvPath } from "./soffice";

const RELATIVE_TOLERANCE = 1e-9;

interface ExportCase {
  readonly file: string;
  readonly args: readonly string[];
  readonly layout: ModelLayoutOptions;
}

const OVERRIDES: AssumptionOverride[] = [
  { key: "market.gov.growth.near", value: 0.3 },
  // Low enough that the cap binds from 2020 on, so the MIN branch is exercised.
  { key: "vendor.Tencent.govContracts.shareCap", value: 0.05 },
  { key: "city.bass.q", value: 0.45 },
];

const USER_VENDOR: AssumptionOverride[] = [
  { key: "vendor.Alibaba.revenue.2019", value: 300 },
  { key: "vendor.Alibaba.revenue.2021", value: 600 },
  { key: "vendor.Alibaba.govContracts.2019", value: 20 },
  { key: "vendor.Alibaba.govContracts.2021", value: 45 },
  { key: "vendor.Alibaba.govContracts.shareCap", value: 0.08 },
];

const EXPORTS: readonly ExportCase[] = [
  { file: "bear.xlsx", args: ["--scenario", "bear"], layout: { scenario: "bear" } },
  { file: "base.xlsx", args: [], layout: { scenario: "base" } },
  { file: "bull.xlsx", args: ["--scenario", "bull"], layout: { scenario: "bull" } },
  {
    // An override, a later first year (hidden columns), the last year, and Chinese headers that the
    // selector must match.
    file: "override.xlsx",
    args: [
      "--scenario",
      "bear",
      ...OVERRIDES.flatMap((o) => ["--set", `${o.key}=${o.value}`]),
      "--from",
      "2024",
      "--to",
      "2040",
      "--lang",
      "zh-CN",
    ],
    layout: { scenario: "bear", overrides: OVERRIDES, from: 2024, to: 2040, language: "zh-CN" },
  },
  {
    // A vendor the user adds: observed two years apart (the POWER form of the observed step), its
    // first observation after 2018 (back-cast from it), its unset fade assumptions following Tencent's.
    file: "user-vendor.xlsx",
    args: ["--scenario", "bull", ...USER_VENDOR.flatMap((o) => ["--set", `${o.key}=${o.value}`])],
    layout: { scenario: "bull", overrides: USER_VENDOR },
  },
];

/** Inputs cells edited in the exported base workbook, as a user would in Excel. */
const EDITED_INPUTS: AssumptionOverride[] = [
  { key: "market.gov.growth.terminal", value: 0.08 },
  { key: "city.bass.p", value: 0.05 },
  { key: "vendor.Tencent.fade.halfLife", value: 2 },
];

/** Workbooks made by editing the exported base workbook, as a user would. */
const EDITED_FILES = ["edited.xlsx", "switched.xlsx", "sorted.xlsx"];

const soffice = findSoffice();
let warned = false;

/** True when the test may run; otherwise warns loudly (once), or throws in CI where LibreOffice is required. */
function libreOfficeAvailable(): boolean {
  if (soffice) return true;
  if (process.env.CI === "true") {
    throw new Error(
      "LibreOffice (soffice) is not installed, and CI=true requires this test: apt-get install libreoffice-calc-nogui",
    );
  }
  if (warned) return false;
  warned = true;
  console.warn(
    "\n*** SKIPPED: LibreOffice (soffice) not found, so the exported formulas were NOT recomputed. ***\n" +
      "*** Install it (Debian/Ubuntu: apt-get install libreoffice-calc-nogui) to run this test.   ***\n",
  );
  return false;
}

/** Removes every cached formula result (and applies `edit`), so LibreOffice must compute them all. */
async function withoutCachedResults(
  source: string,
  target: string,
  edit: (workbook: ExcelJS.Workbook) => void = () => undefined,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  edit(workbook);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula };
      }),
    ),
  );
  await workbook.xlsx.writeFile(target);
}

function requireSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function formulaResultsLeft(path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  let left = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.result !== undefined) left++;
      }),
    ),
  );
  return left;
}

interface Comparison {
  readonly cells: number;
  readonly largestRelativeDifference: number;
  readonly mismatches: readonly string[];
}

function relativeDifference(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(actual), Math.abs(expected));
}

/**
 * Every formula cell of the Forecast sheet against the engine: series cells against
 * `compileForecast(createScenario(...))` directly; the other formula cells (the scenario's
 * assumption values, derived constants, checks) against the values the layout records.
 */
function compareForecast(
  rows: readonly (readonly string[])[],
  layout: ModelLayout,
  scenario: BuiltInScenario,
  overrides: readonly AssumptionOverride[],
): Comparison {
  const engine = compileForecast(createScenario(scenario, overrides));
  const seriesOfRow = new Map(layout.placement.seriesRows.map(({ key, row }) => [row, key]));
  const yearOfColumn = new Map(layout.placement.yearColumns.map(({ year, column }) => [column, year]));
  let cells = 0;
  let largest = 0;
  const mismatches: string[] = [];
  for (const cell of layout.forecast.cells) {
    if (cell.formula === undefined) continue;
    const series = seriesOfRow.get(cell.row);
    const year = yearOfColumn.get(cell.column);
    const expected =
      series !== undefined && year !== undefined ? engine.value(series, year) : Number(cell.cached);
    const actual = csvNumber(rows[cell.row - 1]?.[cell.column - 1]);
    const difference = relativeDifference(actual, expected);
    cells++;
    if (!(difference <= RELATIVE_TOLERANCE)) {
      mismatches.push(
        `${cell.address} (${series ?? "?"} ${year ?? ""}): LibreOffice ${actual}, engine ${expected}`,
      );
    } else {
      largest = Math.max(largest, difference);
    }
  }
  return { cells, largestRelativeDifference: largest, mismatches };
}

/**
 * Every formula cell of the Cover sheet: key figures against the engine's series in that year, the
 * year headers against the years, the largest check against 0, the scenario and the link as text.
 */
function compareCover(
  rows: readonly (readonly string[])[],
  layout: ModelLayout,
  scenario: BuiltInScenario,
  overrides: readonly AssumptionOverride[],
): Comparison {
  const engine = compileForecast(createScenario(scenario, overrides));
  const keyOfRow = new Map(layout.coverPlacement.figureRows.map(({ key, row }) => [row, key]));
  const yearOfColumn = new Map(layout.coverPlacement.yearColumns.map(({ year, column }) => [column, year]));
  let cells = 0;
  let largest = 0;
  const mismatches: string[] = [];
  for (const cell of layout.cover.cells) {
    if (cell.formula === undefined) continue;
    cells++;
    const shown = rows[cell.row - 1]?.[cell.column - 1] ?? "";
    if (typeof cell.cached === "string") {
      const expected = cell.formula.startsWith("Forecast!")
        ? inLanguage(SCENARIO_HEADERS[scenario], layout.language)
        : cell.cached;
      if (shown !== expected)
        mismatches.push(`${cell.address}: LibreOffice "${shown}", expected "${expected}"`);
      continue;
    }
    const key = keyOfRow.get(cell.row);
    const year = yearOfColumn.get(cell.column);
    const expected =
      key !== undefined && year !== undefined
        ? engine.value(key, year)
        : year !== undefined && cell.row < Math.min(...keyOfRow.keys())
          ? year
          : Number(cell.cached);
    const difference = relativeDifference(csvNumber(shown), expected);
    if (!(difference <= RELATIVE_TOLERANCE)) {
      mismatches.push(
        `${cell.address} (${key ?? "?"} ${year ?? ""}): LibreOffice ${shown}, engine ${expected}`,
      );
    } else {
      largest = Math.max(largest, difference);
    }
  }
  return { cells, largestRelativeDifference: largest, mismatches };
}

describe("exported workbooks recalculated by LibreOffice", () => {
  let work = "";
  let csvDir = "";
  const recalculated = (file: string): string => join(work, file.replace(/\.xlsx$/, "-recalc.xlsx"));
  let totalCells = 0;
  let largest = 0;

  beforeAll(async () => {
    if (!soffice) return;
    work = await mkdtemp(join(tmpdir(), "govcloud-export-"));
    for (const { file, args } of EXPORTS) {
      const result = await cli("export", "--out", join(work, file), ...args);
      if (result.code !== 0) throw new Error(result.stderr);
      await withoutCachedResults(join(work, file), recalculated(file));
    }
    const base = buildModelLayout({ scenario: "base" });
    await withoutCachedResults(join(work, "base.xlsx"), recalculated("edited.xlsx"), (workbook) => {
      const inputs = requireSheet(workbook, INPUTS_SHEET);
      for (const { key, value } of EDITED_INPUTS) {
        const row = base.inputRows.find((r) => r.key === key)?.row ?? 0;
        inputs.getCell(row, INPUT_COLUMNS.base).value = value;
      }
    });
    await withoutCachedResults(join(work, "base.xlsx"), recalculated("switched.xlsx"), (workbook) => {
      requireSheet(workbook, FORECAST_SHEET).getCell(base.placement.selector).value = "Bull";
    });
    // A user sorts the inputs table: the forecast looks assumptions up by key, so nothing changes.
    await withoutCachedResults(join(work, "base.xlsx"), recalculated("sorted.xlsx"), (workbook) => {
      const inputs = requireSheet(workbook, INPUTS_SHEET);
      const body = base.inputRows.map((input) => inputs.getRow(input.row).values);
      body.reverse().forEach((values, i) => (inputs.getRow(base.inputRows[i]!.row).values = values));
    });
    const files = [...EXPORTS.map((e) => e.file), ...EDITED_FILES].map(recalculated);
    csvDir = await convertToCsv(soffice, files);
  }, 120_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
    if (csvDir) await rm(join(csvDir, ".."), { recursive: true, force: true });
    if (totalCells > 0) {
      console.info(
        `LibreOffice: ${totalCells} formula cells compared, largest relative difference ${largest.toExponential(2)}.`,
      );
    }
  });

  function expectMatches(
    file: string,
    scenario: BuiltInScenario,
    overrides: readonly AssumptionOverride[],
    layout: ModelLayout,
  ) {
    return Promise.all([
      readCsv(sheetCsvPath(csvDir, recalculated(file), FORECAST_SHEET)),
      readCsv(sheetCsvPath(csvDir, recalculated(file), COVER_SHEET)),
    ]).then(([forecastRows, coverRows]) => {
      const result = compareForecast(forecastRows, layout, scenario, overrides);
      const cover = compareCover(coverRows, layout, scenario, overrides);
      totalCells += result.cells + cover.cells;
      largest = Math.max(largest, result.largestRelativeDifference, cover.largestRelativeDifference);
      expect(result.mismatches).toEqual([]);
      expect(result.cells).toBeGreaterThan(300);
      expect(cover.mismatches).toEqual([]);
      // Five key series in four or five key years, their year headers, the scenario, the check, the link.
      expect(cover.cells).toBeGreaterThanOrEqual(5 * 4 + 4 + 3);
    });
  }

  it("left no cached result in the files LibreOffice recalculates", async () => {
    if (!libreOfficeAvailable()) return;
    for (const file of [...EXPORTS.map((e) => e.file), ...EDITED_FILES]) {
      expect(await formulaResultsLeft(recalculated(file))).toBe(0);
    }
  });

  it.each(EXPORTS.map((e) => [e.file, e] as const))(
    "%s: every Forecast and Cover formula recomputes to the engine's number",
    async (_file, { file, layout }) => {
      if (!libreOfficeAvailable()) return;
      const scenario = layout.scenario ?? "base";
      await expectMatches(file, scenario, layout.overrides ?? [], buildModelLayout(layout));
    },
  );

  it("an edited input cell recomputes to the engine run with the same override", async () => {
    if (!libreOfficeAvailable()) return;
    await expectMatches(
      "edited.xlsx",
      "base",
      EDITED_INPUTS,
      buildModelLayout({ scenario: "base", overrides: EDITED_INPUTS }),
    );
  });

  it("a sorted inputs sheet still feeds every assumption to the right formula", async () => {
    if (!libreOfficeAvailable()) return;
    await expectMatches("sorted.xlsx", "base", [], buildModelLayout({ scenario: "base" }));
  });

  it("switching the scenario selector recomputes the other scenario", async () => {
    if (!libreOfficeAvailable()) return;
    await expectMatches("switched.xlsx", "bull", [], buildModelLayout({ scenario: "bull" }));
  });
});
