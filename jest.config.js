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
  setupFilesAfterEnv: ["<rootDir>/test/shims/jestDom.ts"],
};
