import { baseline } from "../../src/functions/functions";
import { BASELINE_FIGURES } from "../../src/model/baseline";

/**
 * Excel ignores the TypeScript signature: an omitted optional argument arrives as null, an empty
 * cell as "", a number typed in a cell as a number. The tests call BASELINE the same way.
 */
const excelBaseline = baseline as (key: unknown, field: unknown) => number | string;

function excelErrorFrom(call: () => unknown): CustomFunctions.Error {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as CustomFunctions.Error;
  }
  throw new Error("Expected the call to throw a CustomFunctions.Error.");
}

describe("GOVCLOUD.BASELINE values", () => {
  test("returns the article's figures exactly, with the optional field omitted (null)", () => {
    expect(excelBaseline("caict.govCloud.2021", null)).toBe(813);
    expect(excelBaseline("tencentGov.contracts.2018", null)).toBe(7.97);
    expect(excelBaseline("caict.cloudMarket.2021", null)).toBe(1858);
    expect(excelBaseline("idc.smartCity.global.2023", null)).toBe(1894.6);
  });

  test("treats an empty field cell, a field of spaces and an undefined field as the value", () => {
    expect(excelBaseline("caict.govCloud.2021", "")).toBe(813);
    expect(excelBaseline("caict.govCloud.2021", "   ")).toBe(813);
    expect(baseline("caict.govCloud.2021")).toBe(813);
  });

  test("accepts a key with other letter case or surrounding spaces", () => {
    expect(excelBaseline("CAICT.GOVCLOUD.2021", null)).toBe(813);
    expect(excelBaseline("  tencentGov.contracts.2018 ", null)).toBe(7.97);
  });

  test("returns every figure's value", () => {
    expect(BASELINE_FIGURES).toHaveLength(42);
    for (const figure of BASELINE_FIGURES) {
      expect(excelBaseline(figure.key, null)).toBe(figure.value);
    }
  });
});

describe("GOVCLOUD.BASELINE fields", () => {
  const key = "tencentGov.contracts.2018";

  test("returns each field of a figure, sourced from the article", () => {
    expect(excelBaseline(key, "value")).toBe(7.97);
    expect(excelBaseline(key, "unit")).toBe("亿 CNY");
    expect(excelBaseline(key, "asOf")).toBe("2018");
    expect(excelBaseline(key, "kind")).toBe("reported");
    expect(excelBaseline(key, "qualifier")).toBe("exact");
    // The article's own words: 合同金额7.97亿 (OFweek, 2020-03-19).
    expect(excelBaseline(key, "quote")).toBe("合同金额7.97亿");
    expect(excelBaseline(key, "label")).toBe("Tencent gov-cloud contract value 2018");
  });

  test("distinguishes a third-party forecast and a lower bound", () => {
    expect(excelBaseline("caict.govCloud.2021", "kind")).toBe("thirdPartyForecast");
    expect(excelBaseline("tencentCloud.revenue.2019", "qualifier")).toBe("lowerBound");
    expect(excelBaseline("tencentCloud.revenue.2019", "quote")).toBe("全年收入超过170亿元");
  });

  test("accepts field names in any letter case", () => {
    expect(excelBaseline(key, "ASOF")).toBe("2018");
    expect(excelBaseline(key, "asof")).toBe("2018");
    expect(excelBaseline(key, " Unit ")).toBe("亿 CNY");
    expect(excelBaseline(key, "LABEL")).toBe("Tencent gov-cloud contract value 2018");
  });
});

describe("GOVCLOUD.BASELINE errors", () => {
  test("an unknown key is #N/A naming the closest keys", () => {
    const error = excelErrorFrom(() => excelBaseline("caict.govCloud.2012", null));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain('No baseline figure "caict.govCloud.2012"');
    expect(error.message).toContain("caict.govCloud.2021");
  });

  test("a misspelt key suggests the key meant", () => {
    const error = excelErrorFrom(() => excelBaseline("tencentGov.contract.2018", ""));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Closest keys: tencentGov\.contracts\.2018/);
  });

  test("a number typed as the key is looked up as text, and is #N/A", () => {
    const error = excelErrorFrom(() => excelBaseline(2021, null));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain('No baseline figure "2021"');
  });

  test("an empty or omitted key is #VALUE!", () => {
    for (const key of ["", "  ", null]) {
      const error = excelErrorFrom(() => excelBaseline(key, null));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toBe("key is empty.");
    }
  });

  test("TRUE as the key is #VALUE!", () => {
    const error = excelErrorFrom(() => excelBaseline(true, null));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("key must be text, not TRUE.");
  });

  test("an unknown field is #VALUE! listing the valid fields", () => {
    const error = excelErrorFrom(() => excelBaseline("caict.govCloud.2021", "price"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      'field "price" is not one of value, unit, asOf, kind, qualifier, quote, label.',
    );
  });

  test("a range as the field is #VALUE!", () => {
    const error = excelErrorFrom(() => excelBaseline("caict.govCloud.2021", [["unit"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("field must be text, not a range.");
  });
});
