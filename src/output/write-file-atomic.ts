import { chmod, link, lstat, open, readlink, rename, stat, unlink } from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { FileExistsError } from "./file-exists-error.js";

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error and is left untouched. */
  force?: boolean;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * never sees half a file and an interrupted write leaves the old file intact. A symbolic link
 * is written through (the file it points to is replaced, the link stays), the file's mode is
 * kept, and a file with other hard links is rewritten in place, so every link sees the new text.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const target = await throughLinks(path);
  const before = await stat(target).catch(() => undefined);
  if (before && !options.force) throw new FileExistsError(path);
  if (before && before.nlink > 1) return writeInPlace(target, content);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", before ? before.mode & 0o7777 : 0o644);
  try {
    await handle.writeFile(content);
    // The umask narrows the mode `open` sets: set it again so a 0600 file stays 0600.
    if (before) await chmod(temp, before.mode & 0o7777);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await putInPlace(temp, target, path, Boolean(options.force));
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Without --force, `link` puts the file in place only if the name is still free, so two runs
 * that pick one name cannot replace each other's file; with it, `rename` replaces atomically.
 */
async function putInPlace(
  temp: string,
  target: string,
  path: string,
  force: boolean,
): Promise<void> {
  if (force) {
    await rename(temp, target);
    return;
  }
  try {
    await link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(path);
    throw error;
  }
}

/** The file a path names once symbolic links are followed, even a link to a file not yet there. */
async function throughLinks(path: string, depth = 0): Promise<string> {
  let info: Stats;
  try {
    info = await lstat(path);
  } catch {
    return path;
  }
  if (!info.isSymbolicLink() || depth > 32) return path;
  return throughLinks(resolve(dirname(path), await readlink(path)), depth + 1);
}

async function writeInPlace(target: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(target, "r+");
  try {
    await handle.truncate(0);
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
