import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, open, readdir, readlink, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "./usageError";

/**
 * Writes `path` all at once: the bytes go to a temporary file beside the target, are flushed to
 * disk (fsync), and the temporary file is then renamed over the target. A failure (full disk,
 * missing folder, no permission) leaves no half-written file and an existing file untouched.
 *
 * - A symbolic link is written through: the file it points to is replaced, the link stays.
 * - An existing file keeps its permission bits; a read-only one is refused (exit 2), never replaced.
 * - Temporary files are named `.govcloud-<pid>-<random>.tmp` (short, so a long target name still
 *   fits the file system's limit). One left behind by a killed run (SIGKILL, power loss) is removed
 *   by the next write to the same folder once its process is gone; SIGINT and SIGTERM remove it at once.
 */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  let target: string;
  try {
    target = await writeTarget(resolve(path));
    await refuseReadOnly(target, path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(writeFailure(path, error));
  }
  const folder = dirname(target);
  await removeStaleTemporaries(folder);
  const temporary = join(folder, `${TEMPORARY_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const removeOnSignal = onTerminationSignal(temporary);
  try {
    const mode = await existingMode(target);
    const file = await open(temporary, "wx", mode ?? 0o666);
    try {
      await file.writeFile(data);
      if (mode !== undefined) await file.chmod(mode); // the umask must not narrow an existing file's mode
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
    await syncFolder(folder);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageError(writeFailure(path, error));
  } finally {
    removeOnSignal();
  }
}

export const TEMPORARY_PREFIX = ".govcloud-";
const TEMPORARY_NAME = /^\.govcloud-(\d+)-[0-9a-f]{8}\.tmp$/;

/** The path to replace: a symbolic link's destination (even a dangling one), else `path` itself. */
async function writeTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const link = await lstat(path).catch(() => undefined);
  if (!link?.isSymbolicLink()) return path;
  return resolve(dirname(path), await readlink(path)); // a dangling link: create what it names
}

async function refuseReadOnly(target: string, path: string): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (!existing?.isFile()) return;
  // The mode bits as well as access(): root may write anything, yet a file marked read-only is the
  // user's statement that it must not change.
  const writable =
    (existing.mode & 0o200) !== 0 &&
    (await access(target, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) {
    throw new UsageError(
      `Cannot write ${path}: the file is read-only. Make it writable or choose another --out; it was left as it is.`,
    );
  }
}

async function existingMode(target: string): Promise<number | undefined> {
  const existing = await stat(target).catch(() => undefined);
  return existing?.isFile() ? existing.mode & 0o7777 : undefined;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

/** Removes temporary files of ours whose process has ended; never anything else. */
export async function removeStaleTemporaries(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (match && !isRunning(Number(match[1])))
      await rm(join(folder, name), { force: true }).catch(() => undefined);
  }
}

/**
 * While a write is under way, SIGINT and SIGTERM remove its temporary file and end the process
 * with the conventional code (128 + signal number), as the default handlers would.
 */
function onTerminationSignal(temporary: string): () => void {
  const handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => {
    const handler = () => {
      void rm(temporary, { force: true })
        .catch(() => undefined)
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    };
    process.once(signal, handler);
    return () => process.removeListener(signal, handler);
  });
  return () => handlers.forEach((remove) => remove());
}

/** Makes the rename itself durable; a file system that cannot sync a folder is not an error. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => undefined);
  if (!handle) return;
  await handle
    .sync()
    .catch(() => undefined)
    .finally(() => handle.close());
}

function writeFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `Cannot write ${path}: the folder ${dirname(path)} does not exist.`;
    case "ENOTDIR":
      return `Cannot write ${path}: part of the folder path ${dirname(path)} is a file, not a folder.`;
    case "ENAMETOOLONG":
      return `Cannot write ${path}: the name is too long for the file system; choose a shorter one.`;
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
    case "ELOOP":
      return `Cannot write ${path}: it is a symbolic link that loops.`;
    default:
      return `Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
