// `npm run test:bundle`, after `npm run build`: checks the production bundles against the budget of
// issue 5 from the build's stats (build/bundle-stats.json, written by webpack.config.js):
//   - the JavaScript the pane needs before its first paint (every initial chunk of the taskpane and
//     functions entries; lazy chunks such as the Risk tab excluded) ≤ 250 KB gzip;
//   - the custom functions' own code (the functions entry without the shared webpack runtime) ≤ 60 KB gzip.
// Sizes are gzip at level 9 of the files in dist/, as a web server would send them; 1 KB = 1000 bytes.
// It also checks that taskpane.html loads exactly the initial files counted, so the budget measures the page.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const statsFile = join(root, "build/bundle-stats.json");
const BUDGET = { firstPaint: 250_000, functions: 60_000 };

function fail(message) {
  console.error(`Bundle budget: ${message}`);
  process.exit(1);
}

if (!existsSync(statsFile)) fail(`${statsFile} is missing: run npm run build first.`);
const stats = JSON.parse(readFileSync(statsFile, "utf8"));
const dist = stats.outputPath;

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
}
const isScript = (file) => file.endsWith(".js");
const entryFiles = (name) => {
  const entry = stats.entrypoints[name];
  if (!entry) fail(`the build has no "${name}" entry.`);
  return entry.assets.map((asset) => asset.name).filter(isScript);
};
const runtimeFiles = new Set(
  stats.chunks.filter((chunk) => chunk.names.includes("runtime")).flatMap((chunk) => chunk.files),
);

const firstPaint = [...new Set([...entryFiles("taskpane"), ...entryFiles("functions")])];
const functionsOnly = entryFiles("functions").filter((file) => !runtimeFiles.has(file));
const lazy = stats.chunks.filter((chunk) => !chunk.initial).flatMap((chunk) => chunk.files.filter(isScript));

// What the page really loads: its script tags (the functions entry is one of them, before the pane's).
const html = readFileSync(join(dist, "taskpane.html"), "utf8");
const loaded = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
  .map((match) => match[1])
  .filter((src) => !/^https?:/.test(src))
  .map((src) => src.replace(/^\.?\//, ""));
const missing = firstPaint.filter((file) => !loaded.includes(file));
const uncounted = loaded.filter((file) => !firstPaint.includes(file));
if (missing.length > 0 || uncounted.length > 0) {
  fail(`taskpane.html loads ${loaded.join(", ")} but the initial chunks are ${firstPaint.join(", ")}.`);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const total = (files) => files.reduce((sum, file) => sum + gzipSize(file), 0);
for (const file of [...firstPaint, ...lazy]) {
  console.log(
    `  ${file.padEnd(28)} ${kb(gzipSize(file)).padStart(10)} gzip${lazy.includes(file) ? "  (lazy)" : ""}`,
  );
}
const checks = [
  { what: "JS before first paint", files: firstPaint, budget: BUDGET.firstPaint },
  { what: "custom functions code", files: functionsOnly, budget: BUDGET.functions },
];
let over = false;
for (const { what, files, budget } of checks) {
  const size = total(files);
  over ||= size > budget;
  console.log(
    `${size > budget ? "OVER" : "ok  "} ${what}: ${kb(size)} gzip of ${kb(budget)} (${files.join(" + ")})`,
  );
}
console.log(`     lazy chunks, not counted: ${kb(total(lazy))} gzip`);
if (over) fail("over budget; see above (lazy-load what the first paint does not need).");
