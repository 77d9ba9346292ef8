import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { SRC, sourceFiles } from "./sourceFiles";
import { qualifiedAddress } from "../../src/model/layout/a1";
import { BUILT_IN_VENDOR, BUILT_IN_VENDOR_NAME, VENDOR_LABELS } from "../../src/model/vendorKeys";
import { findAssumption } from "../../src/model/assumptions";
import { resolveSeries } from "../../src/model/series";
import { createScenario } from "../../src/model/scenario";
import { compileForecast } from "../../src/model/forecast";

describe("sheet-qualified references", () => {
  test("quote a sheet name unless it is a plain word that cannot be read as a cell", () => {
    expect(qualifiedAddress("Forecast", "$D$2")).toBe("Forecast!$D$2");
    expect(qualifiedAddress("Sheet_1", "A1")).toBe("Sheet_1!A1");
    expect(qualifiedAddress("GovCloud Inputs", "E7")).toBe("'GovCloud Inputs'!E7");
    expect(qualifiedAddress("Bob's", "A1")).toBe("'Bob''s'!A1");
    expect(qualifiedAddress("My.Sheet", "A1")).toBe("'My.Sheet'!A1");
    expect(qualifiedAddress("预测", "A1")).toBe("'预测'!A1");
    expect(qualifiedAddress("2024", "A1")).toBe("'2024'!A1");
    // Names that read as references (A1 and R1C1 styles) are quoted.
    for (const name of ["AB12", "R2C3", "R", "C", "rc", "C12", "R7"]) {
      expect(qualifiedAddress(name, "A1")).toBe(`'${name}'!A1`);
    }
  });

  test("no other source file quotes sheet names itself", () => {
    const quoting = sourceFiles()
      .filter((path) => readFileSync(path, "utf8").includes(`.replace(/'/g, "''")`))
      .map((path) => relative(SRC, path));
    expect(quoting).toEqual([join("model", "layout", "a1.ts")]);
  });
});

describe("vendor labels", () => {
  test("the catalogue and the series name a vendor's metrics from the one table", () => {
    expect(findAssumption("vendor.Huawei.revenue.2019")?.label).toEqual({
      en: `Huawei ${VENDOR_LABELS.revenue.en} 2019`,
      zh: `Huawei2019年${VENDOR_LABELS.revenue.zh}`,
    });
    const layout = compileForecast(createScenario("base", [])).layout;
    expect(resolveSeries(layout, "vendor.govShare").info.label).toEqual({
      en: `${BUILT_IN_VENDOR} ${VENDOR_LABELS.govShare.en}`,
      zh: `${BUILT_IN_VENDOR}${VENDOR_LABELS.govShare.zh}`,
    });
    expect(BUILT_IN_VENDOR_NAME).toEqual({ en: "Tencent", zh: "腾讯" });
  });
});
