import { makeStyles, tokens } from "@fluentui/react-components";
import { YearChart } from "./YearChart";

export interface LineSeries {
  readonly label: string;
  readonly values: readonly number[];
}

export interface LineChartProps {
  readonly title: string;
  readonly description: string;
  readonly years: readonly number[];
  readonly series: readonly LineSeries[];
  readonly formatValue: (value: number) => string;
}

/** Colours that stay apart for the usual kinds of colour blindness, from the theme's palette. */
export const SERIES_COLOURS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteGreenForeground2,
] as const;

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "3px",
    marginInlineEnd: "4px",
    verticalAlign: "middle",
  },
});

/** A small line chart as inline SVG: an image with a title and a description that says what it shows. */
export function LineChart({ title, description, years, series, formatValue }: LineChartProps) {
  const styles = useStyles();
  return (
    <figure style={{ margin: 0 }}>
      <YearChart
        title={title}
        description={description}
        years={years}
        values={series.flatMap((s) => s.values)}
        height={150}
        formatValue={formatValue}
      >
        {({ point }) =>
          series.map((s, index) => (
            <polyline
              key={s.label}
              fill="none"
              strokeWidth={2}
              style={{ stroke: SERIES_COLOURS[index % SERIES_COLOURS.length] }}
              points={s.values.map((value, i) => point(years[i], value)).join(" ")}
            />
          ))
        }
      </YearChart>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s, index) => (
          <li key={s.label}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length] }}
            />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
