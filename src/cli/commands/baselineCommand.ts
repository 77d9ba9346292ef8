import { BASELINE_FIGURES } from "../../model/baseline";
import { BASELINE_HELP } from "../help";
import type { CliIo } from "../io";
import { csvLines, textTable } from "../output";
import { HELP_OPTION, formatOption, commandOptions } from "../options";

const BASELINE_OPTIONS = { ...HELP_OPTION, format: { type: "string" } } as const;

/** `baseline`: the article's figures, the model's only facts. */
export async function baselineCommand(args: readonly string[], io: CliIo): Promise<void> {
  const values = commandOptions(args, BASELINE_OPTIONS, BASELINE_HELP, io);
  if (!values) return;
  const format = formatOption(values.format);
  if (format === "json") {
    io.stdout(JSON.stringify(BASELINE_FIGURES, null, 2) + "\n");
  } else if (format === "csv") {
    const header = [
      "key",
      "value",
      "unit",
      "asOf",
      "kind",
      "qualifier",
      "quote",
      "label_en",
      "label_zh",
      "note",
    ];
    io.stdout(
      csvLines([
        header,
        ...BASELINE_FIGURES.map((f) => [
          f.key,
          f.value,
          f.unit,
          f.asOf,
          f.kind,
          f.qualifier,
          f.quote,
          f.label.en,
          f.label.zh,
          f.note,
        ]),
      ]),
    );
  } else {
    io.stdout(
      textTable(
        ["key", "value", "unit", "as of", "figure"],
        BASELINE_FIGURES.map((f) => [f.key, String(f.value), f.unit, f.asOf, f.label.en]),
        [false, true, false, false, false],
      ),
    );
  }
}
