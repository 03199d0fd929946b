/**
 * Text that is not UTF-8, as old archives hold it: UTF-16 (with a byte-order mark, or ASCII
 * text with every other byte zero) and Windows-1252, the superset of Latin-1 that mail and
 * web pages labelled "ISO-8859-1" mostly used. Decoded, never turned into U+FFFD.
 */

// Windows-1252's printable characters in 0x80-0x9F, where Latin-1 has control codes. Node's
// TextDecoder reads "windows-1252" as plain Latin-1, so the difference is mapped here.
const C1: Record<number, string> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let part = "";
    for (const b of chunk)
      part += b >= 0x80 && b <= 0x9f ? (C1[b] ?? String.fromCharCode(b)) : String.fromCharCode(b);
    out += part;
  }
  return out;
}

const C1_BYTES = new Map(Object.entries(C1).map(([b, ch]) => [ch, Number(b)]));

/**
 * The Windows-1252 bytes of a text, or undefined when it holds a character that encoding has
 * not. The inverse of `decodeWindows1252`.
 */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const b = code <= 0xff ? code : C1_BYTES.get(text[i]!);
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}

/** UTF-16 by its byte-order mark, or by the zero bytes of ASCII text written in it. */
export function utf16Of(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero > pairs * 0.4 && evenZero === 0) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero === 0) return "utf-16be";
  return undefined;
}
