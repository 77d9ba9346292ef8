import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the Actuals view's forms share at task-pane width. */
export const useNarrowFormStyles = makeStyles({
  // A select is as wide as its longest option (vendor.Tencent.govContracts.terminalGrowth) unless
  // told otherwise: keep it to the pane's width (test/e2e/actuals.test.ts measures it).
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
  selectControl: { width: "100%", minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});
