import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { STRINGS } from "../../../src/taskpane/i18n/strings";

/**
 * The pane's text table holds only what the pane shows: a key no source file names is a text that
 * has drifted from the code (the vendor dialog's old checks lingered there after vendorProblems took
 * them over). Keys are looked up by name only: the pane never builds a key from pieces.
 */

const SOURCE = join(__dirname, "../../../src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !path.endsWith(join("i18n", "strings.ts")) ? [path] : [];
  });
}

test("every key of the pane's strings is used by the code, in both languages alike", () => {
  const code = sourceFiles(SOURCE)
    .map((path) => readFileSync(path, "utf8"))
    .join("\n");
  const keys = Object.keys(STRINGS.en);
  expect(Object.keys(STRINGS["zh-CN"]).sort()).toEqual([...keys].sort());
  expect(keys.filter((key) => !new RegExp(`\\b${key}\\b`).test(code))).toEqual([]);
});
