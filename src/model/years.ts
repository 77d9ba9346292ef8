import { ModelError } from "./errors";
import type { Bilingual } from "./language";

/** The forecast horizon: the article's first observed year to a long-range planning year. */
export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2040;
export const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;

/** Every year of the horizon, in order. */
export const YEARS: readonly number[] = Array.from({ length: YEAR_COUNT }, (_, i) => FIRST_YEAR + i);

/** Position of `year` in a series array; the year must already be validated. */
export function yearIndex(year: number): number {
  return year - FIRST_YEAR;
}

/** What a year is called in `checkYear`'s messages when the caller does not name it. */
const A_YEAR: Bilingual = { en: "year", zh: "年份" };

/**
 * Checks that `year` is a whole year of the horizon. A date serial (Excel stores 2026-01-01 as
 * 46023) is the usual mistake, so it gets its own hint. `what` names the year in both languages
 * ("The first year", "起始年份"), so the Chinese message has no English in it.
 */
export function checkYear(year: number, what: Bilingual = A_YEAR): number {
  if (!Number.isFinite(year)) {
    throw new ModelError("invalidValue", {
      en: `${what.en} must be a number.`,
      zh: `${what.zh}必须是数字。`,
    });
  }
  if (!Number.isInteger(year)) {
    throw new ModelError("outOfRange", {
      en: `${what.en} ${year} is not a whole year; use a year such as 2025.`,
      zh: `${what.zh} ${year} 不是整数年份;请使用 2025 这样的年份。`,
    });
  }
  if (year > 10_000) {
    throw new ModelError("outOfRange", {
      en: `${what.en} ${year} looks like a date serial number; use YEAR(cell) to pass the year.`,
      zh: `${what.zh} ${year} 看起来是日期序列号;请用 YEAR(单元格) 传入年份。`,
    });
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new ModelError("outOfRange", {
      en: `${what.en} ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}.`,
      zh: `${what.zh} ${year} 超出 ${FIRST_YEAR}–${LAST_YEAR} 的范围。`,
    });
  }
  return year;
}
