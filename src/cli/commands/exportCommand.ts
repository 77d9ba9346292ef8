import { DEFAULT_LAYOUT_FROM, DEFAULT_LAYOUT_TO, buildModelLayout } from "../../model/modelLayout";
import { writeFileAtomically } from "../atomicWrite";
import { checkFiniteCells } from "../finiteCells";
import { EXPORT_HELP } from "../help";
import type { CliIo } from "../io";
import {
  HELP_OPTION,
  SCENARIO_OPTIONS,
  languageOption,
  commandOptions,
  scenarioOption,
  scenarioOverridesOption,
  yearRange,
} from "../options";
import { UsageError } from "../usageError";
import { xlsxBytes } from "../xlsxWriter";

const EXPORT_OPTIONS = {
  ...HELP_OPTION,
  ...SCENARIO_OPTIONS,
  out: { type: "string" },
  lang: { type: "string" },
} as const;

/** `export --out FILE.xlsx`: the model workbook, laid out by modelLayout and written by exceljs. */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<void> {
  const values = commandOptions(args, EXPORT_OPTIONS, EXPORT_HELP, io);
  if (!values) return;
  const out = values.out;
  if (out === undefined || out.trim() === "") throw new UsageError("export needs --out FILE.xlsx.");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (got "${out}").`);
  const scenario = scenarioOption(values.scenario);
  const overrides = scenarioOverridesOption(values);
  const { from, to } = yearRange(values, DEFAULT_LAYOUT_FROM, DEFAULT_LAYOUT_TO);
  const layout = buildModelLayout({ scenario, overrides, from, to, language: languageOption(values.lang) });
  checkFiniteCells(layout.sheets);
  await writeFileAtomically(out, await xlsxBytes(layout.sheets, layout.charts));
  const changes = overrides.length === 0 ? "" : ` with ${overrides.length} value(s) set`;
  io.stdout(
    `Wrote ${out}: ${scenario} scenario${changes}, ${from}–${to}; sheets ${layout.sheets.map((s) => s.name).join(", ")}.\n`,
  );
}
