import { trailingGroup } from "../text/whitespace.js";

// RFC 5322 headers written by hand: the rules we need (RFC 2047 encoded words for non-ASCII,
// folding, refusing CR/LF in user values) are short, and a hand-written writer keeps the body
// 7bit or quoted-printable exactly as mailing lists prefer, with no extra dependency.

export class HeaderError extends Error {
  override readonly name = "HeaderError";
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Refuses a value that would start a new header or a body: the classic header injection. */
export function assertSingleLine(name: string, value: string): void {
  if (/[\r\n]/.test(value))
    throw new HeaderError(
      `--${name} must be a single line: a line break in a header value would start a new header`,
    );
  // eslint-disable-next-line no-control-regex -- the point is to refuse control characters
  if (/[\u0000-\u0008\v\f\u000e-\u001f\u007f]/.test(value))
    throw new HeaderError(`--${name} contains a control character`);
}

/** RFC 2047 `B` encoded words, each at most 75 characters, never splitting a character. */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk = "";
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(encodedWord(chunk));
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(encodedWord(chunk));
  return words;
}

function encodedWord(s: string): string {
  return `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`;
}

/** An unstructured header (Subject): plain when ASCII, encoded words otherwise; folded. */
export function unstructured(name: string, value: string): string {
  if (ASCII_PRINTABLE.test(value)) return fold(`${name}: ${value}`);
  return `${name}: ${encodeWords(value).join("\r\n ")}`;
}

export interface Address {
  name?: string;
  address: string;
}

const ADDR = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/** Parses `Name <a@b>, c@d` as the user typed it on the command line. */
export function parseAddresses(header: string, value: string): Address[] {
  assertSingleLine(header, value);
  const out: Address[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  const parts: string[] = [];
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "<") depth++;
    else if (!quoted && ch === ">") depth--;
    if (ch === "," && !quoted && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  for (const raw of parts.map((p) => p.trim()).filter(Boolean)) {
    const m = trailingGroup(raw, "<", ">");
    const address = (m ? m.inner : raw).trim();
    const name = m ? m.before.replace(/^"(.*)"$/, "$1") : "";
    if (!ADDR.test(address))
      throw new HeaderError(
        `--${header}: "${raw}" is not an e-mail address such as "Ops Team <ops@example.org>"`,
      );
    out.push(name ? { name, address } : { address });
  }
  if (out.length === 0) throw new HeaderError(`--${header} needs at least one address`);
  return out;
}

export function formatAddress(a: Address): string {
  if (!a.name) return a.address;
  if (!ASCII_PRINTABLE.test(a.name)) return `${encodeWords(a.name).join(" ")} <${a.address}>`;
  const atom = /^[\w!#$%&'*+\-/=?^`{|}~ ]+$/.test(a.name);
  return `${atom ? a.name : `"${a.name.replace(/(["\\])/g, "\\$1")}"`} <${a.address}>`;
}

export function addressHeader(name: string, list: Address[]): string {
  return fold(`${name}: ${list.map(formatAddress).join(", ")}`);
}

/** Folds a header at spaces so no line exceeds 78 characters where that is possible. */
export function fold(line: string, limit = 78): string {
  if (line.length <= limit) return line;
  const words = line.split(" ");
  const lines: string[] = [];
  let current = words.shift() ?? "";
  for (const w of words) {
    if (current.length + 1 + w.length > limit) {
      lines.push(current);
      current = " " + w;
    } else current += " " + w;
  }
  lines.push(current);
  return lines.join("\r\n");
}

/** RFC 5322 date-time, always in UTC: `Tue, 20 Nov 2018 14:39:07 +0000`. */
export function formatMailDate(date: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const p = (n: number): string => String(n).padStart(2, "0");
  const day = `${days[date.getUTCDay()]}, ${p(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${day} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

/** Quoted-printable (RFC 2045) for a UTF-8 body with CRLF line ends; keeps lines under 76. */
export function quotedPrintable(body: string): string {
  return body
    .split("\n")
    .map((line) => {
      const bytes = Buffer.from(line, "utf8");
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain =
          (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last) || (b === 9 && !last);
        tokens.push(
          plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`,
        );
      });
      // "From " at a line start is mangled by mbox tools; encoding its F keeps it intact.
      if (line.startsWith("From ")) tokens[0] = "=46";
      const out: string[] = [];
      let current = "";
      for (const t of tokens) {
        if (current.length + t.length > 75) {
          out.push(current + "=");
          current = "";
        }
        current += t;
      }
      out.push(current);
      return out.join("\r\n");
    })
    .join("\r\n");
}
