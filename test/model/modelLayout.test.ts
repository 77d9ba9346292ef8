import { ASSUMPTIONS } from "../../src/model/assumptions";
import { BUILT_IN_SCENARIOS } from "../../src/model/assumptionTypes";
import { ModelError } from "../../src/model/errors";
import { compileForecast } from "../../src/model/forecast";
import {
  ALL_CHECKS_KEY,
  FORECAST_COLUMNS,
  INPUTS_SHEET,
  buildModelLayout,
  type LayoutCell,
  type LayoutSheet,
  type ModelLayout,
  type ModelLayoutOptions,
} from "../../src/model/modelLayout";
import { builtInScenario, createScenario, scenarioValue } from "../../src/model/scenario";
import { scenarioSetFromTable } from "../../src/model/scenarioInput";

/** A1 references in a formula: a cell or a range on the formula's own sheet. */
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(String.raw`(${CELL})(?::(${CELL}))?(?![\w(])`, "g");
/** A reference to another sheet (quoted or not): a cell, a range, whole columns or whole rows. */
const SHEET_REFERENCE =
  /(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(\$?[A-Z]{0,3}\$?\d*(?::\$?[A-Z]{0,3}\$?\d*)?)/g;
const ALLOWED_FUNCTIONS = new Set(["POWER", "EXP", "LN", "MIN", "MAX", "IF", "INDEX", "MATCH"]);

interface Reference {
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function parseCell(text: string): {
  row: number;
  column: number;
  absoluteRow: boolean;
  absoluteColumn: boolean;
} {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(text);
  if (!m) throw new Error(`not a cell: ${text}`);
  return {
    absoluteColumn: m[1] === "$",
    column: columnNumber(m[2] ?? ""),
    absoluteRow: m[3] === "$",
    row: Number(m[4]),
  };
}

/** Every cell a formula names; a range counts as its two corners (ranges here are one row). */
function references(formula: string): Reference[] {
  const other = [...formula.matchAll(SHEET_REFERENCE)].map((m) => ({
    sheet: (m[1] ?? m[2] ?? "").replace(/''/g, "'"),
    row: Number.NaN,
    column: Number.NaN,
  }));
  const local = [...formula.replace(SHEET_REFERENCE, "").matchAll(REFERENCE)].flatMap((m) =>
    [m[1], m[2]].filter((c): c is string => c !== undefined).map((c) => parseCell(c)),
  );
  return [...other, ...local];
}

/** The formula in R1C1 notation as seen from its cell: equal for every cell of a consistent row. */
function r1c1(cell: LayoutCell): string {
  const convert = (text: string): string => {
    const c = parseCell(text);
    const colPart = c.absoluteColumn ? `C${c.column}` : `C[${c.column - cell.column}]`;
    const rowPart = c.absoluteRow ? `R${c.row}` : `R[${c.row - cell.row}]`;
    return rowPart + colPart;
  };
  // References to other sheets are absolute: keep them as written, convert the local ones.
  const kept: string[] = [];
  const local = (cell.formula ?? "").replace(SHEET_REFERENCE, (all) => `§${kept.push(all) - 1}§`);
  return local
    .replace(
      REFERENCE,
      (_all, first: string, last?: string) => `${convert(first)}${last ? `:${convert(last)}` : ""}`,
    )
    .replace(/§(\d+)§/g, (_all, index: string) => kept[Number(index)] ?? "");
}

function formulaCells(sheet: LayoutSheet): LayoutCell[] {
  return sheet.cells.filter((cell) => cell.formula !== undefined);
}

/**
 * Anchors on every anchorable series, with actuals before the anchor years as well; values from
 * published-figures.md where one exists (CAICT 2021 and 2024, CCID 2021), else ours for the test.
 */
export const ANCHORED_OVERRIDES = [
  { key: "actual.market.total.2021", value: 3229 },
  { key: "actual.market.total.2024", value: 8288 },
  { key: "anchor.market.total", value: 2024 },
  { key: "actual.market.gov.2019", value: 527.7 },
  { key: "actual.market.gov.2021", value: 786.9 },
  { key: "anchor.market.gov", value: 2021 },
  { key: "actual.city.cities.2022", value: 400 },
  { key: "anchor.city.cities", value: 2022 },
  { key: "actual.city.budget.2023", value: 0.5 },
  { key: "anchor.city.budget", value: 2023 },
  { key: "actual.vendor.Tencent.revenue.2018", value: 91 },
  { key: "actual.vendor.Tencent.revenue.2022", value: 300 },
  { key: "anchor.vendor.Tencent.revenue", value: 2022 },
  { key: "actual.vendor.Tencent.govContracts.2023", value: 60 },
  { key: "anchor.vendor.Tencent.govContracts", value: 2023 },
];

const LAYOUTS: readonly [string, ModelLayoutOptions][] = [
  ["bear", { scenario: "bear" }],
  ["base", {}],
  ["bull", { scenario: "bull" }],
  [
    "base with overrides, 2024–2040, zh-CN",
    {
      scenario: "base",
      overrides: [
        { key: "vendor.Tencent.govContracts.shareCap", value: 0.05 },
        { key: "market.gov.growth.near", value: 0.35 },
      ],
      from: 2024,
      to: 2040,
      language: "zh-CN",
    },
  ],
  [
    "a user vendor observed in 2019 and 2021",
    {
      overrides: [
        { key: "vendor.Alibaba.revenue.2019", value: 300 },
        { key: "vendor.Alibaba.revenue.2021", value: 600 },
        { key: "vendor.Alibaba.govContracts.2019", value: 20 },
        { key: "vendor.Alibaba.govContracts.2021", value: 45 },
        { key: "vendor.Alibaba.fade.halfLife", value: 2 },
      ],
    },
  ],
  [
    "anchored on actuals (issue 12): every anchorable series, actuals before the anchors too",
    { overrides: ANCHORED_OVERRIDES },
  ],
];

describe.each(LAYOUTS)("model layout: %s", (_name, options) => {
  const layout: ModelLayout = buildModelLayout(options);
  const { placement } = layout;
  const firstYearColumn = FORECAST_COLUMNS.firstYear;
  const yearColumns = new Set(placement.yearColumns.map((y) => y.column));
  const timelineRows = new Set([...placement.seriesRows, ...placement.checkRows].map((r) => r.row));

  it("gives every cell one address and either a constant or a formula", () => {
    for (const sheet of layout.sheets) {
      const addresses = sheet.cells.map((c) => c.address);
      expect(new Set(addresses).size).toBe(addresses.length);
      const both = sheet.cells.filter((cell) => (cell.value === undefined) === (cell.formula === undefined));
      expect(both.map((cell) => cell.address)).toEqual([]);
    }
  });

  it("references only the Inputs sheet, the year row and earlier columns from the timeline", () => {
    const violations: string[] = [];
    for (const cell of formulaCells(layout.forecast)) {
      for (const ref of references(cell.formula ?? "")) {
        let allowed: boolean;
        if (ref.sheet !== undefined) {
          // Only the Value column reads Inputs; the timeline reads the Value column.
          allowed = ref.sheet === INPUTS_SHEET && cell.column === FORECAST_COLUMNS.value;
        } else if (yearColumns.has(cell.column)) {
          allowed =
            ref.column === FORECAST_COLUMNS.value || // the scenario's values (an earlier column)
            (ref.column === cell.column &&
              ref.row !== cell.row &&
              (ref.row === placement.yearRow || timelineRows.has(ref.row))) ||
            (ref.column === cell.column - 1 && ref.row === cell.row); // the previous year of this row
        } else {
          // The value column reads earlier rows of itself, and its own row's key to look the input up.
          allowed =
            cell.column === FORECAST_COLUMNS.value &&
            (ref.row !== cell.row ? ref.column <= cell.column : ref.column === FORECAST_COLUMNS.key);
        }
        if (!allowed) violations.push(`${cell.address}: ${cell.formula}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("never evaluates the column before the first year: recursions sit behind IF(year<=start)", () => {
    for (const cell of formulaCells(layout.forecast).filter((c) => c.column === firstYearColumn)) {
      const previous = references(cell.formula ?? "").filter(
        (r) => r.column === firstYearColumn - 1 && r.row === cell.row,
      );
      if (previous.length > 0) expect(cell.formula).toMatch(/^(?:IF\([A-Z]+\$\d+<=\d{4},)/);
    }
  });

  it("has no circular references", () => {
    const formulas = new Map(formulaCells(layout.forecast).map((c) => [`${c.row}:${c.column}`, c]));
    const state = new Map<string, "visiting" | "done">();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === "done") return;
      if (state.get(id) === "visiting") throw new Error(`cycle: ${[...path, id].join(" → ")}`);
      state.set(id, "visiting");
      for (const ref of references(formulas.get(id)?.formula ?? "")) {
        const next = `${ref.row}:${ref.column}`;
        if (ref.sheet === undefined && formulas.has(next)) visit(next, [...path, id]);
      }
      state.set(id, "done");
    };
    for (const id of formulas.keys()) visit(id, []);
  });

  it("uses only functions Excel 2016 and LibreOffice both compute, and types in no constants but years", () => {
    const violations: string[] = [];
    for (const cell of formulaCells(layout.forecast)) {
      const formula = cell.formula ?? "";
      for (const [, name] of formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) {
        if (!ALLOWED_FUNCTIONS.has(name ?? "")) violations.push(`${cell.address}: function ${name}`);
      }
      const literals = formula
        .replace(REFERENCE, "#")
        .replace(/[A-Z]+\(/g, "(")
        .match(/\d+(?:\.\d+)?/g);
      for (const literal of literals ?? []) {
        const n = Number(literal);
        // Years, and the mathematics' own 0, 1 and the 2 of ln 2.
        const year = n >= 2000 && n <= 2040;
        if (!year && ![0, 1, 2].includes(n)) violations.push(`${cell.address}: constant ${literal}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("writes one formula per row: the same R1C1 pattern in every year", () => {
    // An anchored row (src/model/layout/anchoredRows.ts) reads the actual of a year only in the
    // years that have one, and cannot restart in the first year: those cells differ by design.
    const actualRows = new Set(
      placement.valueRows.filter((r) => r.key.startsWith("actual.")).map((r) => `$${r.row}`),
    );
    const anchoredRows = new Set(
      placement.seriesRows
        .filter((r) => r.key.endsWith(".unanchored"))
        .map((r) => r.key.replace(".unanchored", "")),
    );
    if (anchoredRows.has("market.govShare")) anchoredRows.add("market.total");
    for (const { key, row } of [...placement.seriesRows, ...placement.checkRows]) {
      const cells = formulaCells(layout.forecast).filter((c) => c.row === row && yearColumns.has(c.column));
      const regular = anchoredRows.has(key)
        ? cells.filter(
            (c) =>
              c.column !== firstYearColumn &&
              ![...actualRows].some((ref) => (c.formula ?? "").includes(`$D${ref}`)),
          )
        : cells;
      expect([key, new Set(regular.map(r1c1)).size]).toEqual([key, 1]);
    }
  });

  it("caches the engine's numbers in the series rows", () => {
    const forecast = compileForecast(layout.scenario);
    for (const { key, row } of placement.seriesRows) {
      // An anchored series' path before anchoring sits in its own row (anchoredRows.ts).
      const before = key.endsWith(".unanchored")
        ? forecast.unanchored(key.replace(".unanchored", ""))
        : undefined;
      if (key.endsWith(".unanchored")) expect([key, before?.length]).toEqual([key, 23]);
      for (const { year, column } of placement.yearColumns) {
        const cell = layout.forecast.cells.find((c) => c.row === row && c.column === column);
        const expected = before ? before[year - 2018] : forecast.value(key, year);
        expect([key, year, cell?.cached]).toEqual([key, year, expected]);
      }
    }
  });

  it("has checks that are 0", () => {
    expect(placement.checkRows.map((r) => r.key)).toContain(ALL_CHECKS_KEY);
    for (const { key, row } of placement.checkRows) {
      const values = layout.forecast.cells
        .filter((c) => c.row === row && yearColumns.has(c.column))
        .map((c) => c.cached);
      expect([key, values.every((v) => v === 0)]).toEqual([key, true]);
    }
  });

  it("puts every year from FIRST_YEAR to `to` in the year row, hiding those before `from`", () => {
    const years = placement.yearColumns.map((y) => y.year);
    expect(years[0]).toBe(2018);
    expect(years[years.length - 1]).toBe(layout.to);
    const hidden = placement.yearColumns.filter((y) => y.year < layout.from).map((y) => y.column);
    expect(layout.forecast.hiddenColumns).toEqual(hidden);
  });

  it("reads the scenario through the selector, and the Inputs sheet back into the same scenario", () => {
    const selector = layout.forecast.cells.find((c) => c.address === placement.selector);
    expect(selector?.choices).toHaveLength(3);
    expect(selector?.choices).toContain(selector?.value);
    const rows: unknown[][] = [];
    for (const cell of layout.inputs.cells) (rows[cell.row - 1] ??= [])[cell.column - 1] = cell.value;
    const set = scenarioSetFromTable(rows);
    const exported = layout.exported;
    for (const [key, value] of layout.scenario.values)
      expect([key, scenarioValue(set[exported], key)]).toEqual([key, value]);
  });
});

describe("model layout: Inputs sheet", () => {
  it("has the inputs table's columns and one row per catalogue assumption", () => {
    const layout = buildModelLayout();
    const header = layout.inputs.cells.filter((c) => c.row === 1).map((c) => c.value);
    expect(header).toEqual(["Key", "Assumption", "Unit", "Bear", "Base", "Bull", "Kind", "Source"]);
    expect(layout.inputRows.map((r) => r.key)).toEqual(ASSUMPTIONS.map((a) => a.key));
    const zh = buildModelLayout({ language: "zh-CN" })
      .inputs.cells.filter((c) => c.row === 1)
      .map((c) => c.value);
    expect(zh).toEqual(["键", "假设", "单位", "悲观", "基准", "乐观", "类型", "来源"]);
  });

  it("labels article figures with their quotes and assumptions with their rationale", () => {
    const layout = buildModelLayout();
    const sourceOf = (key: string): unknown => {
      const row = layout.inputRows.find((r) => r.key === key)?.row;
      return layout.inputs.cells.find((c) => c.row === row && c.column === 8)?.value;
    };
    const kindOf = (key: string): unknown => {
      const row = layout.inputRows.find((r) => r.key === key)?.row;
      return layout.inputs.cells.find((c) => c.row === row && c.column === 7)?.value;
    };
    expect(kindOf("market.gov.2021")).toBe("article figure");
    expect(sourceOf("market.gov.2021")).toContain("caict.govCloud.2021: “其中政务云以813亿元规模”");
    expect(kindOf("market.gov.growth.near")).toBe("assumption");
    expect(sourceOf("market.gov.growth.near")).toMatch(/first year after/);
  });

  it("puts overrides in the exported scenario's column only, and says so", () => {
    const layout = buildModelLayout({
      scenario: "bull",
      overrides: [{ key: "Market.Gov.Growth.Near", value: 0.5 }],
    });
    const row = layout.inputRows.find((r) => r.key === "market.gov.growth.near");
    expect(row?.values).toEqual({ bear: 0.12, base: 0.2, bull: 0.5 });
    expect(row?.overridden).toBe(true);
    const source = layout.inputs.cells.find((c) => c.row === row?.row && c.column === 8)?.value;
    expect(source).toMatch(/Bull value is set by the user; the catalogue's is 0\.28/);
  });
});

describe("model layout: options", () => {
  it("writes the same formulas in every language and scenario", () => {
    const formulas = (options: ModelLayoutOptions): string[] =>
      buildModelLayout(options).forecast.cells.map((c) => c.formula ?? "");
    expect(formulas({ language: "zh-CN" })).toEqual(formulas({ language: "en" }));
    for (const scenario of BUILT_IN_SCENARIOS) expect(formulas({ scenario })).toEqual(formulas({}));
  });

  it.each([
    [{ from: 2017 }, /2017 is outside 2018–2040/],
    [{ to: 2041 }, /2041 is outside/],
    [{ from: 2030, to: 2025 }, /from year 2030 is after to year 2025/],
    [{ overrides: [{ key: "city.bass.q", value: 0.9 }] }, /city\.bass\.q/],
    [{ overrides: [{ key: "no.such.key", value: 1 }] }, /Unknown assumption/],
    [
      {
        overrides: [
          { key: "vendor.Old.revenue.2010", value: 1 },
          { key: "vendor.Old.revenue.2012", value: 2 },
        ],
      },
      /last observed in 2012/,
    ],
  ] as [ModelLayoutOptions, RegExp][])("rejects %p with a ModelError", (options, message) => {
    expect(() => buildModelLayout(options)).toThrow(ModelError);
    expect(() => buildModelLayout(options)).toThrow(message);
  });

  it("exports the built-in scenario itself when nothing is overridden", () => {
    expect(buildModelLayout({ scenario: "bear" }).scenario).toBe(builtInScenario("bear"));
    expect(createScenario("bear", []).values).toBe(builtInScenario("bear").values);
  });
});
