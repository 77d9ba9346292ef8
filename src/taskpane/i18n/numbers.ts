import type { AssumptionUnit } from "../../model/assumptionTypes";
import { unitText } from "../../model/layout/layoutText";
import type { SeriesUnit } from "../../model/series";
import type { Language } from "../../workbook/workbookOperations";

export type Unit = AssumptionUnit | SeriesUnit;

/**
 * Numbers as the pane shows and reads them, for the UI language (Intl.NumberFormat). Fractions
 * are shown and typed as percentages (0.2 is "20%"), as Excel shows the inputs table's cells.
 */
export interface NumberFormatting {
  /** BCP 47 locale of the formatters. */
  readonly locale: string;
  /** A value for reading: grouped, a sensible number of decimals for its unit, "%" for fractions. */
  readonly formatValue: (value: number, unit: Unit) => string;
  /** A value without rounding it for display (bounds, ranges): "-50%", "1,000,000 亿 CNY". */
  readonly formatExact: (value: number, unit: Unit) => string;
  /** A plain number (years, counts, trials), grouped unless `grouping` is false. */
  readonly formatNumber: (value: number, options?: { readonly grouping?: boolean }) => string;
  /**
   * Values shown side by side (P10/P50/P90): the unit's usual decimals, more (up to four extra)
   * while values that differ would read the same ("0.4 / 0.4 / 0.4" becomes "0.38 / 0.41 / 0.45").
   */
  readonly formatDistinct: (values: readonly number[], unit: Unit) => string[];
  /** A value as it is edited: no grouping, fractions as the percentage number. */
  readonly formatInput: (value: number, unit: Unit) => string;
  /** Reads what the user typed (grouping, "%" and full-width signs allowed); undefined when it is not a number. */
  readonly parseInput: (text: string, unit: Unit) => number | undefined;
  /** What stands after a field: "%" for fractions, else the unit's name. */
  readonly unitSuffix: (unit: Unit) => string;
}

const LOCALES: Readonly<Record<Language, string>> = { en: "en-US", "zh-CN": "zh-CN" };

/** Decimals shown per unit: money to 0.1 亿, shares to 0.1%, ratios to three places. */
const DISPLAY_DIGITS: Readonly<Record<Unit, number>> = {
  "亿 CNY": 1,
  fraction: 1,
  years: 2,
  year: 0,
  cities: 0,
  projects: 0,
  ratio: 3,
};

function percentOf(value: number): number {
  // toPrecision trims the float noise of the multiplication (0.28 × 100 = 28.000000000000004).
  return Number((value * 100).toPrecision(12));
}

const cache = new Map<Language, NumberFormatting>();

export function numberFormatting(language: Language): NumberFormatting {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = LOCALES[language];
  const display = new Map<Unit, Intl.NumberFormat>();
  const displayFormat = (unit: Unit): Intl.NumberFormat => {
    let format = display.get(unit);
    if (!format) {
      const digits = DISPLAY_DIGITS[unit];
      format = new Intl.NumberFormat(locale, {
        style: unit === "fraction" ? "percent" : "decimal",
        maximumFractionDigits: digits,
        // Ratios keep all their decimals so a column reads 0.310 / 0.151, not 0.31 / 0.151.
        minimumFractionDigits:
          unit === "years" || unit === "year" ? 0 : unit === "ratio" ? digits : Math.min(digits, 1),
        useGrouping: unit !== "year",
      });
      display.set(unit, format);
    }
    return format;
  };
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const exactPercent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false });

  const formatting: NumberFormatting = {
    locale,
    formatValue: (value, unit) => displayFormat(unit).format(value),
    formatExact: (value, unit) =>
      unit === "fraction"
        ? exactPercent.format(value)
        : unit === "years" && value === 1 && language === "en"
          ? "1 year"
          : `${grouped.format(value)} ${unitText(unit, language)}`,
    formatDistinct: (values, unit) => {
      const base = DISPLAY_DIGITS[unit];
      let shown: string[] = [];
      for (let extra = 0; extra <= 4; extra++) {
        const format = new Intl.NumberFormat(locale, {
          style: unit === "fraction" ? "percent" : "decimal",
          maximumFractionDigits: base + extra,
          // Once more decimals are needed every value gets them, so the column stays aligned.
          minimumFractionDigits: unit === "years" ? 0 : extra > 0 ? base + extra : Math.min(base, 1),
        });
        shown = values.map((value) => (Number.isFinite(value) ? format.format(value) : "—"));
        const collide = values.some((a, i) =>
          values.some(
            (b, j) => j > i && a !== b && Number.isFinite(a) && Number.isFinite(b) && shown[i] === shown[j],
          ),
        );
        if (!collide) break;
      }
      return shown;
    },
    formatNumber: (value, options) => (options?.grouping === false ? plain : grouped).format(value),
    formatInput: (value, unit) => plain.format(unit === "fraction" ? percentOf(value) : value),
    parseInput: (text, unit) => {
      const cleaned = text
        .normalize("NFKC") // full-width digits, ％ and ， typed with a Chinese IME
        .replace(/[\s,]/g, "")
        .replace(/\u2212/g, "-");
      const percent = cleaned.endsWith("%");
      // A percent sign only makes sense where the field is a percentage.
      if (percent && unit !== "fraction") return undefined;
      const numeral = percent ? cleaned.slice(0, -1) : cleaned;
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(numeral)) return undefined;
      const number = Number(numeral);
      if (!Number.isFinite(number)) return undefined;
      return unit === "fraction" ? Number((number / 100).toPrecision(12)) : number;
    },
    unitSuffix: (unit) => (unit === "fraction" ? "%" : unitText(unit, language)),
  };
  cache.set(language, formatting);
  return formatting;
}
