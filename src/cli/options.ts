import { distance } from "fastest-levenshtein";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ASSUMPTIONS, findAssumption } from "../model/assumptions";
import type { BuiltInScenario } from "../model/assumptionTypes";
import { numberFromCell } from "../model/cellValues";
import { LANGUAGES, type Language } from "../model/language";
import { parseBuiltInScenario, type AssumptionOverride } from "../model/scenario";
import { checkYear } from "../model/years";
import { actualKey, anchorKey } from "../model/actualKeys";
import { PUBLISHED_FIGURES, latestComparablePublished } from "../model/published";
import type { CliIo } from "./io";
import { UsageError } from "./usageError";

/** Options every forecasting command shares, in `util.parseArgs` form. */
export const SCENARIO_OPTIONS = {
  scenario: { type: "string" },
  set: { type: "string", multiple: true },
  "anchor-published": { type: "boolean" },
  from: { type: "string" },
  to: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export const HELP_OPTION = {
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

export const OUTPUT_FORMATS = ["text", "csv", "json"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `parseArgs` in strict mode, its errors (unknown option, missing value) turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // Node's messages name the option and say what is wrong; its error codes start with ERR_PARSE_ARGS.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A command's options, or undefined once `--help`/`-h` has printed `help`: the command then stops. */
export function commandOptions<T extends NonNullable<ParseArgsConfig["options"]> & typeof HELP_OPTION>(
  args: readonly string[],
  options: T,
  help: string,
  io: CliIo,
) {
  const values = parseOptions(args, options);
  if ("help" in values && values.help === true) {
    io.stdout(help);
    return undefined;
  }
  return values;
}

export function scenarioOption(value: string | undefined): BuiltInScenario {
  if (value === undefined) return "base";
  const scenario = parseBuiltInScenario(value);
  if (!scenario) throw new UsageError(`Unknown scenario "${value}": use bear, base or bull.`);
  return scenario;
}

export function yearOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const year = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isNaN(year)) throw new UsageError(`--${name} must be a year such as 2025 (got "${value}").`);
  return checkYear(year, { en: `--${name}`, zh: `参数 --${name}` });
}

export function yearRange(values: { from?: string; to?: string }, defaultFrom: number, defaultTo: number) {
  const from = yearOption(values.from, "from", defaultFrom);
  const to = yearOption(values.to, "to", defaultTo);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}.`);
  return { from, to };
}

function closestKeys(key: string): string[] {
  const wanted = key.toLowerCase();
  return ASSUMPTIONS.map((a) => ({ key: a.key, distance: distance(wanted, a.key.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((a) => a.key);
}

/**
 * `--set key=value` pairs as engine overrides. Values may be written as Excel shows them ("20%",
 * "1,858"). Bounds are the engine's to check (createScenario), so the rule lives in one place.
 */
export function overridesOption(values: readonly string[] | undefined): AssumptionOverride[] {
  return (values ?? []).map((item) => {
    const at = item.indexOf("=");
    if (at <= 0)
      throw new UsageError(`--set needs key=value, e.g. --set market.gov.growth.near=0.25 (got "${item}").`);
    const key = item.slice(0, at).trim();
    if (!findAssumption(key)) {
      throw new UsageError(
        `Unknown assumption "${key}" in --set ${item}. Closest keys: ${closestKeys(key).join(", ")}. The Key column of the Inputs sheet lists them all.`,
      );
    }
    // The command line speaks English; the Chinese is there because the engine's texts carry both.
    const where = { en: ` (--set ${item})`, zh: `(--set ${item})` };
    return {
      key,
      value: numberFromCell(item.slice(at + 1), { en: `${key}${where.en}`, zh: `${key}${where.zh}` }),
      where,
    };
  });
}

export function formatOption(value: string | undefined): OutputFormat {
  if (value === undefined) return "text";
  const format = OUTPUT_FORMATS.find((f) => f === value.toLowerCase());
  if (!format) throw new UsageError(`Unknown format "${value}": use ${OUTPUT_FORMATS.join(", ")}.`);
  return format;
}

export function languageOption(value: string | undefined): Language {
  if (value === undefined) return "en";
  const wanted = value.toLowerCase();
  if (wanted === "zh") return "zh-CN";
  const language = LANGUAGES.find((l) => l.toLowerCase() === wanted);
  if (!language) throw new UsageError(`Unknown language "${value}": use ${LANGUAGES.join(" or ")}.`);
  return language;
}

/**
 * `--anchor-published`: every comparable published figure (published-figures.md, comparable =
 * yes) as an `actual.…` row, and each of those series anchored on its latest one. They come before
 * the `--set` values, so `--set anchor.market.gov=0` still undoes one.
 */
export function anchorPublishedOption(enabled: boolean | undefined): AssumptionOverride[] {
  if (!enabled) return [];
  const where = { en: " (--anchor-published)", zh: "(--anchor-published)" };
  const actuals = PUBLISHED_FIGURES.filter((figure) => figure.comparable === "yes").map((figure) => ({
    key: actualKey(figure.series, figure.year),
    value: figure.value,
    where,
  }));
  const anchors = latestComparablePublished().map((figure) => ({
    key: anchorKey(figure.series),
    value: figure.year,
    where,
  }));
  return [...actuals, ...anchors];
}

/**
 * The overrides SCENARIO_OPTIONS ask for, in the order that lets `--set` win: the published
 * anchors (`--anchor-published`) first, then the `--set` values.
 */
export function scenarioOverridesOption(values: {
  readonly "anchor-published"?: boolean;
  readonly set?: readonly string[];
}): AssumptionOverride[] {
  return [...anchorPublishedOption(values["anchor-published"]), ...overridesOption(values.set)];
}
