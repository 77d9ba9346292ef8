/**
 * The layer rules of shared/docs/architecture.md are enforced by ESLint (eslint.config.mjs) and, for
 * the pure folders, by a type check without the DOM library (tsconfig.engine.json, part of
 * `npm run typecheck`). These tests plant what the rules exist to stop and check that each is
 * reported — and that an allowed import is not — so a config edit that disables a rule fails here.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ts from "typescript";

const root = join(__dirname, "..", "..");

interface Planted {
  readonly path: string;
  readonly source: string;
}

/**
 * ESLint's rule ids for each planted text, linted as if it were the file at `path` (nothing is
 * written). One child process for all of them: the flat config is ESM, which jest's CommonJS
 * runtime cannot import, and one ESLint instance keeps the parser warm.
 */
function lintAll(planted: readonly Planted[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const planted = JSON.parse(process.argv[1]);
    const out = [];
    for (const { path, source } of planted) {
      const [report] = await eslint.lintText(source, { filePath: path });
      out.push(report.messages.map((m) => m.ruleId ?? "fatal: " + m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(planted)], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

const forbidden: readonly Planted[] = [
  { path: "src/model/planted.ts", source: 'import { App } from "../taskpane/App";\nexport const a = App;\n' },
  {
    path: "src/model/planted.ts",
    source: 'import { x } from "../office/officeHost";\nexport const a = x;\n',
  },
  { path: "src/model/planted.ts", source: 'import { useState } from "react";\nexport const a = useState;\n' },
  { path: "src/model/planted.ts", source: "export const title = () => document.title;\n" },
  { path: "src/model/planted.ts", source: "export const run = () => Excel.run(async () => undefined);\n" },
  {
    path: "src/workbook/planted.ts",
    source: 'import { x } from "../office/sharing";\nexport const a = x;\n',
  },
  {
    path: "src/office/planted.ts",
    source: 'import { App } from "../taskpane/App";\nexport const a = App;\n',
  },
  {
    path: "src/functions/planted.ts",
    source: 'import { x } from "../office/sharing";\nexport const a = x;\n',
  },
  {
    path: "src/cli/planted.ts",
    source: 'import { x } from "../functions/functions";\nexport const a = x;\n',
  },
  { path: "src/taskpane/planted.ts", source: "export const run = () => Excel.run(async () => undefined);\n" },
];
const allowed: Planted = {
  path: "src/office/planted.ts",
  source: 'import { series } from "../model/series";\nexport const a = series;\n',
};

describe("layer rules", () => {
  const layerRule = /^no-restricted-(imports|globals)$/;
  let reports: string[][];
  beforeAll(() => {
    reports = lintAll([...forbidden, allowed]);
  });

  it.each(forbidden.map((p, i) => [p.path, p.source.split("\n")[0], i] as const))(
    "reports a forbidden reach from %s: %s",
    (_path, _line, index) => {
      expect(reports[index]!.some((rule) => layerRule.test(rule))).toBe(true);
    },
  );

  it("lets a layer import the layers below it", () => {
    expect(
      reports[forbidden.length]!.filter((rule) => layerRule.test(rule) || rule.startsWith("fatal")),
    ).toEqual([]);
  });
});

describe("the engine type-checks without the DOM", () => {
  /** tsc's diagnostics for one virtual file compiled with tsconfig.engine.json's options. */
  function engineDiagnostics(source: string): string[] {
    const configPath = join(root, "tsconfig.engine.json");
    const config = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    )!;
    const fileName = join(root, "src", "model", "planted.ts");
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (name) => (name === fileName ? source : readFile(name));
    host.fileExists = (name) => name === fileName || fileExists(name);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language) =>
      name === fileName ? ts.createSourceFile(name, source, language) : getSourceFile(name, language);
    const program = ts.createProgram([fileName], config.options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  }

  it("rejects document, window and Excel in the engine", () => {
    expect(engineDiagnostics("export const t = document.title;\n").join()).toMatch(
      /Cannot find name 'document'/,
    );
    expect(engineDiagnostics("export const w = window.innerWidth;\n").join()).toMatch(
      /Cannot find name 'window'/,
    );
    expect(engineDiagnostics("export const e = typeof Excel;\n").join()).toMatch(/Cannot find name 'Excel'/);
  });

  it("accepts plain ES2022", () => {
    expect(engineDiagnostics("export const m = new Map<string, number>([['a', 1]]).get('a');\n")).toEqual([]);
  });
});
