import { isModelError } from "../model/errors";
import { baselineCommand } from "./commands/baselineCommand";
import { exportCommand } from "./commands/exportCommand";
import { tableCommand } from "./commands/tableCommand";
import { MAIN_HELP, PROGRAM } from "./help";
import type { CliIo } from "./io";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from "./usageError";

type Command = (args: readonly string[], io: CliIo) => Promise<void>;

const COMMANDS = new Map<string, Command>([
  ["export", exportCommand],
  ["table", tableCommand],
  ["baseline", baselineCommand],
]);

/**
 * Runs one command line and returns the exit code. Bad arguments, unknown keys, values out of
 * bounds (the engine's ModelError) and unwritable paths are the caller's to fix: a message and
 * EXIT_USAGE. Anything else is a bug: its stack and EXIT_FAILURE.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(MAIN_HELP);
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(MAIN_HELP);
    return EXIT_OK;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.stderr(`${PROGRAM}: unknown command "${name}". Commands: ${[...COMMANDS.keys()].join(", ")}.\n`);
    return EXIT_USAGE;
  }
  try {
    await command(args, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError || isModelError(error)) {
      io.stderr(`${PROGRAM} ${name}: ${error.message}\nRun "${PROGRAM} ${name} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`${PROGRAM} ${name}: unexpected failure; please report it.\n${detail}\n`);
    return EXIT_FAILURE;
  }
}
