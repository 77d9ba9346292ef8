import { Body1, Button, Caption1, Field, Input, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { ASSUMPTIONS, findAssumption } from "../../model/assumptions";
import { parseActualKey, parseAnchorKey } from "../../model/actualKeys";
import { isModelError, type ModelError } from "../../model/errors";
import { errorMessage } from "../../model/language";
import type { Forecast } from "../../model/forecast";
import { solve, type SolveResult } from "../../model/solve";
import { FIRST_YEAR, LAST_YEAR } from "../../model/years";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import type { ActualsFormProps } from "./actualsFormProps";
import { useActualsText } from "./actualsText";
import { KeySelectField } from "./KeySelectField";
import { useNarrowFormStyles } from "./narrowFormStyles";

const useStyles = makeStyles({
  result: { overflowWrap: "anywhere" },
});

/** Every assumption of the scenario SOLVE can move: the catalogue's, then the user's own rows. */
function assumptionKeys(forecast: Forecast): string[] {
  const catalogue = ASSUMPTIONS.map((a) => a.key);
  const known = new Set(catalogue);
  const own = [...forecast.scenario.values.keys()].filter(
    (key) => !known.has(key) && !parseActualKey(key) && !parseAnchorKey(key),
  );
  return [...catalogue, ...own];
}

/** Solve for…: series, year, target and assumption → the value, with Apply to this scenario. */
export function SolveForm({ forecast, scenario, onChanged }: ActualsFormProps) {
  const styles = { ...useNarrowFormStyles(), ...useStyles() };
  const text = useActualsText();
  const { parseInput, formatExact, formatNumber, language } = useLanguage();
  const workbook = useWorkbook();
  const { run, busy } = useAction();
  const seriesOptions = forecast.seriesKeys();
  const [series, setSeries] = useState("market.gov");
  const [yearText, setYearText] = useState("2030");
  const [targetText, setTargetText] = useState("2000");
  const [assumption, setAssumption] = useState("market.gov.growth.near");
  // The engine's error is kept whole and shown in the pane's language, so a language switch after
  // solving shows it in the new language too.
  const [outcome, setOutcome] = useState<{ result?: SolveResult; message?: string; error?: ModelError }>({});

  const solveNow = () => {
    const year = Number(yearText.trim());
    const target = parseInput(targetText, forecast.info(series).unit);
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR || target === undefined) {
      setOutcome({ message: text("invalidNumber") });
      return;
    }
    try {
      setOutcome({ result: solve(forecast.scenario, { series, year, target, assumption }) });
    } catch (error) {
      if (!isModelError(error)) throw error;
      setOutcome({ error });
    }
  };

  const apply = async (result: SolveResult) => {
    const applied = await run(() => workbook.writeValue(result.key, scenario, result.value));
    if (applied.ok) await onChanged();
  };

  const unit = findAssumption(assumption)?.unit ?? "ratio";
  return (
    <section className={styles.root} aria-label={text("solveHeading")}>
      <Subtitle2 as="h3">{text("solveHeading")}</Subtitle2>
      <Caption1>{text("solveIntro", { scenario })}</Caption1>
      <KeySelectField label={text("series")} value={series} keys={seriesOptions} onChange={setSeries} />
      <Field label={text("year")}>
        <Input inputMode="numeric" value={yearText} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <Field label={text("target")}>
        <Input inputMode="decimal" value={targetText} onChange={(_, data) => setTargetText(data.value)} />
      </Field>
      <KeySelectField
        label={text("assumption")}
        value={assumption}
        keys={assumptionKeys(forecast)}
        onChange={setAssumption}
      />
      <Button appearance="primary" onClick={solveNow}>
        {text("solveButton")}
      </Button>
      {outcome.message || outcome.error ? (
        <Body1 role="status" className={styles.result}>
          {outcome.error ? errorMessage(outcome.error, language) : outcome.message}
        </Body1>
      ) : null}
      {outcome.result ? (
        <>
          <Body1 role="status" className={styles.result}>
            {text("solved", { key: outcome.result.key, value: formatExact(outcome.result.value, unit) })} (
            {series} {yearText}: {formatNumber(outcome.result.achieved)})
          </Body1>
          <Button disabled={busy} onClick={() => void apply(outcome.result as SolveResult)}>
            {text("apply")}
          </Button>
        </>
      ) : null}
    </section>
  );
}
