import { ModelError } from "./errors";

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

/**
 * Checks that `year` is a whole year of the horizon. A date serial (Excel stores 2026-01-01 as
 * 46023) is the usual mistake, so it gets its own hint.
 */
export function checkYear(year: number, what = "year"): number {
  if (!Number.isFinite(year)) throw new ModelError("invalidValue", `${what} must be a number.`);
  if (!Number.isInteger(year)) {
    throw new ModelError("outOfRange", `${what} ${year} is not a whole year; use a year such as 2025.`);
  }
  if (year > 10_000) {
    throw new ModelError(
      "outOfRange",
      `${what} ${year} looks like a date serial number; use YEAR(cell) to pass the year.`,
    );
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new ModelError("outOfRange", `${what} ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}.`);
  }
  return year;
}
