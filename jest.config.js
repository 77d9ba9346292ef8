/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The end-to-end tests need the production build: jest.e2e.config.js runs them after it.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } },
    ],
  },
  // office-addin-manifest (required by office-addin-mock) pulls in ESM-only packages that jest cannot load;
  // the mock never needs it, so a tiny shim stands in.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
  },
  // Excel's runtime defines the CustomFunctions global; jest gets a minimal stand-in before each test file.
  setupFiles: ["<rootDir>/test/shims/customFunctions.ts"],
  // Adds toBeInTheDocument and the other DOM matchers (and their types) for the task-pane tests.
  // A hang guard, not a speed check (speed lives in bench/): a whole-pane jsdom test renders Fluent UI,
  // loads lazy chunks and re-reads the table after each write, which is CPU-bound — 1–5 s alone, several
  // times that on a busy 2-core machine. Every wait in the tests is for a condition, never for time.
  testTimeout: 30_000,
  setupFilesAfterEnv: ["<rootDir>/test/shims/jestDom.ts"],
};
