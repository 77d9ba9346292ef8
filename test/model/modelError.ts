import { ModelError } from "../../src/model/errors";

/** The ModelError `fn` throws; fails when it throws something else or nothing. */
export function modelError(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected a ModelError");
}
