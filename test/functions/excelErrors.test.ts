import {
  EXCEL_ERROR_MESSAGE_LIMIT,
  excelErrorMessage,
  excelFunction,
  toExcelError,
} from "../../src/functions/excelErrors";
import { ModelError, type ModelErrorKind } from "../../src/model/errors";

function excelErrorFrom(call: () => unknown): CustomFunctions.Error {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as CustomFunctions.Error;
  }
  throw new Error("Expected the call to throw a CustomFunctions.Error.");
}

// No lone surrogate: a cut that split a pair would show as a broken character in Excel.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Excel shows a custom function's message only with these two codes (CustomFunctions.ErrorCode docs in
// @types/custom-functions-runtime: the others "can't" carry "a custom error message").
const CODES_THAT_SHOW_A_MESSAGE = new Set(["#VALUE!", "#N/A"]);

describe("toExcelError", () => {
  test("never puts a message on a code whose message Excel drops", () => {
    const kinds: ModelErrorKind[] = [
      "unknownName",
      "invalidValue",
      "missingValue",
      "outOfRange",
      "notAvailable",
    ];
    for (const kind of kinds) {
      const error = toExcelError(new ModelError(kind, { en: "Fix this.", zh: "请修正。" }));
      expect(CODES_THAT_SHOW_A_MESSAGE.has(error.code)).toBe(true);
    }
    for (const result of [Number.NaN, Number.POSITIVE_INFINITY, [[1, Number.NEGATIVE_INFINITY]]]) {
      const error = excelErrorFrom(excelFunction(() => result));
      expect(CODES_THAT_SHOW_A_MESSAGE.has(error.code)).toBe(true);
    }
  });

  test.each<[ModelErrorKind, string]>([
    ["unknownName", "#VALUE!"],
    ["invalidValue", "#VALUE!"],
    ["missingValue", "#VALUE!"],
    ["outOfRange", "#VALUE!"],
    ["notAvailable", "#N/A"],
  ])("maps the ModelError kind %s to %s with its message", (kind, code) => {
    const error = toExcelError(
      new ModelError(kind, { en: `What went wrong (${kind}).`, zh: `出错了(${kind})。` }),
    );
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error.code).toBe(code);
    expect(error.message).toBe(`What went wrong (${kind}).`);
  });

  test("any other thrown thing is #VALUE! with an 'Unexpected error' message", () => {
    const cases: [unknown, string][] = [
      [new Error("boom"), "Unexpected error: boom"],
      [new TypeError("x is undefined"), "Unexpected error: x is undefined"],
      [new RangeError(), "Unexpected error: RangeError"],
      ["a thrown string", "Unexpected error: a thrown string"],
      [42, "Unexpected error: 42"],
      [undefined, "Unexpected error: undefined"],
      [null, "Unexpected error: null"],
    ];
    for (const [thrown, message] of cases) {
      const error = toExcelError(thrown);
      expect(error).toBeInstanceOf(CustomFunctions.Error);
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toBe(message);
    }
  });

  test("describes even a value that cannot be turned into text", () => {
    const hostile = {
      toString(): string {
        throw new Error("no");
      },
    };
    const error = toExcelError(hostile);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Unexpected error: /);
  });

  test("passes a CustomFunctions.Error through unchanged", () => {
    const original = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    expect(toExcelError(original)).toBe(original);
  });

  test("shortens a long message to Excel's 255 characters", () => {
    const error = toExcelError(new ModelError("notAvailable", { en: "x".repeat(400), zh: "x".repeat(400) }));
    expect(error.message).toHaveLength(EXCEL_ERROR_MESSAGE_LIMIT);
    expect(error.message?.endsWith("…")).toBe(true);
  });
});

describe("excelErrorMessage", () => {
  test("keeps a message of up to 255 characters as it is", () => {
    expect(excelErrorMessage("short")).toBe("short");
    const full = "y".repeat(EXCEL_ERROR_MESSAGE_LIMIT);
    expect(excelErrorMessage(full)).toBe(full);
  });

  test("cuts a longer one and ends it with an ellipsis", () => {
    const cut = excelErrorMessage("z".repeat(EXCEL_ERROR_MESSAGE_LIMIT + 1));
    expect(cut).toBe("z".repeat(EXCEL_ERROR_MESSAGE_LIMIT - 1) + "…");
  });

  test("never splits a surrogate pair", () => {
    for (let padding = 250; padding <= 256; padding += 1) {
      const cut = excelErrorMessage("a".repeat(padding) + "😀😀😀" + "b".repeat(20));
      expect(cut.length).toBeLessThanOrEqual(EXCEL_ERROR_MESSAGE_LIMIT);
      expect(cut).not.toMatch(LONE_SURROGATE);
      expect(cut.endsWith("…")).toBe(true);
    }
  });

  test("keeps Chinese text whole up to the cut", () => {
    const quote = "其中政务云以813亿元规模".repeat(30);
    const cut = excelErrorMessage(quote);
    expect(cut).toHaveLength(EXCEL_ERROR_MESSAGE_LIMIT);
    expect(quote.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe("excelFunction", () => {
  test("passes the arguments through and returns the result", () => {
    const add = excelFunction((a: number, b: number) => a + b);
    expect(add(2, 3)).toBe(5);
    const label = excelFunction((key: string) => `label of ${key}`);
    expect(label("k")).toBe("label of k");
  });

  test("throws a domain error as the mapped CustomFunctions.Error", () => {
    const failing = excelFunction(() => {
      throw new ModelError("outOfRange", {
        en: "year must be between 2018 and 2040.",
        zh: "年份必须在 2018 到 2040 之间。",
      });
    });
    const error = excelErrorFrom(() => failing());
    // #VALUE!, not #NUM!: Excel drops the message of every code but #VALUE! and #N/A.
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("year must be between 2018 and 2040.");
  });

  test("never lets a plain Error reach Excel", () => {
    const failing = excelFunction((): number => {
      throw new Error("bug");
    });
    const error = excelErrorFrom(() => failing());
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Unexpected error: bug");
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "turns a %p result into #VALUE! with a message",
    (result) => {
      const error = excelErrorFrom(excelFunction(() => result));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/not a finite number/);
    },
  );

  test("checks every cell of a spilled table", () => {
    const error = excelErrorFrom(
      excelFunction(() => [
        ["Year", "Value"],
        [2025, Number.NaN],
      ]),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/in the table/);
    expect(
      excelFunction(() => [
        ["Year", "Value"],
        [2025, 1.5],
      ])(),
    ).toEqual([
      ["Year", "Value"],
      [2025, 1.5],
    ]);
  });

  test("lets zero, negative numbers and text through", () => {
    expect(excelFunction(() => 0)()).toBe(0);
    expect(excelFunction(() => -1e300)()).toBe(-1e300);
    expect(excelFunction(() => "NaN")()).toBe("NaN");
  });

  test("maps the rejection and the result of an async function too", async () => {
    const resolved = excelFunction(async (n: number) => n * 2);
    await expect(resolved(4)).resolves.toBe(8);

    const rejected = excelFunction(async () => {
      throw new ModelError("notAvailable", { en: "No data for 2041.", zh: "没有 2041 年的数据。" });
    });
    await expect(rejected()).rejects.toMatchObject({ code: "#N/A", message: "No data for 2041." });
    await expect(rejected()).rejects.toBeInstanceOf(CustomFunctions.Error);

    const notANumber = excelFunction(async () => Number.NaN);
    await expect(notANumber()).rejects.toMatchObject({ code: "#VALUE!" });
  });
});
