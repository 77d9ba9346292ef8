import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { InputsSnapshot } from "../../office/workbookOperations";
import { ForecastView } from "../forecast/ForecastView";
import { useAction } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { AddVendorButton } from "./AddVendorButton";
import { AssumptionsForm } from "./AssumptionsForm";
import { ScenarioBar } from "./ScenarioBar";

export interface InputsPanelProps {
  readonly snapshot: InputsSnapshot;
  readonly scenario: string;
  readonly onSelectScenario: (scenario: string) => void;
  readonly onChanged: () => Promise<void>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * Scenario tabs, the live forecast and the assumptions of the selected scenario. Values typed in
 * the form (drafts) feed the forecast before they are written, so the effect shows as one types.
 */
export function InputsPanel({ snapshot, scenario, onSelectScenario, onChanged }: InputsPanelProps) {
  const styles = useStyles();
  const workbook = useWorkbook();
  const { run } = useAction();
  const [drafts, setDrafts] = useState<Readonly<Record<string, number>>>({});
  const [draftScenario, setDraftScenario] = useState(scenario);
  if (draftScenario !== scenario) {
    // Drafts belong to the scenario they were typed in.
    setDraftScenario(scenario);
    setDrafts({});
  }

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
      if (result.ok) await onChanged();
      setDraft(key, undefined);
      return result.ok;
    },
    [run, workbook, scenario, onChanged, setDraft],
  );

  return (
    <div className={styles.root}>
      <ScenarioBar
        snapshot={snapshot}
        selected={scenario}
        onSelect={onSelectScenario}
        onChanged={onChanged}
      />
      <ForecastView snapshot={snapshot} scenario={scenario} drafts={drafts} />
      <AssumptionsForm
        key={scenario}
        snapshot={snapshot}
        scenario={scenario}
        onDraft={setDraft}
        onCommit={commit}
        vendorAction={<AddVendorButton snapshot={snapshot} onChanged={onChanged} />}
      />
    </div>
  );
}
