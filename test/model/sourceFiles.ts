import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The folder of the add-in's sources, for tests that check a rule across every file. */
export const SRC = join(__dirname, "..", "..", "src");

/** Every .ts and .tsx file below `dir`. */
export function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
