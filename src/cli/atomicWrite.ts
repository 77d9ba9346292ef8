import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./usageError";

/**
 * Writes `path` all at once: the bytes go to a temporary file beside it, which is then renamed over
 * the target. A failure (full disk, missing folder, no permission) leaves no half-written file and
 * an existing file untouched.
 */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const target = resolve(path);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, data, { flag: "wx" });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UsageError(writeFailure(path, error));
  }
}

function writeFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return `Cannot write ${path}: the folder ${dirname(path)} does not exist.`;
    case "EACCES":
    case "EPERM":
      return `Cannot write ${path}: permission denied.`;
    case "EISDIR":
    case "ENOTEMPTY":
    case "EEXIST":
      return `Cannot write ${path}: it is a folder.`;
    case "EROFS":
      return `Cannot write ${path}: the file system is read-only.`;
    case "ENOSPC":
      return `Cannot write ${path}: the disk is full.`;
    default:
      return `Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
