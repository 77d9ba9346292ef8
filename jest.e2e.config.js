/**
 * The end-to-end tests: the production build in headless Chromium. They need dist/, so `npm test`
 * runs them after the build (npm run test:e2e), apart from the main jest run.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: ["/node_modules/"],
  testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
  // One browser at a time on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 120_000,
};
