// Every Office.js member under src/ needs at most the requirement sets manifest.xml declares, or sits
// behind an isSetSupported check for its set (see apiSetUsage.ts for what counts as one). The set of a
// member is the `[Api set: …]` annotation of its declaration in the installed @types/office-js and
// @types/custom-functions-runtime, the source of Microsoft's reference pages.
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { DECLARED_API_SETS } from "../../src/office/requirements";
import { apiSetUses, compareVersions, unguardedUses, type ApiUse } from "./apiSetUsage";

/** <Requirements><Sets><Set Name MinVersion> of manifest.xml. */
function manifestSets(): Map<string, string> {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
    readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8"),
  ) as { OfficeApp: { Requirements: { Sets: { DefaultMinVersion?: string; Set: unknown } } } };
  const sets = xml.OfficeApp.Requirements.Sets;
  const list = (Array.isArray(sets.Set) ? sets.Set : [sets.Set]) as { Name: string; MinVersion?: string }[];
  return new Map(list.map((set) => [set.Name, set.MinVersion ?? sets.DefaultMinVersion ?? "1.1"]));
}

const describeUse = (use: ApiUse) =>
  `${use.file}:${use.line} ${use.text} (${use.member}) needs ${use.needs.name} ${use.needs.version}`;

const PLANTED = "src/office/plantedForTest.ts";
// Planted uses, never written to disk: what the test must catch with the manifest left alone, and
// the guards it must accept. One line per use, so each use is known by its line.
const PLANTED_SOURCE = `import { supportsApiSet } from "./requirements";
export async function unguarded(context: Excel.RequestContext): Promise<void> {
  context.workbook.getActiveShapeOrNullObject();
  await context.sync();
}
export function guarded(context: Excel.RequestContext): void {
  if (supportsApiSet("ExcelApi", "1.19")) context.workbook.getActiveShapeOrNullObject();
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.19")) return;
  context.workbook.getActiveShapeOrNullObject();
}
export function guardedTooLow(context: Excel.RequestContext): void {
  if (supportsApiSet("ExcelApi", "1.18")) context.workbook.getActiveShapeOrNullObject();
  const shape = supportsApiSet("ExcelApi", "1.19") ? context.workbook.getActiveShapeOrNullObject() : undefined;
  return shape && undefined;
}
`;

// Type-checking all of src/ takes several seconds on a busy machine: one program serves every test.
let uses: ApiUse[];
let sourceUses: ApiUse[];
let plantedUses: ApiUse[];
beforeAll(() => {
  uses = apiSetUses({ [PLANTED]: PLANTED_SOURCE });
  sourceUses = uses.filter((use) => use.file !== PLANTED);
  plantedUses = uses.filter((use) => use.file === PLANTED);
}, 120_000);

describe("requirement sets", () => {
  it("declares in manifest.xml the sets src/office/requirements.ts says it declares", () => {
    expect(manifestSets()).toEqual(new Map(DECLARED_API_SETS.map((set) => [set.name, set.version])));
  });

  it("finds the Office.js members the add-in uses, with their sets", () => {
    // Known uses, so the scan cannot pass by finding nothing.
    const needs = (member: string) => sourceUses.find((use) => use.member === member)?.needs;
    expect(needs("Range.getSpillingToRangeOrNullObject")).toEqual({ name: "ExcelApi", version: "1.12" });
    expect(needs("Table.onChanged")).toEqual({ name: "ExcelApi", version: "1.7" });
    expect(needs("NamedItem.formula")).toEqual({ name: "ExcelApi", version: "1.7" });
    expect(needs("Range.dataValidation")).toEqual({ name: "ExcelApi", version: "1.8" });
    expect(needs("Error")).toEqual({ name: "CustomFunctionsRuntime", version: "1.2" });
    expect(needs("ErrorCode.invalidValue")).toEqual({ name: "CustomFunctionsRuntime", version: "1.3" });
    expect(sourceUses.length).toBeGreaterThan(100);
  });

  it("uses nothing above the manifest's sets unless behind an isSetSupported check", () => {
    expect(unguardedUses(sourceUses, manifestSets()).map(describeUse)).toEqual([]);
    // Guarded uses exist, so the guard recognition is exercised by the real source too.
    const aboveFloor = sourceUses.filter(
      (use) => use.needs.name === "ExcelApi" && compareVersions(use.needs.version, "1.7") > 0,
    );
    expect(aboveFloor.length).toBeGreaterThan(0);
    expect(aboveFloor.every((use) => use.guardedBy.length > 0)).toBe(true);
  });
});

describe("the scan", () => {
  it("fails on an unguarded context.workbook.getActiveShapeOrNullObject() (ExcelApi 1.19)", () => {
    // With the manifest left alone, a use like this in src/ makes the test above fail with this line.
    expect(unguardedUses(plantedUses, manifestSets()).map(describeUse)).toEqual([
      `${PLANTED}:3 context.workbook.getActiveShapeOrNullObject (Workbook.getActiveShapeOrNullObject) needs ExcelApi 1.19`,
      `${PLANTED}:12 context.workbook.getActiveShapeOrNullObject (Workbook.getActiveShapeOrNullObject) needs ExcelApi 1.19`,
    ]);
  });

  it("accepts it behind a check for its set (if, early return, ?:), and only for a high enough version", () => {
    expect(plantedUses.map((use) => [use.line, use.guardedBy.map((set) => set.version)])).toEqual([
      [3, []],
      [7, ["1.19"]],
      [9, ["1.19"]],
      [12, ["1.18"]],
      [13, ["1.19"]],
    ]);
  });
});
