import * as path from "path";
import * as formulajs from "@formulajs/formulajs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import golden from "./functions.golden.json";
import translations from "../../src/functions/translations.zh-CN.json";
import * as declared from "../../src/functions/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS
const { localizeFunctionsMetadata } = require("../../scripts/localized-functions-metadata");

interface Parameter {
  name: string;
  description: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
}

let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
  );
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
});

/** The parts of the metadata that workbooks depend on: ids, names, parameter shapes, result shape. */
function signature(fn: FunctionMetadata) {
  return {
    id: fn.id,
    name: fn.name,
    parameters: fn.parameters.map(({ name, type, dimensionality, optional }) => ({
      name,
      type,
      dimensionality,
      optional,
    })),
    result: fn.result,
  };
}

describe("functions.json (golden)", () => {
  it("keeps every id, name, parameter type, optionality and dimensionality", () => {
    // A renamed id or changed signature breaks users' workbooks: update the golden file only on purpose.
    expect(JSON.parse(JSON.stringify(metadata.functions.map(signature)))).toEqual(golden);
  });

  it("names each exported function as the lower-camel-case of its Excel name", () => {
    for (const fn of metadata.functions) {
      expect(fn.id).toBe(fn.name);
      const exported = Object.keys(declared).find((name) => name.toUpperCase() === fn.id);
      expect(exported).toBeDefined();
      expect(exported?.[0]).toBe(exported?.[0]?.toLowerCase());
    }
  });

  it("describes every function and parameter", () => {
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(20);
      for (const parameter of fn.parameters) expect(parameter.description.length).toBeGreaterThan(5);
    }
  });
});

describe("functions.zh-cn.json", () => {
  const cjk = /[\u4e00-\u9fff]/;
  // A custom function name may hold Unicode letters, digits, "_" and "."; it starts with a letter and
  // has at least three characters (Microsoft, "Custom functions naming and localization").
  const validName = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

  it("translates every function and parameter and keeps the ids", () => {
    const localized = localizeFunctionsMetadata(metadata, translations) as Metadata;
    expect(localized.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const fn of localized.functions) {
      expect(fn.name).toMatch(validName);
      expect(fn.name).toMatch(cjk);
      expect(fn.description).toMatch(cjk);
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(cjk);
    }
    const names = localized.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("uses no name of an Excel built-in function", () => {
    // formulajs implements Excel's worksheet functions under their English names; Excel in Chinese
    // uses the same names, and Chinese names cannot equal a built-in in any Latin-script language.
    const builtIns = new Set(Object.keys(formulajs).map((name) => name.toUpperCase()));
    expect(builtIns.has("GROWTH")).toBe(true);
    const localized = localizeFunctionsMetadata(metadata, translations) as Metadata;
    for (const fn of localized.functions) expect(builtIns.has(fn.name.toUpperCase())).toBe(false);
  });

  it("refuses to build with a missing or stray translation", () => {
    const missing: Partial<typeof translations> = { ...translations };
    delete missing.CAGR;
    expect(() => localizeFunctionsMetadata(metadata, missing)).toThrow(
      /No zh-CN translation for function CAGR/,
    );
    expect(() => localizeFunctionsMetadata(metadata, { ...translations, NOPE: translations.CAGR })).toThrow(
      /do not exist: NOPE/,
    );
  });
});
