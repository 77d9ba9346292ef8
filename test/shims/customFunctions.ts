/**
 * Stand-in for the `CustomFunctions` global that Excel's custom-functions runtime defines and jest
 * does not. It mirrors the runtime (office.js `custom-functions-runtime`, CustomFunctionError):
 * `Error` extends the built-in Error, its `code` defaults to #VALUE!, and `ErrorCode` has exactly the
 * seven codes the runtime defines — #BUSY!, #CALC!, #GETTING_DATA and the like are cell errors Excel
 * produces itself, not codes a custom function can throw, so they are left out: a test must not pass
 * with a code that does not exist in Excel.
 */

enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionError extends Error {
  readonly code: ErrorCode;

  constructor(code?: ErrorCode, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code ?? ErrorCode.invalidValue;
  }
}

const customFunctionsShim = {
  Error: CustomFunctionError,
  ErrorCode,
  associate(): void {
    // The metadata plugin adds associate calls only to the webpack bundle, never to what jest loads.
  },
};

Object.defineProperty(globalThis, "CustomFunctions", {
  value: customFunctionsShim,
  configurable: true,
  writable: true,
});
