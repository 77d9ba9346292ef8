/**
 * The one rule for turning text a user typed (a cell, a scenario range, `--set`) into a number.
 * Accepted: plain decimals ("0.35", "-1.5e3", ".5"), a percent sign after a number ("20%" → 0.2)
 * and thousands separators in valid groups of three ("1,858", "12,345.6"). Everything else is
 * refused rather than guessed: "0,35" (a decimal comma, which stripping commas would read as 35),
 * "%", "0x10", "1,2,3", "Infinity", "" and text with letters.
 */
const NUMBER_TEXT =
  /^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?:\s*%)?$/;

/** The number `text` spells under the rule above; undefined when it is not one. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER_TEXT.test(trimmed)) return undefined;
  const percent = trimmed.endsWith("%");
  const digits = (percent ? trimmed.slice(0, -1) : trimmed).replace(/,/g, "").trim();
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined; // "1e999"
  return percent ? value / 100 : value;
}

/** Says what was wrong with `text` for a message, in both languages: the examples show what is accepted. */
export const NUMBER_TEXT_HINT = {
  en: "a number such as 0.35, 35% or 1,858 (a point for decimals)",
  zh: "数字(如0.35、35%或1,858,小数用句点)",
} as const;
