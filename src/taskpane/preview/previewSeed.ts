import { baselineValue } from "../../model/baseline";
import type { SeedSheet } from "./memorySheets";

/**
 * The sheet a preview workbook starts with: a few GOVCLOUD formulas, as a user's own sheet would
 * hold, so Prepare for sharing has something to convert and restore.
 */
export function previewSeedSheets(): SeedSheet[] {
  const figure = (row: number, label: string, key: string) => [
    { address: `A${row}`, value: label },
    { address: `B${row}`, value: baselineValue(key), formula: `=GOVCLOUD.BASELINE("${key}")` },
  ];
  return [
    {
      name: "Sheet1",
      cells: [
        ...figure(1, "Gov-cloud market 2021 (CAICT)", "caict.govCloud.2021"),
        ...figure(2, "Tencent Cloud revenue 2019", "tencentCloud.revenue.2019"),
      ],
    },
  ];
}
