import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { niceTicks } from "./niceTicks";

/** Where a year and a value fall in the chart's SVG coordinates. */
export interface YearScale {
  readonly x: (year: number) => number;
  readonly y: (value: number) => number;
  /** "x,y" for an SVG points list; a missing value sits on the zero line. */
  readonly point: (year: number | undefined, value: number | undefined) => string;
}

export interface YearChartProps {
  readonly title: string;
  readonly description: string;
  readonly years: readonly number[];
  /** Every value plotted: the value axis spans them and zero. */
  readonly values: readonly number[];
  readonly height: number;
  /** A tick label: round values, so fewer decimals than a data label. */
  readonly formatValue: (value: number) => string;
  readonly children: (scale: YearScale) => ReactNode;
}

const WIDTH = 320;
// The first and last year labels stay inside the chart.
const YEAR_ANCHORS = ["start", "middle", "end"] as const;
const PAD = { left: 48, right: 10, top: 8, bottom: 20 } as const;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  // In viewBox units: the 320-unit chart is drawn about 290 px wide in the pane, so this reads ~10 px.
  axis: { fontSize: "11px", fill: tokens.colorNeutralForeground3 },
});

/**
 * The frame the pane's year charts share: an SVG image with a title and a description that say
 * what it shows, round value gridlines from zero (niceTicks) and the first, middle and last year.
 * The plot itself is drawn by `children` with the scale.
 */
export function YearChart({
  title,
  description,
  years,
  values,
  height,
  formatValue,
  children,
}: YearChartProps) {
  const styles = useStyles();
  const titleId = useId("chart-title");
  const descriptionId = useId("chart-description");
  const finite = values.filter(Number.isFinite);
  const ticks = niceTicks(Math.min(0, ...finite), Math.max(0, ...finite));
  const min = ticks[0] ?? 0;
  const max = ticks[ticks.length - 1] ?? 1;
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const x = (year: number) =>
    PAD.left + ((year - first) / Math.max(1, last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    height - PAD.bottom - ((value - min) / (max - min || 1)) * (height - PAD.top - PAD.bottom);
  const scale: YearScale = { x, y, point: (year, value) => `${x(year ?? first)},${y(value ?? 0)}` };

  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
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
      {[first, years[Math.floor(years.length / 2)] ?? first, last].map((year, i) => (
        <text key={year} className={styles.axis} x={x(year)} y={height - 6} textAnchor={YEAR_ANCHORS[i]}>
          {year}
        </text>
      ))}
      {children(scale)}
    </svg>
  );
}
