import { BilingualError, type Bilingual } from "./language";

/**
 * Domain errors of the forecasting engine. Each says what is wrong and what to fix, in words a
 * finance user understands, in English and Chinese (`message` is the English, for the command line,
 * the custom functions and logs; the pane shows `text` in its language through `errorMessage`); the
 * layers above (custom functions, task pane, command line) map the `kind` to their own error form
 * in one place each.
 */
export type ModelErrorKind =
  /** A name the engine does not know: an assumption key, series, scenario, field, vendor. */
  | "unknownName"
  /** A value of the wrong type: text where a number belongs, a fraction instead of a whole year. */
  | "invalidValue"
  /** A required value that is missing (an empty cell). */
  | "missingValue"
  /** A number outside what the model accepts: an assumption beyond its bounds, a year outside 2018–2040. */
  | "outOfRange"
  /** A baseline figure that does not exist, or a series that has no data for what was asked. */
  | "notAvailable"
  /** A request larger than a resource budget allows (a simulation's memory); the message says what fits. */
  | "resourceLimit";

export class ModelError extends BilingualError {
  constructor(
    readonly kind: ModelErrorKind,
    text: Bilingual,
    options?: { cause?: unknown },
  ) {
    super(text, options);
    this.name = "ModelError";
  }
}

export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError;
}
