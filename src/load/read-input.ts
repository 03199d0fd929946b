import { open, readFile, stat } from "node:fs/promises";
import { Buffer, isUtf8 } from "node:buffer";
import { InputError } from "./input-error.js";
import { LineIndex } from "./positions.js";
import { decodeWindows1252, utf16Of } from "./legacy-encodings.js";

/** Inputs above this size are refused before reading; `--max-bytes` raises it. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface ReadOptions {
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /**
   * `reject` (data files): invalid UTF-8 or a NUL byte is an error.
   * `replace` (prose being parsed): invalid bytes become U+FFFD and NULs are dropped, with a warning.
   */
  invalidText?: "reject" | "replace";
}

export interface Input {
  /** The name used in messages: the path as given, or `<stdin>`. */
  path: string;
  text: string;
  /** Notes about repairs made while decoding (replaced bytes, dropped NULs). */
  repairs: string[];
  /** The encoding the bytes were in, so a file written back (`lint --fix`) keeps it. */
  encoding: TextEncoding;
  /** Whether the bytes began with a byte-order mark. */
  bom: boolean;
}

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export async function readInput(path: string, options: ReadOptions = {}): Promise<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = path === "-" ? "<stdin>" : path;
  let bytes: Buffer;
  if (path === "-") {
    bytes = await readStdin(name, maxBytes);
  } else {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new InputError(name, describeFsError(error));
    }
    if (info.isDirectory()) throw new InputError(name, "is a folder, expected a file");
    if (info.size > maxBytes) throw new InputError(name, tooLarge(info.size, maxBytes));
    try {
      // A regular file's size is known and checked: one read. Anything else is counted.
      bytes = info.isFile() ? await readFile(path) : await readAtMost(path, name, maxBytes);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(name, describeFsError(error));
    }
  }
  return decodeInput(name, bytes, options);
}

export function decodeInput(name: string, bytes: Uint8Array, options: ReadOptions = {}): Input {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new InputError(name, tooLarge(bytes.length, maxBytes));
  const repairs: string[] = [];
  const mode = options.invalidText ?? "reject";
  let text: string;
  let encoding: TextEncoding = "utf-8";
  let bom = false;
  const utf16 = utf16Of(bytes);
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
    encoding = utf16;
    bom = bytes[0] === 0xff || bytes[0] === 0xfe;
    // A byte-order mark says so; without one it is a reading, and said.
    if (!bom)
      repairs.push(`it has no byte-order mark; read as ${utf16.toUpperCase()} by its zero bytes`);
  } else if (isUtf8(bytes)) {
    // Checked and decoded by Buffer: a fatal TextDecoder loads an ICU converter, milliseconds
    // of every cold start.
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
      bom = true;
    }
  } else if (mode === "replace") {
    // Prose that is not UTF-8 is, in the archives post-mortems come from, almost always
    // Windows-1252 (or Latin-1, its subset): every byte means a character there.
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
    repairs.push("it is not UTF-8, so it was read as Windows-1252 (Latin-1)");
  } else {
    const bad = firstInvalidUtf8(bytes);
    const lossy = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
    throw new InputError(
      name,
      `is not valid UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, "0")} at offset ${bad})`,
      new LineIndex(lossy).point(lossy.length),
    );
  }
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    if (mode === "reject")
      throw new InputError(
        name,
        "is a binary file (it contains NUL bytes), expected text",
        new LineIndex(text).point(nul),
      );
    text = text.replace(/\0/g, "");
    repairs.push("NUL bytes were removed");
  }
  return { path: name, text, repairs, encoding, bom };
}

/**
 * Reads a file, counting bytes as they come: a FIFO, a device such as /dev/zero or a file that
 * grows while it is read has no size to check first, and must not be read without end.
 */
async function readAtMost(path: string, name: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw new InputError(name, tooLarge(size, maxBytes, true));
      chunks.push(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, size);
  } finally {
    await handle.close();
  }
}

const CHUNK = 1 << 20;

async function readStdin(name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > maxBytes) throw new InputError(name, tooLarge(size, maxBytes, true));
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, max: number, atLeast = false): string {
  return `is ${atLeast ? "over " : ""}${formatBytes(size)}, above the ${formatBytes(max)} input limit; raise it with --max-bytes`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, expected a file";
  return `cannot be read (${code ?? String(error)})`;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
