import { optionalText, requiredNumber, requiredText } from "../../src/functions/arguments";
import { ModelError, type ModelErrorKind } from "../../src/model/errors";

function modelErrorFrom(call: () => unknown): ModelError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return error as ModelError;
  }
  throw new Error("Expected the call to throw a ModelError.");
}

function expectModelError(call: () => unknown, kind: ModelErrorKind, message: string): void {
  const error = modelErrorFrom(call);
  expect(error.kind).toBe(kind);
  expect(error.message).toBe(message);
}

describe("optionalText", () => {
  test("is undefined for an omitted argument (null, undefined) and an empty cell", () => {
    expect(optionalText(null, "field")).toBeUndefined();
    expect(optionalText(undefined, "field")).toBeUndefined();
    expect(optionalText("", "field")).toBeUndefined();
    expect(optionalText("   ", "field")).toBeUndefined();
  });

  test("returns text without surrounding spaces", () => {
    expect(optionalText("unit", "field")).toBe("unit");
    expect(optionalText("  asOf ", "field")).toBe("asOf");
  });

  test("turns a number into its text", () => {
    expect(optionalText(2025, "year")).toBe("2025");
    expect(optionalText(7.97, "key")).toBe("7.97");
    expect(optionalText(0, "key")).toBe("0");
  });

  test("rejects booleans and ranges as invalidValue naming the argument", () => {
    expectModelError(() => optionalText(true, "field"), "invalidValue", "field must be text, not TRUE.");
    expectModelError(() => optionalText(false, "field"), "invalidValue", "field must be text, not FALSE.");
    expectModelError(
      () => optionalText([["a"]], "field"),
      "invalidValue",
      "field must be text, not a range.",
    );
  });
});

describe("requiredText", () => {
  test("returns the text", () => {
    expect(requiredText(" caict.govCloud.2021 ", "key")).toBe("caict.govCloud.2021");
    expect(requiredText(2021, "key")).toBe("2021");
  });

  test("an empty cell or omitted argument is missingValue", () => {
    for (const empty of [null, undefined, "", "  "]) {
      expectModelError(() => requiredText(empty, "key"), "missingValue", "key is empty.");
    }
  });

  test("a boolean is invalidValue", () => {
    expectModelError(() => requiredText(true, "key"), "invalidValue", "key must be text, not TRUE.");
  });
});

describe("requiredNumber", () => {
  test("accepts numbers", () => {
    expect(requiredNumber(2025, "year")).toBe(2025);
    expect(requiredNumber(-0.5, "growth")).toBe(-0.5);
    expect(requiredNumber(0, "growth")).toBe(0);
  });

  test("accepts numeric text, with surrounding spaces", () => {
    expect(requiredNumber("2025", "year")).toBe(2025);
    expect(requiredNumber(" 2025 ", "year")).toBe(2025);
    expect(requiredNumber("7.97", "value")).toBe(7.97);
    expect(requiredNumber("-1.5e2", "value")).toBe(-150);
    expect(requiredNumber(".5", "value")).toBe(0.5);
  });

  test("an empty cell or omitted argument is missingValue", () => {
    for (const empty of [null, undefined, "", "   "]) {
      expectModelError(() => requiredNumber(empty, "year"), "missingValue", "year is empty.");
    }
  });

  test("booleans are invalidValue, not 1 and 0", () => {
    expectModelError(() => requiredNumber(true, "year"), "invalidValue", "year must be a number, not TRUE.");
    expectModelError(
      () => requiredNumber(false, "year"),
      "invalidValue",
      "year must be a number, not FALSE.",
    );
  });

  test("text that is not a plain decimal number is invalidValue", () => {
    // One rule with cells and --set (src/model/numberText.ts): "1,000" is a thousands group, as Excel reads it.
    expect(requiredNumber("1,000", "begin value")).toBe(1000);
    for (const text of ["twenty", "2025a", "0x10", "Infinity", "0,5", "1,2,3", "1 000"]) {
      expectModelError(
        () => requiredNumber(text, "year"),
        "invalidValue",
        `year must be a number, not "${text}".`,
      );
    }
  });

  test("ranges and non-finite numbers are invalidValue", () => {
    expectModelError(
      () => requiredNumber([[1]], "year"),
      "invalidValue",
      "year must be a number, not a range.",
    );
    expectModelError(
      () => requiredNumber(Number.NaN, "year"),
      "invalidValue",
      "year must be a finite number, not NaN.",
    );
  });
});
