/**
 * A mistake in how the command was called (bad option, unknown key, unwritable path): the message
 * is shown as is and the process exits with EXIT_USAGE. The engine's ModelError is treated alike.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const EXIT_OK = 0;
/** An unexpected failure: a bug, reported with its stack. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
