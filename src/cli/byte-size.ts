import { UsageError } from "./usage-error.js";

/** `64MiB`, `512k`, `1.5 GB` -> bytes, for --max-bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmg]|kb|kib|mb|mib|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-bytes takes a size such as 64MiB, got "${value}"`);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}
