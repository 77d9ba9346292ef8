import { compileForecast, type Forecast } from "../../model/forecast";
import { createScenario } from "../../model/scenario";
import type { SeriesUnit } from "../../model/series";
import { FIRST_YEAR, LAST_YEAR } from "../../model/years";
import { TABLE_HELP } from "../help";
import type { CliIo } from "../io";
import { csvLines, textTable } from "../output";
import {
  HELP_OPTION,
  SCENARIO_OPTIONS,
  formatOption,
  commandOptions,
  scenarioOption,
  scenarioOverridesOption,
  yearRange,
} from "../options";

const TABLE_OPTIONS = {
  ...HELP_OPTION,
  ...SCENARIO_OPTIONS,
  series: { type: "string", multiple: true },
  format: { type: "string" },
} as const;

/** How the text format shows each unit; CSV and JSON print full precision instead. */
const TEXT_FORMATS: Readonly<Record<SeriesUnit, Intl.NumberFormat>> = {
  "亿 CNY": new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  fraction: new Intl.NumberFormat("en-US", {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }),
  cities: new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  projects: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
  ratio: new Intl.NumberFormat("en-US", { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
};

interface TableSeries {
  readonly key: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly unit: SeriesUnit;
  readonly values: readonly number[];
}

function tableSeries(forecast: Forecast, key: string, years: readonly number[]): TableSeries {
  const info = forecast.info(key);
  return {
    key: info.key,
    label: info.label,
    unit: info.unit,
    values: years.map((year) => forecast.value(key, year)),
  };
}

/** `table`: the engine's series for scripts (text for people, CSV and JSON at full precision). */
export async function tableCommand(args: readonly string[], io: CliIo): Promise<void> {
  const values = commandOptions(args, TABLE_OPTIONS, TABLE_HELP, io);
  if (!values) return;
  const scenarioName = scenarioOption(values.scenario);
  const overrides = scenarioOverridesOption(values);
  const format = formatOption(values.format);
  const { from, to } = yearRange(values, FIRST_YEAR, LAST_YEAR);
  const scenario = createScenario(scenarioName, overrides);
  const forecast = compileForecast(scenario);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const series = (values.series ?? forecast.seriesKeys()).map((key) => tableSeries(forecast, key, years));

  if (format === "json") {
    const changed = Object.fromEntries(
      [...scenario.values].filter(([key]) =>
        overrides.some((o) => o.key.toLowerCase() === key.toLowerCase()),
      ),
    );
    io.stdout(JSON.stringify({ scenario: scenarioName, overrides: changed, years, series }, null, 2) + "\n");
  } else if (format === "csv") {
    io.stdout(
      csvLines([
        ["year", ...series.map((s) => s.key)],
        ...years.map((year, i) => [year, ...series.map((s) => s.values[i])]),
      ]),
    );
  } else {
    io.stdout(
      textTable(
        ["year", ...series.map((s) => `${s.key} (${s.unit})`)],
        years.map((year, i) => [
          String(year),
          ...series.map((s) => TEXT_FORMATS[s.unit].format(s.values[i] ?? Number.NaN)),
        ]),
        [true, ...series.map(() => true)],
      ),
    );
  }
}
