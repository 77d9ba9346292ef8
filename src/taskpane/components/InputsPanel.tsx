import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useState } from "react";
import { findAssumption } from "../../model/assumptions";
import { scenarioLabel } from "../forecast/scenarioLabel";
import { localLabel } from "../i18n/localLabel";
import { ConfirmDialog } from "./lazyDialogs";
import { useDialogOpener } from "./useDialogOpener";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { ForecastSummary } from "../forecast/ForecastSummary";
import { ForecastView } from "../forecast/ForecastView";
import { useKeyForecast } from "../forecast/useKeyForecast";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { AddVendorButton } from "./AddVendorButton";
import { AssumptionsForm, DEFAULT_OPEN_GROUPS } from "./AssumptionsForm";
import { ScenarioBar } from "./ScenarioBar";
import { VendorList } from "./VendorList";

export interface InputsPanelProps {
  readonly snapshot: InputsSnapshot;
  readonly scenario: string;
  readonly onSelectScenario: (scenario: string) => void;
  /** Absent when read-only (before set-up there is no table to write to). */
  readonly onChanged?: () => Promise<void>;
  /** The built-in scenarios shown before set-up: nothing can be typed or changed. */
  readonly readOnly?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  note: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * Scenario tabs, the live forecast and the assumptions of the selected scenario. Values typed in
 * the form (drafts) feed the forecast before they are written, so the effect shows as one types.
 */
export function InputsPanel({ snapshot, scenario, onSelectScenario, onChanged, readOnly }: InputsPanelProps) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const workbook = useWorkbook();
  const { run } = useAction();
  const [drafts, setDrafts] = useState<Readonly<Record<string, number>>>({});
  const [draftScenario, setDraftScenario] = useState(scenario);
  // Open groups stay open across scenario tabs: the user compares the same assumptions.
  const [openGroups, setOpenGroups] = useState<readonly string[]>(DEFAULT_OPEN_GROUPS);
  if (draftScenario !== scenario) {
    // Drafts belong to the scenario they were typed in.
    setDraftScenario(scenario);
    setDrafts({});
  }

  const forecast = useKeyForecast(snapshot, scenario, drafts);
  // Text typed in a field that is not in the workbook (invalid, or awaiting the percent question):
  // switching scenario would drop it, so the switch asks first.
  const [unapplied, setUnapplied] = useState<ReadonlyMap<string, string>>(new Map());
  const onUnapplied = useCallback((key: string, text: string | undefined) => {
    setUnapplied((current) => {
      if (current.get(key) === text) return current;
      const next = new Map(current);
      if (text === undefined) next.delete(key);
      else next.set(key, text);
      return next;
    });
  }, []);
  const switchQuestion = useDialogOpener<string>();
  const selectScenario = (next: string) => {
    if (next !== scenario && unapplied.size > 0) switchQuestion.show(next);
    else onSelectScenario(next);
  };
  const unappliedList = [...unapplied]
    .map(([key, text]) => {
      const definition = findAssumption(key);
      return `${definition ? localLabel(definition.label, language) : key} (“${text}”)`;
    })
    .join(", ");

  const setDraft = useCallback((key: string, value: number | undefined) => {
    setDrafts((current) => {
      if (current[key] === value) return current;
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
  }, []);

  const commit = useCallback(
    async (key: string, value: number) => {
      const result = await run(() => workbook.writeValue(key, scenario, value));
      if (result.ok) await onChanged?.();
      setDraft(key, undefined);
      return result.ok;
    },
    [run, workbook, scenario, onChanged, setDraft],
  );

  return (
    <div className={styles.root}>
      {readOnly ? <Body1 className={styles.note}>{t("builtInReadOnly")}</Body1> : null}
      <ScenarioBar
        snapshot={snapshot}
        selected={scenario}
        onSelect={selectScenario}
        onChanged={onChanged}
        readOnly={readOnly}
      />
      <ForecastView forecast={forecast} scenario={scenario} />
      <ForecastSummary forecast={forecast} />
      <AssumptionsForm
        key={scenario}
        snapshot={snapshot}
        scenario={scenario}
        onDraft={setDraft}
        onCommit={commit}
        onUnapplied={onUnapplied}
        readOnly={readOnly}
        openGroups={openGroups}
        onOpenGroupsChange={setOpenGroups}
        vendorAction={
          readOnly || !onChanged ? null : (
            <>
              <VendorList snapshot={snapshot} scenario={scenario} onChanged={onChanged} />
              <AddVendorButton snapshot={snapshot} onChanged={onChanged} />
            </>
          )
        }
      />
      <Suspense fallback={null}>
        {switchQuestion.open !== undefined ? (
          <ConfirmDialog
            title={t("switchScenarioTitle", { name: scenarioLabel(switchQuestion.open, t) })}
            body={t("switchScenarioBody", { fields: unappliedList })}
            confirmLabel={t("switchScenario")}
            busy={false}
            onConfirm={() => {
              const next = switchQuestion.open;
              switchQuestion.close();
              if (next !== undefined) onSelectScenario(next);
            }}
            onClose={switchQuestion.close}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
