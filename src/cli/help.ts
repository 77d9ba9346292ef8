import { DEFAULT_LAYOUT_FROM, DEFAULT_LAYOUT_TO } from "../model/modelLayout";
import { FIRST_YEAR, LAST_YEAR } from "../model/years";

export const PROGRAM = "govcloud-forecast";

const SCENARIO_HELP = `  --scenario bear|base|bull   Built-in scenario (default base).
  --set key=value             Change one assumption of that scenario; repeat for more.
                              Values as Excel shows them also work: 25%, 1,858.
                              Actuals and anchors too: --set actual.market.total.2024=8288
                              --set anchor.market.total=2024 restarts that series there.
  --anchor-published          Add every comparable figure published after the article as
                              actual.… rows and anchor each series on its latest one.`;

export const MAIN_HELP = `${PROGRAM}: China's government-cloud market model, from the command line.

Usage: ${PROGRAM} <command> [options]

Commands:
  export     Write the model workbook (.xlsx) with native Excel formulas.
  table      Print forecast series as text, CSV or JSON.
  baseline   Print the article's figures the model starts from.

Run "${PROGRAM} <command> --help" for a command's options.
Money is in 亿 CNY (1 亿 = 100 million CNY); shares and rates are fractions.
Exit codes: 0 done, 2 bad arguments or unwritable file, 1 unexpected failure.
`;

export const EXPORT_HELP = `Usage: ${PROGRAM} export --out FILE.xlsx [options]

Writes a workbook anyone can open and recalculate without the add-in:
  Inputs    every assumption with Bear, Base and Bull values (edit these),
  Forecast  one native formula per row (POWER, EXP, LN, MIN, MAX, IF, INDEX, MATCH)
            with the engine's values cached; D2 selects the scenario column,
  Sources   the article's figures with their quotes,
  Notes     units, method, and which numbers are facts and which assumptions.
The file is written to a temporary file first and then renamed: never half-written.

Options:
  --out FILE.xlsx             Where to write (required).
${SCENARIO_HELP}
                              The change goes into the scenario's column on Inputs.
  --from YEAR                 First year shown (default ${DEFAULT_LAYOUT_FROM}); earlier years are
                              hidden columns, since the recursions start in ${FIRST_YEAR}.
  --to YEAR                   Last year (default ${DEFAULT_LAYOUT_TO}, at most ${LAST_YEAR}).
  --lang en|zh-CN             Language of labels and notes (default en).
  -h, --help                  Show this help.

Example:
  ${PROGRAM} export --out govcloud.xlsx --scenario bull --set market.gov.growth.near=0.3
`;

export const TABLE_HELP = `Usage: ${PROGRAM} table [--series KEY ...] [options]

Prints the engine's numbers, for scripts.

Options:
  --series KEY                A series; repeat for more (default: every series). Keys:
                              market.gov, market.total, market.govShare, city.cities,
                              city.budget, city.spend, bridge.ratio, vendor.revenue,
                              vendor.govContracts, vendor.govProjects, vendor.govShare.
${SCENARIO_HELP}
  --from YEAR, --to YEAR      Years (default ${FIRST_YEAR}–${LAST_YEAR}).
  --format text|csv|json      Output format (default text). CSV and JSON keep full precision.
  -h, --help                  Show this help.

Example:
  ${PROGRAM} table --series market.gov --scenario bear --from 2020 --to 2030 --format csv
`;

export const BASELINE_HELP = `Usage: ${PROGRAM} baseline [--format text|csv|json]

Prints the figures of the source article (曾响铃, OFweek, 2020-03-19) with their keys, units and
verbatim quotes: the only numbers the model uses as facts.

Options:
  --format text|csv|json      Output format (default text).
  -h, --help                  Show this help.
`;
