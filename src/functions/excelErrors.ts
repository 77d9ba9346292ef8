/**
 * The one place where the engine's errors become Excel errors. A custom function signals an error by
 * throwing a `CustomFunctions.Error`; anything else it throws reaches the cell as a bare #VALUE! with no
 * explanation, so every function is wrapped in `excelFunction`.
 *
 * `CustomFunctions` is read only inside the functions below, never at module load, so the task pane
 * and jest can import this module where the custom-functions runtime is absent.
 */
import { isModelError, type ModelErrorKind } from "../model/errors";
import { errorMessage, inLanguage, languageOf, type Language } from "../model/language";

/** Excel shows at most this many characters of a custom function's error message. */
export const EXCEL_ERROR_MESSAGE_LIMIT = 255;

const ELLIPSIS = "…";

/**
 * Shortens a message to Excel's limit, ending it with "…" when cut; never splits a surrogate pair, so
 * a cut Chinese quote or emoji does not end in a broken character.
 */
export function excelErrorMessage(message: string): string {
  if (message.length <= EXCEL_ERROR_MESSAGE_LIMIT) return message;
  let end = EXCEL_ERROR_MESSAGE_LIMIT - ELLIPSIS.length;
  const last = message.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // a high surrogate: keep the pair together
  return message.slice(0, end) + ELLIPSIS;
}

/**
 * Excel shows a custom message only with #VALUE! and #N/A: the other codes (#NUM!, #DIV/0!, …) "can't
 * use a custom error message" (@types/custom-functions-runtime, CustomFunctions.ErrorCode, CustomFunctionsRuntime
 * 1.3; Microsoft, "Handle and return errors from your custom function"). Every kind carries a message
 * that says what to fix, so a number out of range (year 2050, percentile 1.5, an assumption beyond its
 * bounds) is #VALUE! too, and only an unknown baseline key or missing data is #N/A.
 */
export function errorCodeFor(kind: ModelErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "unknownName":
    case "invalidValue":
    case "missingValue":
    case "resourceLimit": // #VALUE! so that Excel shows how many trials would fit
      return CustomFunctions.ErrorCode.invalidValue;
    case "outOfRange":
      return CustomFunctions.ErrorCode.invalidValue;
    case "notAvailable":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/**
 * The language of Excel's interface, for the messages Excel shows with #VALUE! and #N/A. The
 * functions run in the add-in's shared runtime (manifest.xml: SharedRuntime 1.1, one long-lived
 * Runtime for the pane and the functions), which is a browser runtime with office.js loaded
 * (Microsoft, "Runtimes in Office Add-ins": custom functions run in the browser runtime "when the
 * runtime is shared"; "Call Excel JavaScript APIs from a custom function": that needs a shared
 * runtime). There `Office.context.displayLanguage` is "the locale (or language) of the user
 * interface of the Office application" (Microsoft, "Localization for Office Add-ins"). Before
 * office.js has initialised, or without it, English.
 */
export function excelDisplayLanguage(): Language {
  try {
    if (typeof Office === "undefined") return "en";
    const context = Office.context as Partial<Office.Context> | undefined;
    return languageOf(context?.displayLanguage);
  } catch {
    return "en";
  }
}

function describeUnexpected(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  try {
    return String(error);
  } catch {
    return "an error that cannot be described";
  }
}

/**
 * Maps anything a custom function threw to the `CustomFunctions.Error` Excel should show, its
 * message in `language` (Excel's display language unless told).
 */
export function toExcelError(error: unknown, language = excelDisplayLanguage()): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isModelError(error)) {
    return new CustomFunctions.Error(
      errorCodeFor(error.kind),
      excelErrorMessage(errorMessage(error, language)),
    );
  }
  const unexpected = describeUnexpected(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    excelErrorMessage(
      inLanguage({ en: `Unexpected error: ${unexpected}`, zh: `意外错误:${unexpected}` }, language),
    ),
  );
}

function containsNonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  return Array.isArray(value) && value.some(containsNonFinite);
}

function checkedResult<R>(result: R): R {
  // Spilled tables are checked cell by cell: one NaN would show as a bare #NUM! inside the spill.
  // #VALUE! rather than #NUM!, so that Excel shows the message (see errorCodeFor).
  if (containsNonFinite(result)) {
    const where = Array.isArray(result)
      ? { en: "in the table", zh: "表中" }
      : { en: String(result), zh: String(result) };
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      excelErrorMessage(
        inLanguage(
          {
            en: `The result is not a finite number (${where.en}): check the scenario's assumptions for extreme values.`,
            zh: `结果不是有限数值(${where.zh}):请检查情景假设中是否有极端值。`,
          },
          excelDisplayLanguage(),
        ),
      ),
    );
  }
  return result;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * Wraps the body of a custom function: a thrown error is mapped by `toExcelError` and thrown again
 * (for an async body, the promise rejects with it), and a NaN or ±Infinity result becomes #VALUE!
 * with a message (Excel would show a bare #NUM! for it, without saying why).
 */
export function excelFunction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    let result: R;
    try {
      result = fn(...args);
    } catch (error) {
      throw toExcelError(error);
    }
    if (isPromiseLike(result)) {
      return Promise.resolve(result).then(checkedResult, (error: unknown) => {
        throw toExcelError(error);
      }) as R;
    }
    return checkedResult(result);
  };
}
