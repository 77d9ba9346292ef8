import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Field,
  Input,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { compileForecast } from "../../model/forecast";
import { errorMessage } from "../../model/language";
import {
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  MAX_TRIALS,
  MIN_TRIALS,
  simulationSize,
  type MonteCarloResult,
} from "../../model/risk/monteCarlo";
import type { ScenarioSet } from "../../model/scenarioInput";
import { FIRST_YEAR, LAST_YEAR } from "../../model/years";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { findAssumption } from "../../model/assumptions";
import { scenarioSetOf } from "../forecast/scenarioOfColumn";
import { baseOutsideRange, scenarioRanges } from "../forecast/scenarioOrder";
import { useLanguage } from "../i18n/LanguageContext";
import { useNotices } from "../workbook/notices";
import { RiskResults } from "./RiskResults";
import { runInSlices } from "./runInSlices";
import { localLabel } from "../i18n/localLabel";
import { PaneSection } from "../components/PaneSection";

/** A finished run and what it was run on, so a later edit of the inputs can be flagged. */
export interface RiskOutcome {
  readonly result: MonteCarloResult;
  readonly set: ScenarioSet;
  /**
   * The one series the run kept, when every series would not fit in a simulation's memory budget;
   * undefined when it kept them all (any series can then be shown without running again).
   */
  readonly keptOnly?: string;
  /** When the run finished, shown with its trials and seed. */
  readonly at: Date;
}

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR }, (_, i) => FIRST_YEAR + 1 + i);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // minmax(0, 1fr): the columns may be narrower than their controls' natural width (a 320 px pane).
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  control: { minWidth: 0, width: "100%" },
  // Series names are long ("Gov-cloud spend of the cities on gov cloud"): the choice gets the whole row.
  wide: { gridColumn: "1 / -1" },
  message: { whiteSpace: "normal" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface WholeNumberFieldProps {
  readonly label: string;
  /** What is wrong with the text, shown under the box; undefined when it is fine. */
  readonly problem: string | undefined;
  readonly value: string;
  readonly onChange: (text: string) => void;
}

/** A labelled box for a whole number (trials, seed), kept as text so a half-typed value is not lost. */
function WholeNumberField({ label, problem, value, onChange }: WholeNumberFieldProps) {
  const styles = useStyles();
  return (
    <Field label={label} validationState={problem ? "error" : "none"} validationMessage={problem}>
      <Input
        className={styles.control}
        value={value}
        inputMode="numeric"
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}

/**
 * The Risk tab, loaded only when opened (React.lazy): a Monte Carlo over the Bear/Base/Bull columns
 * run in slices with progress and Cancel, then the fan and tornado charts for a chosen series and year.
 */
export default function RiskPanel({ snapshot }: { readonly snapshot: InputsSnapshot | undefined }) {
  const { t, language, formatNumber, formatExact } = useLanguage();
  const { reportError } = useNotices();
  const styles = useStyles();
  const [trialsText, setTrialsText] = useState(String(DEFAULT_TRIALS));
  const [seedText, setSeedText] = useState(String(DEFAULT_SEED));
  const [series, setSeries] = useState("market.gov");
  const [year, setYear] = useState(2030);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [cancelled, setCancelled] = useState<{ done: number; total: number }>();
  const [outcome, setOutcome] = useState<RiskOutcome>();
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);

  // The error itself, not its text: a language switch must not make a new set (a run made with the
  // old one would then look stale); the text is picked in the pane's language where it is shown.
  const set = useMemo(() => {
    if (!snapshot) return undefined;
    try {
      return scenarioSetOf(snapshot);
    } catch (error) {
      return { problem: error };
    }
  }, [snapshot]);
  const seriesOptions = useMemo(() => {
    if (!set || "problem" in set) return [];
    const forecast = compileForecast(set.base);
    return forecast.seriesKeys().map((key) => ({ key, label: forecast.info(key).label }));
  }, [set]);

  // Per trial, a run holds its draws and the kept series' years (monteCarlo.ts, MAX_SIMULATION_BYTES):
  // every series when they fit, else only the chosen one, so the field's bound is the one-series bound.
  const fit = useMemo(() => {
    if (!set || "problem" in set) return undefined;
    try {
      return {
        all: simulationSize(set, 1).trialsThatFit,
        one: simulationSize(set, 1, [series]).trialsThatFit,
      };
    } catch {
      return undefined;
    }
  }, [set, series]);

  const outOfOrder = snapshot
    ? [...scenarioRanges(snapshot)].flatMap(([key, range]) => {
        const definition = findAssumption(key);
        return definition && baseOutsideRange(range) ? [{ key, definition, range }] : [];
      })
    : [];

  if (!snapshot) return <Body1>{t("riskNeedsTable")}</Body1>;
  if (set && "problem" in set) {
    return <Body1>{t("forecastUnavailable", { message: errorMessage(set.problem, language) })}</Body1>;
  }
  if (!set) return null;

  const trials = Number(trialsText.trim());
  const maxTrials = Math.min(MAX_TRIALS, fit?.one ?? MAX_TRIALS);
  const trialsProblem = !(Number.isInteger(trials) && trials >= MIN_TRIALS && trials <= MAX_TRIALS)
    ? t("trialsInvalid", { min: formatNumber(MIN_TRIALS), max: formatNumber(MAX_TRIALS) })
    : trials > maxTrials
      ? t("trialsOverMemory", { max: formatNumber(maxTrials) })
      : undefined;
  // Every series kept when it fits: the chosen series can then change without running again.
  const keptOnly = fit !== undefined && trials > fit.all ? series : undefined;
  const seed = Number(seedText.trim());
  const seedProblem = seedText.trim() !== "" && Number.isSafeInteger(seed) ? undefined : t("seedInvalid");

  const run = async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setCancelled(undefined);
    try {
      const result = await runInSlices(
        set,
        { trials, seed, series: keptOnly === undefined ? undefined : [keptOnly] },
        { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) },
      );
      if (result) setOutcome({ result, set, at: new Date(), keptOnly });
    } catch (error) {
      reportError(error);
    } finally {
      if (running.current === controller) {
        running.current = undefined;
        setProgress(undefined);
      }
    }
  };
  const cancel = () => {
    running.current?.abort();
    running.current = undefined;
    if (progress) setCancelled(progress);
    setProgress(undefined);
  };

  return (
    <PaneSection className={styles.root} title={t("riskTitle")}>
      <Body1>{t("riskIntro")}</Body1>
      {outOfOrder.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-order-warning>
          <MessageBarBody className={styles.message}>
            <MessageBarTitle>{t("riskOrderTitle")}</MessageBarTitle>
            {t("riskOrderBody")}
            <ul className={styles.list}>
              {outOfOrder.map(({ key, definition, range }) => (
                <li key={key}>
                  {localLabel(definition.label, language)}:{" "}
                  {t("orderValues", {
                    base: formatExact(range.base, definition.unit),
                    bear: formatExact(range.bear, definition.unit),
                    bull: formatExact(range.bull, definition.unit),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.grid}>
        <WholeNumberField
          label={t("trials")}
          problem={trialsProblem}
          value={trialsText}
          onChange={setTrialsText}
        />
        <WholeNumberField label={t("seed")} problem={seedProblem} value={seedText} onChange={setSeedText} />
        <Field className={styles.wide} label={t("series")}>
          <Select className={styles.control} value={series} onChange={(_, data) => setSeries(data.value)}>
            {seriesOptions.map(({ key, label }) => (
              <option key={key} value={key}>
                {localLabel(label, language)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("tornadoYear")}>
          <Select
            className={styles.control}
            value={String(year)}
            onChange={(_, data) => setYear(Number(data.value))}
          >
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={progress !== undefined || trialsProblem !== undefined || seedProblem !== undefined}
          onClick={() => void run()}
        >
          {t("run")}
        </Button>
        {progress ? <Button onClick={cancel}>{t("cancelRun")}</Button> : null}
      </div>
      {progress ? (
        <Field
          validationState="none"
          validationMessage={t("running", {
            done: formatNumber(progress.done),
            total: formatNumber(progress.total),
          })}
        >
          <ProgressBar value={progress.done} max={progress.total} aria-label={t("riskProgress")} />
        </Field>
      ) : null}
      {cancelled ? (
        <Body1 role="status">
          {t("riskCancelled", { done: formatNumber(cancelled.done), total: formatNumber(cancelled.total) })}
        </Body1>
      ) : null}
      <RiskResults set={set} outcome={outcome} series={series} year={year} />
    </PaneSection>
  );
}
