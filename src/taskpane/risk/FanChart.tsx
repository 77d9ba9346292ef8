import { makeStyles, tokens, useId } from "@fluentui/react-components";

export interface FanChartProps {
  readonly title: string;
  readonly description: string;
  readonly years: readonly number[];
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  readonly formatValue: (value: number) => string;
}

const WIDTH = 320;
const HEIGHT = 160;
// The first and last year labels stay inside the chart.
const YEAR_ANCHORS = ["start", "middle", "end"] as const;
const PAD = { left: 44, right: 8, top: 8, bottom: 20 } as const;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { fontSize: "9px", fill: tokens.colorNeutralForeground3 },
});

/** P10–P90 band with the P50 line over the years: an SVG image with a title and a description. */
export function FanChart({ title, description, years, p10, p50, p90, formatValue }: FanChartProps) {
  const styles = useStyles();
  const titleId = useId("fan-title");
  const descriptionId = useId("fan-description");
  const values = [...p10, ...p90].filter(Number.isFinite);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const x = (year: number) =>
    PAD.left + ((year - first) / Math.max(1, last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    HEIGHT - PAD.bottom - ((value - min) / (max - min || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const point = (year: number | undefined, value: number | undefined) =>
    `${x(year ?? first)},${y(value ?? 0)}`;
  const band = [
    ...years.map((year, i) => point(year, p10[i])),
    ...years.map((year, i) => point(year, p90[i])).reverse(),
  ].join(" ");

  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{description}</desc>
      {[min, (min + max) / 2, max].map((tick) => (
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
      {[first, years[Math.floor(years.length / 2)] ?? first, last].map((year, i) => (
        <text key={year} className={styles.axis} x={x(year)} y={HEIGHT - 6} textAnchor={YEAR_ANCHORS[i]}>
          {year}
        </text>
      ))}
      <polygon points={band} style={{ fill: tokens.colorBrandBackground2, stroke: "none" }} />
      <polyline
        points={years.map((year, i) => point(year, p50[i])).join(" ")}
        fill="none"
        strokeWidth={2}
        style={{ stroke: tokens.colorBrandForeground1 }}
      />
    </svg>
  );
}
