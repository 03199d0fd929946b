import { encodeWindows1252 } from "./legacy-encodings.js";
import type { Input } from "./read-input.js";

/**
 * A text in the encoding its file came in (and with its byte-order mark, if it had one), so
 * writing a file back changes only what was edited. Undefined when the text holds a character
 * that encoding cannot (an edit added one to a Windows-1252 file).
 */
export function encodeLike(
  text: string,
  like: Pick<Input, "encoding" | "bom">,
): Uint8Array | undefined {
  if (like.encoding === "windows-1252") return encodeWindows1252(text);
  const withBom = like.bom ? `\uFEFF${text}` : text;
  if (like.encoding === "utf-8") return Buffer.from(withBom, "utf8");
  const le = Buffer.from(withBom, "utf16le");
  return like.encoding === "utf-16le" ? le : le.swap16();
}
