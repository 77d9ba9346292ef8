import {
  Body1,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { MARKET_ANCHOR_YEAR } from "../../model/series";
import { yearIndex } from "../../model/years";
import { LineChart } from "../charts/LineChart";
import { useLanguage } from "../i18n/LanguageContext";
import type { KeyForecast } from "./useKeyForecast";
import { scenarioLabel } from "./scenarioLabel";
import { localLabel } from "../i18n/localLabel";
import { PaneSection } from "../components/PaneSection";

export { KEY_SERIES } from "./useKeyForecast";
const TABLE_YEARS = [2019, 2021, 2022, 2025, 2030, 2035] as const;
const VENDOR_YEARS = [2021, 2025, 2030, 2035] as const;
const CHART_FROM = 2018;
const CHART_TO = 2035;
const CHART_YEARS = Array.from({ length: CHART_TO - CHART_FROM + 1 }, (_, i) => CHART_FROM + i);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // Fixed layout: the columns share the pane's width and headers wrap, whatever the labels' length.
  table: { tableLayout: "fixed", width: "100%" },
  yearColumn: { width: "3.2em" },
  header: { whiteSpace: "normal", overflowWrap: "normal", wordBreak: "normal", verticalAlign: "bottom" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // A vendor's name breaks only when it cannot fit its column (not "Tencen|t").
  vendorColumn: { width: "26%" },
  vendorName: { overflowWrap: "break-word" },
  history: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

export interface ForecastViewProps {
  readonly forecast: KeyForecast | string;
  readonly scenario: string;
}

/** The engine's forecast of the selected scenario from the inputs as they stand, as tables and a chart. */
export function ForecastView({ forecast, scenario }: ForecastViewProps) {
  const { t, language, formatValue, formatNumber } = useLanguage();
  const styles = useStyles();
  const name = scenarioLabel(scenario, t);
  const label = (info: { label: { en: string; zh: string } }) => localLabel(info.label, language);
  const shown = (value: number | undefined, unit: Parameters<typeof formatValue>[1]) =>
    value === undefined || !Number.isFinite(value) ? "—" : formatValue(value, unit);

  if (typeof forecast === "string") {
    return (
      <PaneSection className={styles.root} title={t("forecastTitle", { scenario: name })}>
        <Body1 role="status">{t("forecastUnavailable", { message: forecast })}</Body1>
      </PaneSection>
    );
  }
  const userVendors = forecast.vendors.slice(1);
  const charted = [...forecast.key, ...userVendors];

  return (
    <PaneSection className={styles.root} title={t("forecastTitle", { scenario: name })}>
      <Table
        size="extra-small"
        className={styles.table}
        aria-label={t("forecastTableLabel", { scenario: name })}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.yearColumn, styles.header)}>
              {t("year")}
            </TableHeaderCell>
            {forecast.key.map(({ key, info }) => (
              <TableHeaderCell key={key} className={styles.header}>
                {label(info)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {TABLE_YEARS.map((year) => (
            <TableRow key={year} data-year={year}>
              <TableCell className={year <= MARKET_ANCHOR_YEAR ? styles.history : undefined}>
                {formatNumber(year, { grouping: false })}
              </TableCell>
              {forecast.key.map(({ key, info, values }) => (
                <TableCell key={key} className={styles.number} data-series={key}>
                  {shown(values[yearIndex(year)], info.unit)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>
        {t("forecastUnit")} {t("historyNote")}
      </Caption1>
      {userVendors.length > 0 ? (
        <Table
          size="extra-small"
          className={styles.table}
          aria-label={t("vendorRevenueTable", { scenario: name })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={mergeClasses(styles.vendorColumn, styles.header)}>
                {t("vendorColumn")}
              </TableHeaderCell>
              {VENDOR_YEARS.map((year) => (
                <TableHeaderCell key={year} className={mergeClasses(styles.header, styles.number)}>
                  {formatNumber(year, { grouping: false })}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {forecast.vendors.map(({ key, vendor, info, values }) => (
              <TableRow key={key} data-vendor={vendor}>
                <TableCell className={styles.vendorName}>{vendor}</TableCell>
                {VENDOR_YEARS.map((year) => (
                  <TableCell key={year} className={styles.number} data-series={key} data-year={year}>
                    {shown(values[yearIndex(year)], info.unit)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <LineChart
        caption={t("forecastChartCaption", { unit: t("moneyUnit"), from: CHART_FROM, to: CHART_TO })}
        title={t("forecastChartTitle", {
          series: charted.map(({ info }) => label(info)).join(", "),
          from: CHART_FROM,
          to: CHART_TO,
          scenario: name,
        })}
        description={charted
          .map(({ info, values }) =>
            t("forecastChartDescription", {
              series: label(info),
              unit: info.unit,
              from: CHART_FROM,
              to: CHART_TO,
              first: shown(values[yearIndex(CHART_FROM)], info.unit),
              last: shown(values[yearIndex(CHART_TO)], info.unit),
            }),
          )
          .join(" ")}
        years={CHART_YEARS}
        series={charted.map(({ info, values }) => ({
          label: label(info),
          values: CHART_YEARS.map((year) => values[yearIndex(year)] ?? Number.NaN),
        }))}
        formatValue={(value) => formatNumber(value)}
      />
    </PaneSection>
  );
}
