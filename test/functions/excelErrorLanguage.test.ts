import { excelDisplayLanguage, excelFunction, toExcelError } from "../../src/functions/excelErrors";
import { market, solve } from "../../src/functions/implementations";
import { ModelError } from "../../src/model/errors";

/**
 * The custom functions run in the shared runtime, where office.js defines `Office.context`, whose
 * `displayLanguage` is the language of Excel's interface (see excelDisplayLanguage's sources). The
 * stand-in below is only that documented string property; before office.js initialises there is no
 * `Office.context`, and outside Office no `Office` at all: English then.
 */
type OfficeStandIn = { context?: { displayLanguage?: string } };
const globals = globalThis as { Office?: OfficeStandIn };

function withOffice(office: OfficeStandIn | undefined, run: () => void): void {
  const before = globals.Office;
  if (office === undefined) delete globals.Office;
  else globals.Office = office;
  try {
    run();
  } finally {
    if (before === undefined) delete globals.Office;
    else globals.Office = before;
  }
}

function messageOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error.message;
    throw error;
  }
  throw new Error("expected a CustomFunctions.Error");
}

const yearOutOfRange = new ModelError("outOfRange", {
  en: "year 2050 is outside 2018–2040.",
  zh: "年份 2050 超出 2018–2040 的范围。",
});

describe("the custom functions' messages follow Excel's display language", () => {
  test("Simplified Chinese Excel gets the Chinese text; the code is the same", () => {
    for (const tag of ["zh-CN", "zh-Hans-CN"]) {
      withOffice({ context: { displayLanguage: tag } }, () => {
        const error = toExcelError(yearOutOfRange);
        expect(error.code).toBe("#VALUE!");
        expect(error.message).toBe("年份 2050 超出 2018–2040 的范围。");
      });
    }
  });

  test("every other display language, and no Office yet, gets the English", () => {
    const cases: (OfficeStandIn | undefined)[] = [
      { context: { displayLanguage: "en-US" } },
      { context: { displayLanguage: "de-DE" } },
      { context: { displayLanguage: "zh-TW" } }, // traditional script: English, as in the pane
      {}, // office.js loaded, not yet initialised
      undefined, // outside Office
    ];
    for (const office of cases) {
      withOffice(office, () => {
        expect(excelDisplayLanguage()).toBe("en");
        expect(toExcelError(yearOutOfRange).message).toBe("year 2050 is outside 2018–2040.");
      });
    }
  });

  test("a real function's error, a result that is not finite and an unexpected error, in Chinese", () => {
    withOffice({ context: { displayLanguage: "zh-CN" } }, () => {
      expect(messageOf(() => market(2050, null, null))).toBe("参数 year 2050 超出 2018–2040 的范围。");
      expect(messageOf(() => solve("market.gov", 2030, 1e9, "market.gov.growth.near", null))).toMatch(
        /^market\.gov 在 2030 年无法达到 1000000000:/,
      );
      expect(messageOf(excelFunction(() => Number.NaN))).toBe(
        "结果不是有限数值(NaN):请检查情景假设中是否有极端值。",
      );
      expect(
        messageOf(
          excelFunction(() => {
            throw new Error("boom");
          }),
        ),
      ).toBe("意外错误:boom");
    });
    withOffice(undefined, () => {
      expect(messageOf(() => market(2050, null, null))).toBe("year 2050 is outside 2018–2040.");
    });
  });
});
