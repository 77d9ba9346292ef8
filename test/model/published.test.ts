import * as fs from "fs";
import * as path from "path";
import {
  PUBLISHED_FIGURES,
  comparablePublished,
  latestComparablePublished,
  publishedFigure,
  publishedFiguresOf,
} from "../../src/model/published";
import { BASELINE_FIGURES } from "../../src/model/baseline";
import { ModelError } from "../../src/model/errors";
import { INPUT_COLUMNS, buildModelLayout } from "../../src/model/modelLayout";

const DOC_PATH = path.resolve(__dirname, "../../../shared/docs/published-figures.md");

/** As baseline.test.ts: a missing shared folder fails in CI and warns locally. */
function readShared(file: string): string | undefined {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
  if (process.env.CI === "true") throw new Error(`The shared folder is missing: ${file} not found.`);
  console.warn(
    `!!! SKIPPING CHECK: ${file} not found (the shared folder is missing). Set CI=true to fail. !!!`,
  );
  return undefined;
}

interface DocRow {
  key: string;
  year: number;
  value: number;
  status: string;
  scope: string;
  comparable: string;
  source: string;
  note: string;
}

/** Every `| published.… |` row of the doc's tables; markdown emphasis (**…**) is dropped. */
function parseDoc(markdown: string): DocRow[] {
  const rows: DocRow[] = [];
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("| published.")) continue;
    const cells = line
      .trim()
      .replace(/^\|/, "")
      .replace(/\|$/, "")
      .split("|")
      .map((cell) => cell.trim().replace(/\*\*/g, ""));
    expect(cells).toHaveLength(8);
    const [
      key = "",
      year = "",
      value = "",
      status = "",
      scope = "",
      comparable = "",
      source = "",
      note = "",
    ] = cells;
    rows.push({ key, year: Number(year), value: Number(value), status, scope, comparable, source, note });
  }
  return rows;
}

describe("published figures (a separate set from the article's)", () => {
  it("matches every row of published-figures.md, every column, in the doc's order", () => {
    const doc = readShared(DOC_PATH);
    if (doc === undefined) return;
    const rows = parseDoc(doc);
    expect(rows).toHaveLength(14);
    expect(
      PUBLISHED_FIGURES.map(({ key, year, value, status, scope, comparable, source, note }) => ({
        key,
        year,
        value,
        status,
        scope,
        comparable,
        source,
        note,
      })),
    ).toEqual(rows);
  });

  it("derives series from the key, keeps the money unit and never reuses an article key", () => {
    const articleKeys = new Set(BASELINE_FIGURES.map((figure) => figure.key.toLowerCase()));
    for (const figure of PUBLISHED_FIGURES) {
      expect(figure.key).toBe(`published.${figure.series}.${figure.year}.${figure.key.split(".").pop()}`);
      expect(figure.unit).toBe("亿 CNY");
      expect(articleKeys.has(figure.key.toLowerCase())).toBe(false);
    }
    expect(new Set(PUBLISHED_FIGURES.map((f) => f.key.toLowerCase())).size).toBe(PUBLISHED_FIGURES.length);
  });

  it("states the derivations the doc gives (3229 / 1.544 and 8288 / 1.344, to the doc's 0.1)", () => {
    expect(publishedFigure("published.market.total.2020.caict").value).toBeCloseTo(3229 / 1.544, 1);
    expect(publishedFigure("published.market.total.2023.caict").value).toBeCloseTo(8288 / 1.344, 1);
  });

  it("finds comparable figures only (IDC's infrastructure-only 2020 figure and vendors' partly are not)", () => {
    expect(comparablePublished("market.total", 2024)?.value).toBe(8288);
    expect(comparablePublished("MARKET.GOV", 2019)?.value).toBe(527.7);
    expect(comparablePublished("market.gov", 2020)).toBeUndefined();
    expect(comparablePublished("vendor.Alibaba.revenue", 2021)).toBeUndefined();
    expect(publishedFiguresOf("vendor.alibaba.revenue").map((f) => f.year)).toEqual([2020, 2021, 2022]);
    expect(latestComparablePublished().map((f) => f.key)).toEqual([
      "published.market.total.2024.caict",
      "published.market.gov.2021.ccid",
    ]);
  });

  it("rejects an unknown key with notAvailable and cannot be changed by a caller", () => {
    expect(() => publishedFigure("published.market.total.2025.caict")).toThrow(ModelError);
    expect(publishedFigure("PUBLISHED.MARKET.TOTAL.2024.CAICT").value).toBe(8288);
    expect(Object.isFrozen(PUBLISHED_FIGURES)).toBe(true);
    expect(Object.isFrozen(PUBLISHED_FIGURES[0])).toBe(true);
  });
});

describe("published figures in the exported Inputs sheet", () => {
  it("name the figure an actual row holds, labelled as published after the article", () => {
    const layout = buildModelLayout({
      overrides: [
        { key: "actual.market.total.2024", value: 8288 },
        { key: "actual.market.gov.2024", value: 1400 },
      ],
      language: "zh-CN",
    });
    const rowOf = (key: string) => layout.inputRows.find((row) => row.key === key)?.row;
    const source = (row: number | undefined) =>
      layout.inputs.cells.find((cell) => cell.row === row && cell.column === INPUT_COLUMNS.source)?.value;
    expect(source(rowOf("actual.market.total.2024"))).toContain(
      "published.market.total.2024.caict (文章发表后公布的数据(非文章数据)): CAICT《云计算蓝皮书(2025年)》",
    );
    // A figure of the user's own names no publisher.
    expect(source(rowOf("actual.market.gov.2024"))).not.toContain("published.");
  });
});
