import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Backtest } from "../../model/backtest";
import type { Forecast } from "../../model/forecast";
import { SERIES_COLOURS } from "../charts/LineChart";
import { YearChart } from "../charts/YearChart";
import { useLanguage } from "../i18n/LanguageContext";
import { useActualsText } from "./actualsText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0, padding: 0, listStyle: "none", fontSize: tokens.fontSizeBase200 },
});

export interface BacktestViewProps {
  readonly forecast: Forecast;
  readonly result: Backtest;
}

/**
 * One series' backtest: the forecast as a line and the actuals as points over the years that have
 * one, then the errors as a list (year: forecast vs actual, error), which fits 320 px where a
 * four-column table would not.
 */
export function BacktestView({ forecast, result }: BacktestViewProps) {
  const styles = useStyles();
  const text = useActualsText();
  const { formatValue } = useLanguage();
  const unit = forecast.info(result.series).unit;
  const first = result.rows[0]?.year ?? 2018;
  const last = Math.max(result.rows[result.rows.length - 1]?.year ?? first, first + 1);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const predicted = years.map((year) => forecast.value(result.series, year));
  const percent = (value: number) => formatValue(value, "fraction");
  const money = (value: number) => formatValue(value, unit);
  return (
    <div className={styles.root}>
      <Subtitle2 as="h4">{result.series}</Subtitle2>
      <YearChart
        title={`${text("forecast")} / ${text("actual")}: ${result.series}`}
        description={text("chartDescription", { series: result.series, from: first, to: last })}
        years={years}
        values={[...predicted, ...result.rows.map((row) => row.actual)]}
        height={130}
        formatValue={money}
      >
        {({ point, x, y }) => (
          <>
            <polyline
              fill="none"
              strokeWidth={2}
              style={{ stroke: SERIES_COLOURS[0] }}
              points={predicted.map((value, i) => point(years[i], value)).join(" ")}
            />
            {result.rows.map((row) => (
              <circle
                key={row.year}
                cx={x(row.year)}
                cy={y(row.actual)}
                r={3.5}
                style={{ fill: SERIES_COLOURS[1] }}
              />
            ))}
          </>
        )}
      </YearChart>
      <ul className={styles.list}>
        {result.rows.map((row) => (
          <li key={row.year}>
            {row.year}: {money(row.forecast)} / {money(row.actual)} ({text("error")} {percent(row.error)})
            {row.published ? ` · ${row.published.key}` : ""}
          </li>
        ))}
      </ul>
      <Caption1>
        {text("mape")}: {percent(result.mape)}
      </Caption1>
    </div>
  );
}
