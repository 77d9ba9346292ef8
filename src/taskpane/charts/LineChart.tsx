import { makeStyles, tokens, useId } from "@fluentui/react-components";

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

const WIDTH = 320;
const HEIGHT = 150;
// The first and last year labels stay inside the chart.
const YEAR_ANCHORS = ["start", "middle", "end"] as const;
const PAD = { left: 44, right: 8, top: 8, bottom: 20 } as const;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { fontSize: "9px", fill: tokens.colorNeutralForeground3 },
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
  const titleId = useId("chart-title");
  const descriptionId = useId("chart-description");
  const all = series.flatMap((s) => s.values).filter(Number.isFinite);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const first = years[0] ?? 0;
  const span = Math.max(1, (years[years.length - 1] ?? first) - first);
  const x = (year: number) => PAD.left + ((year - first) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    HEIGHT - PAD.bottom - ((value - min) / (max - min || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [min, (min + max) / 2, max];
  const yearTicks = [first, years[Math.floor(years.length / 2)] ?? first, years[years.length - 1] ?? first];

  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              style={{ stroke: tokens.colorNeutralStroke2 }}
            />
            <text className={styles.axis} x={PAD.left - 4} y={y(tick) + 3} textAnchor="end">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {yearTicks.map((year, i) => (
          <text key={year} className={styles.axis} x={x(year)} y={HEIGHT - 6} textAnchor={YEAR_ANCHORS[i]}>
            {year}
          </text>
        ))}
        {series.map((s, index) => (
          <polyline
            key={s.label}
            fill="none"
            strokeWidth={2}
            style={{ stroke: SERIES_COLOURS[index % SERIES_COLOURS.length] }}
            points={s.values.map((value, i) => `${x(years[i] ?? first)},${y(value)}`).join(" ")}
          />
        ))}
      </svg>
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
