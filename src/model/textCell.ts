/**
 * Text the add-in writes into a cell through Office.js `range.values` or `range.formulas` must stay
 * the text it was. Microsoft documents that for `Range.values` "If the returned value starts with
 * a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * the same note is in @types/office-js), and `range.formulas` is a formula by definition. Excel also
 * reads "@…" as a formula when typed and converts text such as "2019-03" into a date. A leading
 * apostrophe is Excel's own mark for "this is text": Excel stores the rest as text and shows it
 * without the apostrophe. So a user's vendor or scenario name "=HYPERLINK(…)" stays a name.
 */
const NEEDS_TEXT_MARK = /^(?:[=+\-@']|\s*[\d.(])/;
const BOOLEAN_WORDS = /^\s*(?:true|false)\s*$/i;

/** `text` as a cell write that Excel keeps as exactly that text. */
export function textCell(text: string): string {
  return NEEDS_TEXT_MARK.test(text) || BOOLEAN_WORDS.test(text) ? `'${text}` : text;
}

/** A cell write of `value`: text through `textCell`, numbers and booleans as they are. */
export function literalCell<T>(value: T): T | string {
  return typeof value === "string" ? textCell(value) : value;
}

/** Every text cell of `rows` through `textCell`. */
export function literalRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map(literalCell));
}
