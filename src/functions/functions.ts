/**
 * The GOVCLOUD custom functions. custom-functions-metadata-plugin reads the JSDoc below to write
 * functions.json and appends the `CustomFunctions.associate` calls to this file when webpack bundles it;
 * neither is written by hand.
 *
 * The ids in `@customfunction ID NAME` are stored in users' workbooks: never change them.
 *
 * Each function is a thin wrapper: coerce Excel's arguments (see ./arguments), call the engine, and let
 * `excelFunction` turn a domain error into the Excel error. This module does nothing at load time, so
 * jest and the task pane can import it.
 */
import { BASELINE_FIELDS, baselineFigure, type BaselineField, type BaselineFigure } from "../model/baseline";
import { ModelError } from "../model/errors";
import { optionalText, requiredText } from "./arguments";
import { excelFunction } from "./excelErrors";

// Users type field names into cells, so "asof" and "ASOF" mean asOf.
const FIELD_BY_LOWER_NAME = new Map<string, BaselineField>(
  BASELINE_FIELDS.map((field) => [field.toLowerCase(), field]),
);

function baselineField(name: string | undefined): BaselineField {
  if (name === undefined) return "value";
  const field = FIELD_BY_LOWER_NAME.get(name.toLowerCase());
  if (field === undefined) {
    throw new ModelError(
      "unknownName",
      `Unknown field "${name}". Valid fields: ${BASELINE_FIELDS.join(", ")}.`,
    );
  }
  return field;
}

function fieldOf(figure: BaselineFigure, field: BaselineField): number | string {
  // Excel's function help is English, so the label a formula returns is too; the task pane shows both.
  return field === "label" ? figure.label.en : figure[field];
}

const excelBaseline = excelFunction((key: unknown, field: unknown): number | string => {
  const figure = baselineFigure(requiredText(key, "key"));
  return fieldOf(figure, baselineField(optionalText(field, "field")));
});

/**
 * A figure from the source article (OFweek, 2020-03-19): its value, or another field of it.
 * @customfunction BASELINE BASELINE
 * @param key Key of the figure, for example "caict.govCloud.2021" (the task pane lists every key).
 * @param field Optional: value (default), unit, asOf, kind, qualifier, quote or label.
 * @returns The figure's value, or the field asked for.
 */
export function baseline(key: string, field?: string): number | string {
  // Excel passes null for an omitted field and "" for an empty cell; excelBaseline handles both.
  return excelBaseline(key, field);
}
