import type { RiskSheetData } from "../../src/workbook/workbookOperations";

/**
 * What the Risk tab hands the risk sheet writers, made up for the tests: three years of percentiles,
 * a base result and two tornado entries, the larger swing first.
 */
export const RISK_DATA: RiskSheetData = {
  series: "market.gov",
  year: 2030,
  trials: 10_000,
  seed: 7,
  years: [2028, 2029, 2030],
  p10: [1500, 1600, 1700],
  p50: [1800, 1950, 2100],
  p90: [2200, 2400, 2600],
  baseResult: 2000,
  tornado: [
    {
      key: "market.gov.growth.near",
      label: "Gov-cloud market growth in 2022",
      resultAtLow: 1700,
      resultAtHigh: 2400,
    },
    {
      key: "market.gov.growth.terminal",
      label: "Gov-cloud market long-run growth",
      resultAtLow: 1900,
      resultAtHigh: 2150,
    },
  ],
};
