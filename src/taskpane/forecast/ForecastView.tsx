import {
  Body1,
  useId,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { compileForecast } from "../../model/forecast";
import { yearIndex } from "../../model/years";
import type { InputsSnapshot } from "../../office/workbookOperations";
import { LineChart } from "../charts/LineChart";
import { useLanguage } from "../i18n/LanguageContext";
import { scenarioOfColumn } from "./scenarioOfColumn";
import { scenarioLabel } from "./scenarioLabel";

/** The series the pane keeps in view: top-down market, the article's vendor, bottom-up city spend. */
export const KEY_SERIES = ["market.gov", "vendor.revenue", "city.spend"] as const;
const TABLE_YEARS = [2019, 2021, 2022, 2025, 2030, 2035] as const;
const CHART_FROM = 2018;
const CHART_TO = 2035;
const CHART_YEARS = Array.from({ length: CHART_TO - CHART_FROM + 1 }, (_, i) => CHART_FROM + i);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface ForecastViewProps {
  readonly snapshot: InputsSnapshot;
  readonly scenario: string;
  /** Values typed but not yet written: the forecast follows the typing. */
  readonly drafts: Readonly<Record<string, number>>;
}

/** The engine's forecast of the selected scenario from the inputs as they stand, as a table and a chart. */
export function ForecastView({ snapshot, scenario, drafts }: ForecastViewProps) {
  const { t, language, formatValue } = useLanguage();
  const styles = useStyles();
  const headingId = useId("forecast-heading");
  const computed = useMemo(() => {
    try {
      const forecast = compileForecast(scenarioOfColumn(snapshot, scenario, drafts));
      return KEY_SERIES.map((key) => ({ key, info: forecast.info(key), values: forecast.values(key) }));
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }, [snapshot, scenario, drafts]);
  const name = scenarioLabel(scenario, t);
  const label = (info: { label: { en: string; zh: string } }) =>
    language === "en" ? info.label.en : info.label.zh;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t("forecastTitle", { scenario: name })}
      </Subtitle2>
      {typeof computed === "string" ? (
        <Body1 role="status">{t("forecastUnavailable", { message: computed })}</Body1>
      ) : (
        <>
          <Table size="extra-small" aria-label={t("forecastTableLabel", { scenario: name })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("year")}</TableHeaderCell>
                {computed.map(({ key, info }) => (
                  <TableHeaderCell key={key}>{label(info)}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {TABLE_YEARS.map((year) => (
                <TableRow key={year} data-year={year}>
                  <TableCell>{year}</TableCell>
                  {computed.map(({ key, info, values }) => (
                    <TableCell key={key} className={styles.number} data-series={key}>
                      {formatValue(values[yearIndex(year)] ?? Number.NaN, info.unit)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1>{t("forecastUnit")}</Caption1>
          <LineChart
            title={t("forecastChartTitle", {
              series: computed.map(({ info }) => label(info)).join(", "),
              from: CHART_FROM,
              to: CHART_TO,
              scenario: name,
            })}
            description={computed
              .map(({ info, values }) =>
                t("forecastChartDescription", {
                  series: label(info),
                  unit: info.unit,
                  from: CHART_FROM,
                  to: CHART_TO,
                  first: formatValue(values[yearIndex(CHART_FROM)] ?? Number.NaN, info.unit),
                  last: formatValue(values[yearIndex(CHART_TO)] ?? Number.NaN, info.unit),
                }),
              )
              .join(" ")}
            years={CHART_YEARS}
            series={computed.map(({ info, values }) => ({
              label: label(info),
              values: CHART_YEARS.map((year) => values[yearIndex(year)] ?? Number.NaN),
            }))}
            formatValue={(value) => formatValue(value, "亿 CNY")}
          />
        </>
      )}
    </section>
  );
}
