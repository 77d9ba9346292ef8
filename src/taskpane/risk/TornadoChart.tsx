import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { RISK_LEGEND_STYLE } from "./legendStyle";

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
  /** Said under the bars when assumptions that do not move the result were left out. */
  readonly foldedNote?: string;
  readonly formatValue: (value: number) => string;
}

const WIDTH = 320;
const BAR = 12;

const LOW_COLOUR = tokens.colorPaletteDarkOrangeBackground3;
const HIGH_COLOUR = tokens.colorPaletteBlueBackground2;

const useStyles = makeStyles({
  root: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  legend: RISK_LEGEND_STYLE,
  swatch: { display: "inline-block", width: "10px", height: "10px", marginInlineEnd: "4px" },
  // HTML labels above each bar: they wrap at the pane's width, read at the UI's text size and never
  // cross the centre line.
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  bar: { width: "100%", height: `${BAR}px`, display: "block" },
  axis: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/**
 * A tornado: one row per assumption, largest swing first, each bar from the base result to the
 * result with the assumption at its low (orange) and high (blue) value, on a shared scale whose
 * base is the dark centre line. One image to assistive technology, named by its title and
 * described in words.
 */
export function TornadoChart({
  title,
  description,
  base,
  bars,
  lowLabel,
  highLabel,
  foldedNote,
  formatValue,
}: TornadoChartProps) {
  const styles = useStyles();
  const titleId = useId("tornado-title");
  const descriptionId = useId("tornado-description");
  const values = [base, ...bars.flatMap((bar) => [bar.atLow, bar.atHigh])].filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (value: number) => ((value - min) / (max - min || 1)) * WIDTH;
  const segment = (from: number, to: number, colour: string) => (
    <rect
      x={Math.min(x(from), x(to))}
      y={0}
      width={Math.max(1, Math.abs(x(to) - x(from)))}
      height={BAR}
      style={{ fill: colour }}
    />
  );

  return (
    <figure className={styles.root} role="img" aria-labelledby={`${titleId} ${descriptionId}`}>
      <figcaption id={titleId} className={styles.title}>
        {title}
      </figcaption>
      <span id={descriptionId} hidden>
        {description}
      </span>
      <div className={styles.legend} aria-hidden="true">
        <span>
          <span className={styles.swatch} style={{ backgroundColor: LOW_COLOUR }} />
          {lowLabel}
        </span>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: HIGH_COLOUR }} />
          {highLabel}
        </span>
      </div>
      {bars.map((bar) => (
        <div key={bar.label} aria-hidden="true">
          <div className={styles.label}>{bar.label}</div>
          <svg className={styles.bar} viewBox={`0 0 ${WIDTH} ${BAR}`} preserveAspectRatio="none">
            {segment(base, bar.atLow, LOW_COLOUR)}
            {segment(base, bar.atHigh, HIGH_COLOUR)}
            <line
              x1={x(base)}
              x2={x(base)}
              y1={0}
              y2={BAR}
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
              style={{ stroke: tokens.colorNeutralForeground1 }}
            />
          </svg>
        </div>
      ))}
      <div className={styles.axis} aria-hidden="true">
        <span>{formatValue(min)}</span>
        <span>{formatValue(base)}</span>
        <span>{formatValue(max)}</span>
      </div>
      {foldedNote ? <div className={styles.note}>{foldedNote}</div> : null}
    </figure>
  );
}
