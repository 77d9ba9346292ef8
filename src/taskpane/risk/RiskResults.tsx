import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { compileForecast } from "../../model/forecast";
import { errorMessage } from "../../model/language";
import { tornado } from "../../model/risk/tornado";
import type { ScenarioSet } from "../../model/scenarioInput";
import type { RiskSheetData } from "../../workbook/workbookOperations";
import { useLanguage } from "../i18n/LanguageContext";
import { unitText } from "../../model/layout/layoutText";
import { useAction, useNotices } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { FanChart } from "./FanChart";
import type { RiskOutcome } from "./RiskPanel";
import { TornadoChart } from "./TornadoChart";
import { localLabel } from "../i18n/localLabel";

const FAN_FROM = 2018;
const FAN_TO = 2035;
const FAN_YEARS = Array.from({ length: FAN_TO - FAN_FROM + 1 }, (_, i) => FAN_FROM + i);
const TABLE_YEARS = [2021, 2025, 2030, 2035] as const;
const TORNADO_BARS = 8;

/** Equal to display precision: the tornado's swings are differences of engine results. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  action: { alignSelf: "flex-start" },
});

export interface RiskResultsProps {
  readonly set: ScenarioSet;
  readonly outcome: RiskOutcome | undefined;
  readonly series: string;
  readonly year: number;
}

/** The fan chart and percentiles of the last run, the tornado of the current inputs, and Write to a sheet. */
export function RiskResults({ set, outcome, series, year }: RiskResultsProps) {
  const { t, language, formatValue, formatDistinct, formatNumber, locale } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();
  const styles = useStyles();

  const info = useMemo(() => {
    try {
      return compileForecast(set.base).info(series);
    } catch {
      return undefined;
    }
  }, [set, series]);
  const fan = useMemo(() => {
    if (!outcome) return undefined;
    try {
      const at = (p: number) => FAN_YEARS.map((y) => outcome.result.percentile(series, y, p));
      return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
    } catch {
      // The series is not in that run (a vendor added since): the stale notice says to run again.
      return undefined;
    }
  }, [outcome, series]);
  const sensitivity = useMemo(() => {
    try {
      return tornado(set, series, year);
    } catch (error) {
      return errorMessage(error, language);
    }
  }, [set, series, year, language]);

  if (!info) return null;
  const seriesLabel = localLabel(info.label, language);
  const format = (value: number) => formatValue(value, info.unit);
  const labelOf = (row: { label: { en: string; zh: string } }) => localLabel(row.label, language);
  const labelOfSeries = (key: string) => {
    try {
      return localLabel(compileForecast(set.base).info(key).label, language);
    } catch {
      return key;
    }
  };

  const write = async () => {
    if (!outcome || !fan || typeof sensitivity === "string") return;
    const data: RiskSheetData = {
      series,
      year,
      trials: outcome.result.trials,
      seed: outcome.result.seed,
      years: FAN_YEARS,
      ...fan,
      baseResult: sensitivity.baseResult,
      tornado: sensitivity.rows.map((row) => ({
        key: row.key,
        label: labelOf(row),
        resultAtLow: row.resultAtLow,
        resultAtHigh: row.resultAtHigh,
      })),
    };
    const result = await run(() => workbook.writeRiskSheet(data, language));
    if (result.ok) reportSuccess("riskSheetWritten", { sheet: result.value });
  };

  const index = FAN_YEARS.indexOf(Math.min(Math.max(year, FAN_FROM), FAN_TO));
  const unit = unitText(info.unit, language);
  // Rows where neither end moves the result add nothing but height: one line says how many.
  const moving =
    typeof sensitivity === "string"
      ? []
      : sensitivity.rows.filter(
          (row) =>
            !sameValue(row.resultAtLow, sensitivity.baseResult) ||
            !sameValue(row.resultAtHigh, sensitivity.baseResult),
        );
  const folded = typeof sensitivity === "string" ? 0 : sensitivity.rows.length - moving.length;
  const shownBars = moving.slice(0, TORNADO_BARS);
  const hiddenMoving = moving.length - shownBars.length;
  // The percentile table's values, with as many decimals as it takes to tell them apart.
  const percentileCells = fan
    ? TABLE_YEARS.map((y) => {
        const i = FAN_YEARS.indexOf(y);
        return { year: y, values: [fan.p10[i], fan.p50[i], fan.p90[i]].map((v) => v ?? Number.NaN) };
      })
    : [];
  const percentileText = formatDistinct(
    percentileCells.flatMap((row) => row.values),
    info.unit,
  );
  return (
    <div className={styles.root}>
      {outcome ? (
        <Body1 role="status" data-run-label>
          {[
            t("riskRunLabel", {
              trials: formatNumber(outcome.result.trials),
              seed: outcome.result.seed,
              time: outcome.at.toLocaleTimeString(locale),
            }),
            outcome.set !== set ? t("riskStale") : "",
            outcome.keptOnly !== undefined
              ? t("riskKeptOnly", { series: labelOfSeries(outcome.keptOnly) })
              : "",
            outcome.keptOnly !== undefined && outcome.keptOnly !== series ? t("riskRunForSeries") : "",
          ]
            .filter(Boolean)
            .join(" ")}
        </Body1>
      ) : null}
      {fan ? (
        <>
          <FanChart
            caption={t("fanCaption", { series: seriesLabel, unit, from: FAN_FROM, to: FAN_TO })}
            legend={[t("fanBand"), t("fanLine")]}
            title={t("fanTitle", { series: seriesLabel, from: FAN_FROM, to: FAN_TO })}
            description={t("fanDescription", {
              year: FAN_YEARS[index] ?? year,
              p10: format(fan.p10[index] ?? Number.NaN),
              p50: format(fan.p50[index] ?? Number.NaN),
              p90: format(fan.p90[index] ?? Number.NaN),
            })}
            years={FAN_YEARS}
            {...fan}
            formatValue={(value) => formatNumber(value)}
          />
          <Table size="extra-small" aria-label={t("percentileTableLabel", { series: seriesLabel })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("year")}</TableHeaderCell>
                <TableHeaderCell>P10</TableHeaderCell>
                <TableHeaderCell>P50</TableHeaderCell>
                <TableHeaderCell>P90</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {percentileCells.map(({ year: y }, row) => (
                <TableRow key={y}>
                  <TableCell>{formatNumber(y, { grouping: false })}</TableCell>
                  {[0, 1, 2].map((column) => (
                    <TableCell key={column} className={styles.number}>
                      {percentileText[row * 3 + column]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
      {typeof sensitivity === "string" ? (
        <Body1>{t("forecastUnavailable", { message: sensitivity })}</Body1>
      ) : (
        <TornadoChart
          title={t("tornadoTitle", { series: seriesLabel, year })}
          description={t("tornadoDescription", {
            series: seriesLabel,
            year,
            base: format(sensitivity.baseResult),
          })}
          base={sensitivity.baseResult}
          bars={shownBars.map((row) => ({
            label: labelOf(row),
            atLow: row.resultAtLow,
            atHigh: row.resultAtHigh,
          }))}
          foldedNote={
            [
              hiddenMoving > 0 ? t("tornadoMore", { count: hiddenMoving }) : "",
              folded > 0 ? t("tornadoFolded", { count: folded }) : "",
            ]
              .filter(Boolean)
              .join(" ") || undefined
          }
          lowLabel={t("tornadoLow")}
          highLabel={t("tornadoHigh")}
          formatValue={format}
        />
      )}
      {fan ? (
        <Button className={styles.action} disabled={busy} onClick={() => void write()}>
          {t("writeRiskSheet")}
        </Button>
      ) : null}
    </div>
  );
}
