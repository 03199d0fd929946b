import { open, rename, unlink, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

export class FileExistsError extends Error {
  override readonly name = "FileExistsError";
  constructor(readonly file: string) {
    super(`${file} already exists; pass --force to overwrite it`);
  }
}

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error and is left untouched. */
  force?: boolean;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * never sees half a file and an interrupted write leaves the old file intact.
 */
export async function writeFileAtomic(
  path: string,
  content: string,
  options: WriteOptions = {},
): Promise<void> {
  if (!options.force && (await exists(path))) throw new FileExistsError(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", 0o644);
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    if (!options.force && (await exists(path))) throw new FileExistsError(path);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
