import { makeStyles, tokens } from "@fluentui/react-components";
import { YearChart } from "./YearChart";

export interface LineSeries {
  readonly label: string;
  readonly values: readonly number[];
}

export interface LineChartProps {
  /** Shown above the chart: what it shows and in which unit. */
  readonly caption: string;
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
  tokens.colorPaletteBerryForeground2,
  tokens.colorPaletteMarigoldForeground2,
] as const;
/** Past the palette (many user vendors), lines repeat its colours dashed. */
const dashOf = (index: number) => (index >= SERIES_COLOURS.length ? "5 3" : undefined);

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
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "3px",
    marginInlineEnd: "4px",
    verticalAlign: "middle",
  },
});

/** A small line chart as inline SVG: an image with a title and a description that says what it shows. */
export function LineChart({ caption, title, description, years, series, formatValue }: LineChartProps) {
  const styles = useStyles();
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className={styles.caption}>{caption}</figcaption>
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
              strokeDasharray={dashOf(index)}
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
