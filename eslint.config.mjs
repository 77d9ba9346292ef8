// ESLint flat config (the only config file ESLint 10 reads). Formatting is Prettier's job: `npm run lint`
// runs `prettier --check` after ESLint.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores, includeIgnoreFile } from "eslint/config";
import globals from "globals";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";

// Defined by office.js (and, for CustomFunctions, the custom-functions runtime), not imported.
const officeGlobals = {
  Office: "readonly",
  Excel: "readonly",
  CustomFunctions: "readonly",
  OfficeExtension: "readonly",
};

// The layers of ../shared/docs/architecture.md: imports point down the list
// taskpane → office → workbook → model (functions and cli → model, workbook). Each folder lists the
// folders and packages it must not reach; the engine and the plans also may not touch a host global.
const uiPackages = ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"];
const folderImports = (...folders) => folders.map((folder) => `**/${folder}/**`);
const layer = (files, bannedFolders, bannedPackages, bannedGlobals = []) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...bannedFolders.map((folder) => ({
            group: folderImports(folder),
            message: `This layer must not import from src/${folder} (see shared/docs/architecture.md).`,
          })),
          ...(bannedPackages.length > 0
            ? [{ group: bannedPackages, message: "This layer must not depend on UI packages." }]
            : []),
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      ...bannedGlobals.map((name) => ({
        name,
        message: `${name} belongs to another layer (see shared/docs/architecture.md).`,
      })),
    ],
  },
});
const hostGlobals = ["Office", "Excel", "CustomFunctions", "OfficeExtension", "window", "document"];

export default defineConfig([
  // What git ignores (scratch folders, build output) is not linted; Prettier 3 reads .gitignore too.
  includeIgnoreFile(fileURLToPath(new URL(".gitignore", import.meta.url))),
  globalIgnores(["dist/", "build/", "coverage/", "node_modules/", "assets/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.jest, ...officeGlobals },
    },
  },
  {
    files: ["**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
  },
  layer(["src/model/**"], ["workbook", "office", "functions", "cli", "taskpane"], uiPackages, hostGlobals),
  layer(["src/workbook/**"], ["office", "functions", "cli", "taskpane"], uiPackages, hostGlobals),
  layer(["src/office/**"], ["functions", "cli", "taskpane"], uiPackages),
  layer(["src/functions/**"], ["office", "cli", "taskpane"], uiPackages, ["Excel", "window", "document"]),
  layer(["src/cli/**"], ["office", "functions", "taskpane"], uiPackages, hostGlobals),
  // The pane reaches Excel only through the WorkbookOperations it is given (src/office or the preview).
  layer(["src/taskpane/**"], ["functions", "cli"], [], ["Excel", "CustomFunctions", "OfficeExtension"]),
  {
    // package.json has no "type": "module", so .js files (webpack and jest configs, shims) are CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
