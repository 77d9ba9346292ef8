import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ModalSurface } from "./ModalSurface";
import { useState, type FormEvent } from "react";
import {
  checkScenarioName,
  findScenario,
  scenarioWorkbookName,
  workbookNameClash,
} from "../../model/inputsTable";
import { scenarioLabel } from "../forecast/scenarioLabel";
import { useLanguage } from "../i18n/LanguageContext";

export interface ScenarioNameDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly scenarios: readonly string[];
  readonly initialName: string;
  /** Shown as a choice when set (Add scenario); Duplicate fixes it, Rename has none. */
  readonly copyFrom?: { readonly initial: string; readonly choose: boolean };
  /** The scenario being renamed, which may keep its own name. */
  readonly renaming?: string;
  readonly busy: boolean;
  readonly onSubmit: (name: string, copyFrom: string | undefined) => void;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Asks for a custom scenario's name, checked as the user types against the table's other columns. */
export function ScenarioNameDialog(props: ScenarioNameDialogProps) {
  const { title, submitLabel, scenarios, initialName, copyFrom, renaming, busy, onSubmit, onClose } = props;
  const { t } = useLanguage();
  const styles = useStyles();
  const [name, setName] = useState(initialName);
  const [source, setSource] = useState(copyFrom?.initial ?? "");
  const [touched, setTouched] = useState(false);

  const problem = (() => {
    const trimmed = name.trim();
    if (trimmed === "") return t("scenarioNameRequired");
    const existing = findScenario(scenarios, trimmed);
    if (existing && existing.toLowerCase() !== renaming?.toLowerCase()) {
      return t("scenarioNameTaken", { name: trimmed });
    }
    const clash = workbookNameClash(trimmed, scenarios, renaming);
    if (clash !== undefined) {
      const workbookName = scenarioWorkbookName(trimmed);
      return t("scenarioNameClash", { name: trimmed, workbookName, other: scenarioLabel(clash, t) });
    }
    try {
      checkScenarioName(trimmed, scenarios, renaming);
      return undefined;
    } catch (error) {
      // The engine's rule (characters Excel's structured references need escaped, and the like).
      return error instanceof Error ? error.message : String(error);
    }
  })();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem === undefined) onSubmit(name.trim(), copyFrom ? source : undefined);
  };

  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <ModalSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field
                label={t("scenarioName")}
                required
                validationState={touched && problem ? "error" : "none"}
                validationMessage={touched ? problem : undefined}
              >
                <Input
                  value={name}
                  onChange={(_, data) => {
                    setName(data.value);
                    setTouched(true);
                  }}
                />
              </Field>
              {copyFrom?.choose ? (
                <Field label={t("copyFrom")}>
                  <Select value={source} onChange={(_, data) => setSource(data.value)}>
                    {scenarios.map((scenario) => (
                      <option key={scenario} value={scenario}>
                        {scenarioLabel(scenario, t)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy}>
                {submitLabel}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t("cancel")}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </ModalSurface>
    </Dialog>
  );
}
