import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { parseActualKey } from "../../model/actualKeys";
import { findAssumption } from "../../model/assumptions";
import { backtest, type Backtest } from "../../model/backtest";
import { isModelError } from "../../model/errors";
import { errorMessage } from "../../model/language";
import { compileForecast, type Forecast } from "../../model/forecast";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { scenarioOfColumn } from "../forecast/scenarioOfColumn";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { AnchorForm, anchorableSeriesOf } from "./AnchorForm";
import { BacktestView } from "./BacktestView";
import { PublishedFigures } from "./PublishedFigures";
import { SolveForm } from "./SolveForm";
import { useActualsText } from "./actualsText";

const useStyles = makeStyles({
  // Keys such as actual.vendor.Tencent.govContracts.2023 are long: wrap them rather than scroll.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
});

export interface ActualsPanelProps {
  readonly snapshot: InputsSnapshot | undefined;
  readonly scenario: string;
  readonly onChanged: () => Promise<void>;
}

function backtestsOf(forecast: Forecast): Backtest[] {
  const results: Backtest[] = [];
  for (const series of anchorableSeriesOf(forecast)) {
    try {
      results.push(backtest(forecast, series));
    } catch (error) {
      if (!isModelError(error)) throw error; // a series without actuals has no backtest
    }
  }
  return results;
}

/**
 * The Actuals view (issue 12): the published figures (labelled as published after the article),
 * the scenario's own actual rows (editable), a backtest per series with actuals, Anchor on actuals
 * and Solve for…. Without a set-up workbook it shows the published figures and the built-in base.
 */
export function ActualsPanel({ snapshot, scenario, onChanged }: ActualsPanelProps) {
  const styles = useStyles();
  const text = useActualsText();
  const { language } = useLanguage();
  let forecast: Forecast | undefined;
  let problem: string | undefined;
  try {
    forecast = compileForecast(
      snapshot
        ? scenarioOfColumn(snapshot, scenario)
        : scenarioOfColumn({ scenarios: [], rows: [], problems: [], version: undefined }, "Base"),
    );
  } catch (error) {
    if (!isModelError(error)) throw error;
    problem = errorMessage(error, language);
  }
  return (
    <div className={styles.root}>
      <Title3 as="h2">{text("heading")}</Title3>
      <PublishedFigures />
      {problem ? <Body1 role="alert">{problem}</Body1> : null}
      {snapshot ? <YourActuals snapshot={snapshot} scenario={scenario} onChanged={onChanged} /> : null}
      {forecast ? (
        <section className={styles.section} aria-label={text("backtest", { scenario })}>
          <Subtitle2 as="h3">{text("backtest", { scenario })}</Subtitle2>
          {backtestsOf(forecast).map((result) => (
            <BacktestView key={result.series} forecast={forecast} result={result} />
          ))}
        </section>
      ) : null}
      {forecast && snapshot ? (
        <AnchorForm forecast={forecast} scenario={scenario} onChanged={onChanged} />
      ) : null}
      {forecast ? <SolveForm forecast={forecast} scenario={scenario} onChanged={onChanged} /> : null}
    </div>
  );
}

/** The scenario's `actual.…` rows, each editable in place (written to its scenario column). */
function YourActuals({
  snapshot,
  scenario,
  onChanged,
}: {
  readonly snapshot: InputsSnapshot;
  readonly scenario: string;
  readonly onChanged: () => Promise<void>;
}) {
  const styles = useStyles();
  const text = useActualsText();
  const { formatInput, parseInput } = useLanguage();
  const workbook = useWorkbook();
  const { run, busy } = useAction();
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const rows = snapshot.rows.filter((row) => parseActualKey(row.key));
  const unitOf = (key: string) => findAssumption(key)?.unit ?? "亿 CNY";
  const save = async (key: string) => {
    const value = parseInput(drafts.get(key) ?? "", unitOf(key));
    if (value === undefined) return;
    const result = await run(() => workbook.writeValue(key, scenario, value));
    if (result.ok) {
      setDrafts((current) => {
        const next = new Map(current);
        next.delete(key);
        return next;
      });
      await onChanged();
    }
  };
  return (
    <section className={styles.section} aria-label={text("yourActuals", { scenario })}>
      <Subtitle2 as="h3">{text("yourActuals", { scenario })}</Subtitle2>
      {rows.length === 0 ? <Caption1>{text("noActuals")}</Caption1> : null}
      {rows.map((row) => {
        const raw = row.values[scenario];
        const shown =
          drafts.get(row.key) ??
          (typeof raw === "number" ? formatInput(raw, unitOf(row.key)) : String(raw ?? ""));
        const invalid = drafts.has(row.key) && parseInput(shown, unitOf(row.key)) === undefined;
        return (
          <div key={row.key} className={styles.row}>
            <Field
              className={styles.grow}
              label={row.key}
              validationState={invalid ? "error" : "none"}
              validationMessage={invalid ? text("invalidNumber") : undefined}
            >
              <Input
                inputMode="decimal"
                value={shown}
                onChange={(_, data) => setDrafts((current) => new Map(current).set(row.key, data.value))}
              />
            </Field>
            <Button disabled={busy || !drafts.has(row.key) || invalid} onClick={() => void save(row.key)}>
              {text("save")}
            </Button>
          </div>
        );
      })}
    </section>
  );
}

// React.lazy loads the view when its tab is first opened.
export default ActualsPanel;
