import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { actualKey, anchorKey, parseAnchorKey, anchorableSeriesKey } from "../../model/actualKeys";
import { actualsFor } from "../../model/backtest";
import type { Forecast } from "../../model/forecast";
import { latestComparablePublished } from "../../model/published";
import type { InputRowWrite } from "../../workbook/workbookOperations";
import { useAction } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import type { ActualsFormProps } from "./actualsFormProps";
import { useActualsText } from "./actualsText";
import { KeySelectField } from "./KeySelectField";
import { useNarrowFormStyles } from "./narrowFormStyles";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The series a scenario can anchor: the core ones and each modelled vendor's revenue and contracts. */
export function anchorableSeriesOf(forecast: Forecast): string[] {
  const series = ["market.total", "market.gov", "city.cities", "city.budget"];
  for (const vendor of forecast.layout.vendors) {
    for (const metric of ["revenue", "govContracts"] as const) {
      if (vendor.observed.has(metric)) series.push(`vendor.${vendor.name}.${metric}`);
    }
  }
  return series;
}

/** The year an anchor defaults to: the latest comparable published figure, else the latest actual. */
function defaultYear(forecast: Forecast, series: string): number | undefined {
  const published = latestComparablePublished().find((f) => f.series.toLowerCase() === series.toLowerCase());
  const years = actualsFor(forecast.scenario, series).map((point) => point.year);
  return published?.year ?? years[years.length - 1];
}

function currentAnchor(forecast: Forecast, series: string): number {
  for (const [key, value] of forecast.scenario.values) {
    const parsed = parseAnchorKey(key);
    if (parsed && anchorableSeriesKey(parsed).toLowerCase() === series.toLowerCase()) return value;
  }
  return 0;
}

/**
 * Anchor on actuals: writes `actual.<series>.<year>` (the actual, the same in every scenario when
 * the row is new) and `anchor.<series>` (the year in this scenario, 0 in the others when new).
 */
export function AnchorForm({ forecast, scenario, onChanged }: ActualsFormProps) {
  const styles = { ...useNarrowFormStyles(), ...useStyles() };
  const text = useActualsText();
  const workbook = useWorkbook();
  const { run, busy } = useAction();
  const options = anchorableSeriesOf(forecast);
  const [series, setSeries] = useState(options[0] ?? "market.total");
  const points = actualsFor(forecast.scenario, series);
  const [chosenYear, setYear] = useState<number | undefined>(undefined);
  const year =
    chosenYear !== undefined && points.some((p) => p.year === chosenYear)
      ? chosenYear
      : defaultYear(forecast, series);
  const point = points.find((p) => p.year === year);
  const anchored = currentAnchor(forecast, series);
  const writeRows = workbook.writeRows?.bind(workbook);

  const write = async (anchorYear: number) => {
    if (!writeRows) return;
    const rows: InputRowWrite[] = [];
    if (point && anchorYear !== 0 && !forecast.scenario.values.has(actualKey(series, point.year))) {
      rows.push({
        key: actualKey(series, point.year),
        values: { [scenario]: point.value },
        otherwise: point.value,
        source: point.published ? `${point.published.key}: ${point.published.source}` : undefined,
      });
    }
    rows.push({ key: anchorKey(series), values: { [scenario]: anchorYear }, otherwise: 0 });
    const result = await run(() => writeRows(rows));
    if (result.ok) await onChanged();
  };

  return (
    <section className={styles.root} aria-label={text("anchorHeading")}>
      <Subtitle2 as="h3">{text("anchorHeading")}</Subtitle2>
      <Caption1>{text("anchorIntro", { scenario })}</Caption1>
      <KeySelectField label={text("series")} value={series} keys={options} onChange={setSeries} />
      {points.length === 0 ? (
        <Body1>{text("noYears")}</Body1>
      ) : (
        <Field label={text("year")}>
          <Select
            className={styles.select}
            select={{ className: styles.selectControl }}
            value={String(year)}
            onChange={(_, data) => setYear(Number(data.value))}
          >
            {points.map((p) => (
              <option key={p.year} value={p.year}>
                {p.year}: {p.value}
                {p.published ? ` (${p.published.key.split(".").pop()})` : ""}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {anchored !== 0 ? <Body1>{text("anchoredOn", { year: anchored })}</Body1> : null}
      {writeRows ? (
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy || !point} onClick={() => void write(point?.year ?? 0)}>
            {text("anchorButton", { scenario, year: point?.year ?? "" })}
          </Button>
          {anchored !== 0 ? (
            <Button disabled={busy} onClick={() => void write(0)}>
              {text("removeAnchor")}
            </Button>
          ) : null}
        </div>
      ) : (
        <Caption1>{text("needsWriteRows")}</Caption1>
      )}
    </section>
  );
}
