import { tokens } from "@fluentui/react-components";
import { YearChart } from "../charts/YearChart";

export interface FanChartProps {
  readonly title: string;
  readonly description: string;
  readonly years: readonly number[];
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  readonly formatValue: (value: number) => string;
}

/** P10–P90 band with the P50 line over the years: an SVG image with a title and a description. */
export function FanChart({ title, description, years, p10, p50, p90, formatValue }: FanChartProps) {
  return (
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
  );
}
