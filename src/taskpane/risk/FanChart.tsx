import { makeStyles, tokens } from "@fluentui/react-components";
import { YearChart } from "../charts/YearChart";
import { RISK_LEGEND_STYLE } from "./legendStyle";

export interface FanChartProps {
  /** Shown above the chart: the series, its unit and the years. */
  readonly caption: string;
  /** What the band and the line are. */
  readonly legend: readonly [string, string];
  readonly title: string;
  readonly description: string;
  readonly years: readonly number[];
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  readonly formatValue: (value: number) => string;
}

const useStyles = makeStyles({
  root: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  legend: RISK_LEGEND_STYLE,
  band: { display: "inline-block", width: "12px", height: "10px", marginInlineEnd: "4px" },
  line: {
    display: "inline-block",
    width: "12px",
    height: "2px",
    marginInlineEnd: "4px",
    verticalAlign: "middle",
  },
});

/** P10–P90 band with the P50 line over the years: an SVG image with a title and a description. */
export function FanChart(props: FanChartProps) {
  const { caption, legend, title, description, years, p10, p50, p90, formatValue } = props;
  const styles = useStyles();
  return (
    <figure className={styles.root}>
      <figcaption className={styles.caption}>{caption}</figcaption>
      <YearChart
        title={title}
        description={description}
        years={years}
        values={[...p10, ...p90]}
        height={160}
        formatValue={formatValue}
      >
        {({ point }) => (
          <>
            <polygon
              points={[
                ...years.map((year, i) => point(year, p10[i])),
                ...years.map((year, i) => point(year, p90[i])).reverse(),
              ].join(" ")}
              style={{ fill: tokens.colorBrandBackground2, stroke: "none" }}
            />
            <polyline
              points={years.map((year, i) => point(year, p50[i])).join(" ")}
              fill="none"
              strokeWidth={2}
              style={{ stroke: tokens.colorBrandForeground1 }}
            />
          </>
        )}
      </YearChart>
      <div className={styles.legend} aria-hidden="true">
        <span>
          <span className={styles.band} style={{ backgroundColor: tokens.colorBrandBackground2 }} />
          {legend[0]}
        </span>
        <span>
          <span className={styles.line} style={{ backgroundColor: tokens.colorBrandForeground1 }} />
          {legend[1]}
        </span>
      </div>
    </figure>
  );
}
