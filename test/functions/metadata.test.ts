import * as path from "path";
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

  it("keeps every id and English function name, and translates the help", () => {
    // Chinese Excel and WPS keep English names for Excel's own functions, and English names written
    // through range.formulas have shown #NAME? after a UI-language switch when a localized name
    // existed (OfficeDev/office-js#891): so the names are the golden English ones in every language.
    const localized = localizeFunctionsMetadata(metadata, translations) as Metadata;
    expect(localized.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    expect(localized.functions.map((f) => f.name)).toEqual((golden as { name: string }[]).map((f) => f.name));
    for (const fn of localized.functions) {
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(fn.description).toMatch(cjk);
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(cjk);
    }
  });

  it("refuses a translated function name", () => {
    const renamed = { ...translations, MARKET: { ...translations.MARKET, name: "市场规模" } };
    expect(() => localizeFunctionsMetadata(metadata, renamed)).toThrow(
      /MARKET: function names are not translated/,
    );
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
