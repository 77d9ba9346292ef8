import { ModelError } from "../errors";

/**
 * Compound annual growth rate: the constant yearly rate that turns `begin` into `end` over
 * `years` years, `(end / begin)^(1 / years) − 1`.
 *
 * @example cagr(91, 170, 1) // 0.868…, Tencent Cloud revenue 2018→2019 (article)
 */
export function cagr(begin: number, end: number, years: number): number {
  if (!(begin > 0)) {
    throw new ModelError("outOfRange", {
      en: `begin value must be greater than 0 (got ${begin}).`,
      zh: `期初值必须大于 0(当前为 ${begin})。`,
    });
  }
  if (!(end >= 0)) {
    throw new ModelError("outOfRange", {
      en: `end value must not be negative (got ${end}).`,
      zh: `期末值不能为负数(当前为 ${end})。`,
    });
  }
  if (!(years > 0)) {
    throw new ModelError("outOfRange", {
      en: `years must be greater than 0 (got ${years}).`,
      zh: `年数必须大于 0(当前为 ${years})。`,
    });
  }
  return Math.pow(end / begin, 1 / years) - 1;
}

/** `value` grown at `rate` for `years` years (negative years discount back). */
export function compound(value: number, rate: number, years: number): number {
  return value * Math.pow(1 + rate, years);
}
