import { NOT_ANCHORED, anchorableSeriesKey, parseActualKey, parseAnchorKey } from "../actualKeys";
import { PUBLISHED_SET_LABEL, publishedFiguresOf } from "../published";
import { ASSUMPTIONS, requireAssumption } from "../assumptions";
import { BUILT_IN_SCENARIOS, type AssumptionDefinition, type BuiltInScenario } from "../assumptionTypes";
import { baselineFigure } from "../baseline";
import type { Scenario } from "../scenario";
import { qualifiedAddress } from "./a1";
import { SheetCells, type LayoutSheet } from "./cells";
import { LAYOUT_TEXT, SCENARIO_HEADERS, unitFormat, unitText } from "./layoutText";
import { inLanguage, type Language } from "../language";

/** The same sheet the task pane sets up, so an exported workbook and a pane-built one read alike. */
export const INPUTS_SHEET = "GovCloud Inputs";

/**
 * The Inputs sheet's columns, the same as the task pane's inputs table (GovCloudInputs):
 * Key | Assumption | Unit | Bear | Base | Bull | Kind | Source. `scenarioInput.scenarioSetFromTable`
 * reads the sheet back (it finds the Key and scenario columns by their headers, in either language).
 */
export const INPUT_COLUMNS = {
  key: 1,
  label: 2,
  unit: 3,
  bear: 4,
  base: 5,
  bull: 6,
  kind: 7,
  source: 8,
} as const;
export const INPUTS_HEADER_ROW = 1;
const FIRST_INPUT_ROW = 2;

/** One assumption row: the catalogue's values, except the exported scenario's column, which is the scenario's. */
export interface InputRow {
  readonly key: string;
  readonly row: number;
  readonly definition: AssumptionDefinition;
  readonly values: Readonly<Record<BuiltInScenario, number>>;
  /** The exported scenario's value differs from the catalogue's (a user override). */
  readonly overridden: boolean;
  /** Not in the catalogue: a user-defined vendor's key. */
  readonly userDefined: boolean;
}

/**
 * The catalogue's assumptions in catalogue order, then any keys the scenario adds (user-defined
 * vendors), which have no built-in values and so take the scenario's value in every column.
 */
export function inputRows(scenario: Scenario, exported: BuiltInScenario): InputRow[] {
  const catalogueKeys = new Set(ASSUMPTIONS.map((a) => a.key));
  const rows: InputRow[] = ASSUMPTIONS.map((definition, index) => {
    const chosen = scenario.values.get(definition.key) ?? definition.values[exported];
    return {
      key: definition.key,
      row: FIRST_INPUT_ROW + index,
      definition,
      values: { ...definition.values, [exported]: chosen },
      overridden: chosen !== definition.values[exported],
      userDefined: false,
    };
  });
  for (const [key, value] of scenario.values) {
    if (catalogueKeys.has(key)) continue;
    rows.push({
      key,
      row: FIRST_INPUT_ROW + rows.length,
      definition: requireAssumption(key),
      // An anchor applies to the exported scenario only (0 = not anchored); facts are the same in all.
      values: parseAnchorKey(key)
        ? { bear: NOT_ANCHORED, base: NOT_ANCHORED, bull: NOT_ANCHORED, [exported]: value }
        : { bear: value, base: value, bull: value },
      overridden: false,
      userDefined: true,
    });
  }
  return rows;
}

/**
 * The Inputs scenario headers, "'GovCloud Inputs'!$1:$1", that the selector is matched against: a
 * whole row, so custom scenario columns the task pane adds after Bull are found too.
 */
export function scenarioHeaderRange(): string {
  return qualifiedAddress(INPUTS_SHEET, `$${INPUTS_HEADER_ROW}:$${INPUTS_HEADER_ROW}`);
}

/** The last column a scenario lookup reaches: room for many custom scenario columns. */
export const LOOKUP_LAST_COLUMN = "AZ";

/**
 * An assumption's value in the selected scenario column, found by key rather than by row, so a
 * sorted or extended inputs table still feeds the right numbers.
 */
export function scenarioValueLookup(keyCell: string, scenarioColumnCell: string): string {
  const table = qualifiedAddress(INPUTS_SHEET, `$A:$${LOOKUP_LAST_COLUMN}`);
  const keys = qualifiedAddress(INPUTS_SHEET, "$A:$A");
  return `INDEX(${table},MATCH(${keyCell},${keys},0),${scenarioColumnCell})`;
}

function sourceText(input: InputRow, exported: BuiltInScenario, language: Language): string {
  const { source } = input.definition;
  const parts: string[] = [];
  if (input.userDefined) parts.push(inLanguage(LAYOUT_TEXT.userValue, language));
  const published = publishedSourceOf(input.key, input.values[exported], language);
  if (published) parts.push(published);
  if (source.kind === "article") {
    for (const key of source.baselineKeys) parts.push(`${key}: “${baselineFigure(key).quote}”`);
    if (source.note) parts.push(source.note);
  } else if (!input.userDefined) {
    parts.push(source.rationale);
  }
  if (input.overridden) {
    parts.push(
      inLanguage(LAYOUT_TEXT.overridden, language)
        .replace("{scenario}", inLanguage(SCENARIO_HEADERS[exported], language))
        .replace("{value}", String(input.definition.values[exported])),
    );
  }
  return parts.join(" ");
}

/** An actual row holding a published figure (--anchor-published) names it, and says it is not the article's. */
function publishedSourceOf(key: string, value: number, language: Language): string | undefined {
  const actual = parseActualKey(key);
  if (!actual) return undefined;
  const figure = publishedFiguresOf(anchorableSeriesKey(actual.series)).find(
    (f) => f.year === actual.year && f.value === value,
  );
  const label = inLanguage(PUBLISHED_SET_LABEL, language);
  return figure ? `${figure.key} (${label}): ${figure.source}` : undefined;
}

function kindText(input: InputRow, language: Language): string {
  if (input.userDefined) return inLanguage(LAYOUT_TEXT.userValue, language);
  return inLanguage(
    input.definition.source.kind === "article" ? LAYOUT_TEXT.articleFigure : LAYOUT_TEXT.ourAssumption,
    language,
  );
}

export function inputsSheet(
  rows: readonly InputRow[],
  exported: BuiltInScenario,
  language: Language,
): LayoutSheet {
  const cells = new SheetCells();
  const header = INPUTS_HEADER_ROW;
  cells.text(header, INPUT_COLUMNS.key, inLanguage(LAYOUT_TEXT.key, language), "header");
  cells.text(header, INPUT_COLUMNS.label, inLanguage(LAYOUT_TEXT.assumption, language), "header");
  cells.text(header, INPUT_COLUMNS.unit, inLanguage(LAYOUT_TEXT.unit, language), "header");
  for (const scenario of BUILT_IN_SCENARIOS) {
    cells.text(header, INPUT_COLUMNS[scenario], inLanguage(SCENARIO_HEADERS[scenario], language), "header");
  }
  cells.text(header, INPUT_COLUMNS.kind, inLanguage(LAYOUT_TEXT.kind, language), "header");
  cells.text(header, INPUT_COLUMNS.source, inLanguage(LAYOUT_TEXT.source, language), "header");

  for (const input of rows) {
    const { definition, row } = input;
    cells.text(row, INPUT_COLUMNS.key, input.key, "key");
    cells.text(row, INPUT_COLUMNS.label, inLanguage(definition.label, language), "label");
    cells.text(row, INPUT_COLUMNS.unit, unitText(definition.unit, language), "unit");
    for (const scenario of BUILT_IN_SCENARIOS) {
      cells.put(row, INPUT_COLUMNS[scenario], {
        value: input.values[scenario],
        numberFormat: unitFormat(definition.unit),
        role: "input",
      });
    }
    cells.text(row, INPUT_COLUMNS.kind, kindText(input, language), "text");
    cells.text(row, INPUT_COLUMNS.source, sourceText(input, exported, language), "text");
  }
  return {
    name: INPUTS_SHEET,
    cells: cells.list(),
    columnWidths: [36, 46, 10, 12, 12, 12, 14, 90],
    wrappedColumns: [INPUT_COLUMNS.source],
    hiddenColumns: [],
    frozen: { rows: 1, columns: 1 },
  };
}
