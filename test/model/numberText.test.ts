import { numberFromCell } from "../../src/model/cellValues";
import { parseNumberText } from "../../src/model/numberText";
import { overridesFromRows } from "../../src/model/scenarioInput";
import { overridesOption } from "../../src/cli/options";
import { requiredNumber } from "../../src/functions/arguments";

// Expected values are the numbers a finance user means by the text (hand-written).
describe("the one rule for numeric text", () => {
  it.each([
    ["0.35", 0.35],
    [" 813 ", 813],
    ["-1.5e3", -1500],
    [".5", 0.5],
    ["20%", 0.2],
    ["20 %", 0.2],
    ["-3.5%", -0.035],
    ["1,858", 1858],
    ["12,345.6", 12345.6],
    ["1,234,567", 1234567],
    ["+7", 7],
  ])("reads %j as %d", (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it.each([
    ["0,35", "a decimal comma (stripping commas made it 35: 100× off)"],
    ["%", "a bare percent sign (was 0)"],
    ["0x10", "hexadecimal (was 16)"],
    ["1,2,3", "commas not in groups of three (was 123)"],
    ["0,350", "a leading zero group: a decimal comma, not thousands"],
    ["1,8580", "a group of four"],
    ["Infinity", "not a finite number"],
    ["1e999", "overflows to Infinity"],
    ["", "empty"],
    ["12abc", "letters"],
    ["1.2.3", "two points"],
  ])("refuses %j (%s)", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it("names the key and quotes the text in scenario ranges, inputs cells and --set", () => {
    expect(() => overridesFromRows([["city.budget.2019", "0,35"]])).toThrow(
      /city\.budget\.2019 \(row 1 of the scenario range\) must be a number such as 0\.35.*not "0,35"/,
    );
    expect(() =>
      numberFromCell("%", { en: "market.gov.growth.near (Base)", zh: "market.gov.growth.near(Base)" }),
    ).toThrow(/market\.gov\.growth\.near \(Base\) must be .*not "%"/);
    expect(() => overridesOption(["city.count=1,2,3"])).toThrow(
      /city\.count \(--set city\.count=1,2,3\).*"1,2,3"/,
    );
    expect(overridesOption(["city.count=1,000"])[0]?.value).toBe(1000);
  });

  it("is the rule for numbers typed as text into function arguments too", () => {
    expect(requiredNumber("90%", "percentile")).toBeCloseTo(0.9, 12);
    expect(() => requiredNumber("0x10", "year")).toThrow(/year must be a number/);
    expect(() => requiredNumber("0,5", "percentile")).toThrow(/percentile must be a number/);
  });
});
