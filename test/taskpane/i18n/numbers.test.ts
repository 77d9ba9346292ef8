import { numberFormatting } from "../../../src/taskpane/i18n/numbers";

describe("numbers for the pane", () => {
  const en = numberFormatting("en");
  const zh = numberFormatting("zh-CN");

  test("fractions are shown and typed as percentages", () => {
    expect(en.formatInput(0.28, "fraction")).toBe("28");
    expect(en.formatInput(0.005, "fraction")).toBe("0.5");
    expect(en.parseInput("28", "fraction")).toBe(0.28);
    expect(en.parseInput("28%", "fraction")).toBe(0.28);
    expect(en.parseInput("-12.5", "fraction")).toBe(-0.125);
    expect(en.formatValue(0.4, "fraction")).toBe("40.0%");
    expect(en.formatExact(-0.5, "fraction")).toBe("-50%");
  });

  test("reads grouping, full-width characters and a minus sign; refuses the rest", () => {
    expect(en.parseInput("1,858", "亿 CNY")).toBe(1858);
    expect(en.parseInput(" 813 ", "亿 CNY")).toBe(813);
    expect(zh.parseInput("２０％", "fraction")).toBe(0.2);
    expect(en.parseInput("\u22120.5", "years")).toBe(-0.5);
    expect(en.parseInput("", "years")).toBeUndefined();
    expect(en.parseInput("abc", "years")).toBeUndefined();
    expect(en.parseInput("1.2.3", "years")).toBeUndefined();
    expect(en.parseInput("20%", "亿 CNY")).toBeUndefined();
  });

  test("formats for the locale, with the unit in the UI language", () => {
    expect(en.formatValue(2306.84, "亿 CNY")).toBe("2,306.8");
    expect(en.formatExact(1_000_000, "亿 CNY")).toBe("1,000,000 亿 CNY");
    expect(zh.formatExact(1_000_000, "亿 CNY")).toBe("1,000,000 亿元");
    expect(zh.unitSuffix("years")).toBe("年");
    expect(en.unitSuffix("fraction")).toBe("%");
    expect(en.formatNumber(200000)).toBe("200,000");
  });

  test("values side by side get the decimals that tell them apart", () => {
    // One city's budget in 亿 CNY: P10/P50/P90 used to read 0.4 / 0.4 / 0.4.
    expect(en.formatDistinct([0.38, 0.41, 0.45], "亿 CNY")).toEqual(["0.38", "0.41", "0.45"]);
    // Values that differ at the usual decimals keep them; equal values stay equal.
    expect(en.formatDistinct([813, 813, 1549.42], "亿 CNY")).toEqual(["813.0", "813.0", "1,549.4"]);
    expect(en.formatDistinct([0.3012, 0.3014], "fraction")).toEqual(["30.12%", "30.14%"]);
    expect(en.formatDistinct([Number.NaN, 1], "亿 CNY")).toEqual(["—", "1.0"]);
  });

  test("one year is singular in English", () => {
    expect(en.formatExact(1, "years")).toBe("1 year");
    expect(en.formatExact(1.5, "years")).toBe("1.5 years");
  });
});
