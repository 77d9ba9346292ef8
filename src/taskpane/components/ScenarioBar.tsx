import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useRef } from "react";
import { isBuiltInScenarioName, scenarioWorkbookName } from "../../model/inputsTable";
import { parseBuiltInScenario } from "../../model/scenario";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { scenarioLabel } from "../forecast/scenarioLabel";
import { useLanguage } from "../i18n/LanguageContext";
import type { StringKey, StringParams } from "../i18n/strings";
import { useAction, useNotices } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { ConfirmDialog, ScenarioNameDialog } from "./lazyDialogs";
import { useDialogOpener } from "./useDialogOpener";

export interface ScenarioBarProps {
  readonly snapshot: InputsSnapshot;
  readonly selected: string;
  readonly onSelect: (scenario: string) => void;
  /** Reads the table again after a change. */
  readonly onChanged?: () => Promise<void>;
  /** Tabs only: before set-up there is no table to change. */
  readonly readOnly?: boolean;
}

type Open = "add" | "duplicate" | "rename" | "delete" | "reset" | undefined;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Custom scenarios wrap onto more rows rather than scroll sideways at task-pane width.
  tabs: { flexWrap: "wrap", maxWidth: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** Scenario tabs (Bear, Base, Bull, then the user's) and the actions on scenarios. */
export function ScenarioBar({ snapshot, selected, onSelect, onChanged, readOnly }: ScenarioBarProps) {
  const { t } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();
  const styles = useStyles();
  const tabs = useRef<HTMLDivElement>(null);
  // After Delete the opener is gone: focus goes to the scenario selected instead.
  const dialog = useDialogOpener<NonNullable<Open>>(() =>
    tabs.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'),
  );
  const { open, show } = dialog;
  const builtIn = isBuiltInScenarioName(selected);
  const name = scenarioLabel(selected, t);

  /** Runs a change; on success closes the dialog, says so, reads the table again and selects `select`. */
  const change = async (
    operation: () => Promise<unknown>,
    done: [StringKey, StringParams],
    select?: string,
  ) => {
    const result = await run(operation);
    if (!result.ok) {
      dialog.close();
      return;
    }
    reportSuccess(...done);
    await onChanged?.();
    if (select !== undefined) onSelect(select);
    // Closed last, so that focus returns to the controls as they are after the change.
    dialog.close();
  };

  /** A scenario action: opens its dialog, and focus comes back here when the dialog closes. */
  const actionButton = (kind: NonNullable<Open>, text: string, label?: string) => (
    <Button
      size="small"
      {...dialog.restoreTarget}
      onClick={(event) => show(kind, event.currentTarget)}
      aria-label={label}
    >
      {text}
    </Button>
  );

  return (
    <div className={styles.root}>
      <TabList
        ref={tabs}
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(String(data.value))}
        aria-label={t("scenariosLabel")}
      >
        {snapshot.scenarios.map((scenario) => (
          // Restore targets too: the switch question (InputsPanel) returns focus to the tab clicked.
          <Tab key={scenario} value={scenario} {...dialog.restoreTarget}>
            {scenarioLabel(scenario, t)}
          </Tab>
        ))}
      </TabList>
      {/* Plain buttons rather than a menu: each action is one Tab stop away and named for the scenario. */}
      {readOnly ? null : (
        <div className={styles.actions} role="group" aria-label={t("scenarioActions")}>
          {actionButton("add", t("addScenario"))}
          {actionButton("duplicate", t("duplicate"), t("duplicateScenario", { name }))}
          {builtIn ? null : (
            <>
              {actionButton("rename", t("rename"), t("renameScenario", { name }))}
              {actionButton("delete", t("delete"), t("deleteScenario", { name }))}
            </>
          )}
          {actionButton("reset", t("reset"), t("resetScenario", { name }))}
        </div>
      )}
      <Suspense fallback={null}>
        {open === "add" || open === "duplicate" ? (
          <ScenarioNameDialog
            title={open === "add" ? t("addScenarioTitle") : t("duplicateScenarioTitle", { name })}
            submitLabel={t("create")}
            scenarios={snapshot.scenarios}
            initialName=""
            copyFrom={{ initial: open === "add" ? "Base" : selected, choose: open === "add" }}
            busy={busy}
            onSubmit={(newName, copyFrom) =>
              void change(
                () => workbook.addScenario(newName, copyFrom ?? selected),
                ["scenarioAdded", { name: newName }],
                newName,
              )
            }
            onClose={dialog.close}
          />
        ) : null}
        {open === "rename" ? (
          <ScenarioNameDialog
            title={t("renameScenarioTitle", { name })}
            submitLabel={t("rename")}
            scenarios={snapshot.scenarios}
            initialName={selected}
            renaming={selected}
            busy={busy}
            onSubmit={(newName) =>
              void change(
                () => workbook.renameScenario(selected, newName),
                ["scenarioRenamed", { name: newName }],
                newName,
              )
            }
            onClose={dialog.close}
          />
        ) : null}
        {open === "delete" ? (
          <ConfirmDialog
            title={t("deleteScenarioTitle", { name })}
            body={t("deleteScenarioBody", { workbookName: scenarioWorkbookName(selected) })}
            confirmLabel={t("delete")}
            busy={busy}
            onConfirm={() =>
              void change(() => workbook.deleteScenario(selected), ["scenarioDeleted", { name }], "Base")
            }
            onClose={dialog.close}
          />
        ) : null}
        {open === "reset" ? (
          <ConfirmDialog
            title={t("resetScenarioTitle", { name })}
            body={t("resetScenarioBody", {
              name,
              defaults: scenarioLabel(parseBuiltInScenario(selected) ?? "base", t),
            })}
            confirmLabel={t("reset")}
            busy={busy}
            onConfirm={() =>
              void change(
                () => workbook.resetScenario(selected, parseBuiltInScenario(selected) ?? "base"),
                ["scenarioReset", { name }],
              )
            }
            onClose={dialog.close}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
