import { cagr, compound } from "../../../src/model/growth/cagr";
import { ModelError } from "../../../src/model/errors";

describe("cagr", () => {
  it("gives Tencent Cloud's 2019 growth from the article's revenues (170/91 − 1 = 86.8%)", () => {
    // Hand calculation: 170 / 91 = 1.868131868…; tolerance 1e-12 (double rounding only).
    expect(cagr(91, 170, 1)).toBeCloseTo(0.868131868131868, 12);
  });

  it("gives the yearly rate of a multi-year change", () => {
    // 100 → 121 over two years is 10% a year: sqrt(1.21) = 1.1 exactly in decimal.
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 12);
    // The article's 25× growth in three years: 25^(1/3) − 1 = 1.924017738…
    expect(cagr(1, 25, 3)).toBeCloseTo(1.924017738212866, 12);
  });

  it("is the inverse of compound", () => {
    const rate = cagr(813, 1858, 4);
    expect(compound(813, rate, 4)).toBeCloseTo(1858, 9);
  });

  it.each([
    [0, 10, 1, /begin value must be greater than 0/],
    [-5, 10, 1, /begin value/],
    [10, -1, 1, /end value must not be negative/],
    [10, 20, 0, /years must be greater than 0/],
    [10, 20, Number.NaN, /years/],
  ])("rejects cagr(%p, %p, %p) with a message naming the argument", (begin, end, years, message) => {
    expect(() => cagr(begin, end, years)).toThrow(ModelError);
    expect(() => cagr(begin, end, years)).toThrow(message);
  });
});
