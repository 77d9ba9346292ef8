import { makeStyles, tokens, useId } from "@fluentui/react-components";

export interface TornadoBar {
  readonly label: string;
  /** The result with the assumption at its low and at its high value, the others at base. */
  readonly atLow: number;
  readonly atHigh: number;
}

export interface TornadoChartProps {
  readonly title: string;
  readonly description: string;
  readonly base: number;
  readonly bars: readonly TornadoBar[];
  readonly lowLabel: string;
  readonly highLabel: string;
  readonly formatValue: (value: number) => string;
}

const WIDTH = 320;
const ROW = 30;
const TOP = 16;
const PAD_X = 8;

const LOW_COLOUR = tokens.colorPaletteDarkOrangeBackground3;
const HIGH_COLOUR = tokens.colorPaletteBlueBackground2;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  label: { fontSize: "9px", fill: tokens.colorNeutralForeground1 },
  axis: { fontSize: "9px", fill: tokens.colorNeutralForeground3 },
});

/**
 * A tornado: one row per assumption, largest swing first, each bar from the base result to the
 * result with the assumption at its low (orange) and high (blue) value. Labels sit above the bars
 * so that long assumption names fit a narrow pane.
 */
export function TornadoChart({
  title,
  description,
  base,
  bars,
  lowLabel,
  highLabel,
  formatValue,
}: TornadoChartProps) {
  const styles = useStyles();
  const titleId = useId("tornado-title");
  const descriptionId = useId("tornado-description");
  const values = [base, ...bars.flatMap((bar) => [bar.atLow, bar.atHigh])].filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (value: number) => PAD_X + ((value - min) / (max - min || 1)) * (WIDTH - 2 * PAD_X);
  const height = TOP + bars.length * ROW + 16;
  const segment = (from: number, to: number, row: number, colour: string) => (
    <rect
      x={Math.min(x(from), x(to))}
      y={TOP + row * ROW + 12}
      width={Math.max(1, Math.abs(x(to) - x(from)))}
      height={12}
      style={{ fill: colour }}
    />
  );

  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{description}</desc>
      <rect x={PAD_X} y={2} width={8} height={8} style={{ fill: LOW_COLOUR }} />
      <text className={styles.axis} x={PAD_X + 12} y={9}>
        {lowLabel}
      </text>
      <rect x={WIDTH / 2} y={2} width={8} height={8} style={{ fill: HIGH_COLOUR }} />
      <text className={styles.axis} x={WIDTH / 2 + 12} y={9}>
        {highLabel}
      </text>
      {bars.map((bar, row) => (
        <g key={bar.label}>
          <text className={styles.label} x={PAD_X} y={TOP + row * ROW + 9}>
            {bar.label}
          </text>
          {segment(base, bar.atLow, row, LOW_COLOUR)}
          {segment(base, bar.atHigh, row, HIGH_COLOUR)}
        </g>
      ))}
      <line
        x1={x(base)}
        x2={x(base)}
        y1={TOP}
        y2={height - 14}
        style={{ stroke: tokens.colorNeutralForeground1 }}
      />
      <text className={styles.axis} x={PAD_X} y={height - 3}>
        {formatValue(min)}
      </text>
      <text className={styles.axis} x={x(base)} y={height - 3} textAnchor="middle">
        {formatValue(base)}
      </text>
      <text className={styles.axis} x={WIDTH - PAD_X} y={height - 3} textAnchor="end">
        {formatValue(max)}
      </text>
    </svg>
  );
}
