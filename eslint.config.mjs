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
  {
    // package.json has no "type": "module", so .js files (webpack and jest configs, shims) are CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
