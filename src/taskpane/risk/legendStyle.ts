import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** The key under a risk chart (fan and tornado): small, muted, wrapping at the pane's width. */
export const RISK_LEGEND_STYLE: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  gap: tokens.spacingHorizontalM,
  fontSize: tokens.fontSizeBase200,
  color: tokens.colorNeutralForeground2,
};
