/**
 * The forecasting engine's public surface: pure TypeScript with no Office, DOM or React, so the
 * custom functions, the task pane and the command line all compute the same numbers.
 */
export * from "./errors";
export * from "./years";
export * from "./baseline";
export * from "./published";
export * from "./assumptionTypes";
export * from "./assumptions";
export * from "./vendorKeys";
export * from "./cellValues";
export * from "./scenario";
export * from "./scenarioInput";
export * from "./series";
export * from "./forecast";
export * from "./actualKeys";
export * from "./anchoring";
export * from "./backtest";
export * from "./solve";
export { cagr, compound } from "./growth/cagr";
export { fadingGrowthRate } from "./growth/fadingGrowth";
export { logistic } from "./growth/logistic";
export { bassStep, bassCumulativeShare } from "./growth/bass";
export * from "./risk/monteCarlo";
export * from "./risk/percentile";
export * from "./risk/tornado";
