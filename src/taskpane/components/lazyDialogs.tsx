import { lazy } from "react";

/**
 * The dialogs load when first opened: Fluent's Dialog (with its motion and focus trap) is not needed
 * to paint the pane, and the bundle budget counts everything that is.
 */
export const ScenarioNameDialog = lazy(() =>
  import(/* webpackChunkName: "dialogs" */ "./ScenarioNameDialog").then((m) => ({
    default: m.ScenarioNameDialog,
  })),
);
export const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "dialogs" */ "./ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })),
);
export const AddVendorDialog = lazy(() =>
  import(/* webpackChunkName: "dialogs" */ "./AddVendorDialog").then((m) => ({ default: m.AddVendorDialog })),
);
export const ReplaceOrAddDialog = lazy(() =>
  import(/* webpackChunkName: "dialogs" */ "./ReplaceOrAddDialog").then((m) => ({
    default: m.ReplaceOrAddDialog,
  })),
);
