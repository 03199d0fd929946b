import { htmlToText } from "../../text/html-to-text.js";
import { encodeWindows1252 } from "../../load/legacy-encodings.js";

export interface Message {
  subject?: string;
  from?: { name?: string; address?: string };
  date?: string;
  inReplyTo?: string;
  text: string;
  /** Line (1-based) where the body starts in the raw message, for positions. */
  bodyLine: number;
  usedHtml: boolean;
}

/** An RFC 5322 message: headers, quoted-printable or base64 bodies, multipart alternatives. */
export async function readMessage(raw: string): Promise<Message> {
  // postal-mime walks a message's earlier parts again at every new part: a message of tens of
  // thousands of parts (no post-mortem has them) would take minutes. It is refused instead.
  if (partLines(raw) > MAX_PARTS) throw new Error(`it has more than ${MAX_PARTS} MIME parts`);
  const bytes = asDeclared(raw);
  // Loaded with the first message: Markdown and plain-text runs never need it.
  const { default: PostalMime } = await import("postal-mime");
  const email = await PostalMime.parse(bytes);
  if (bytes !== raw && /\uFFFD/.test(`${email.subject ?? ""}${email.from?.name ?? ""}`)) {
    // Raw 8-bit headers are not UTF-8 either: they are read as the text was.
    const asText = await PostalMime.parse(raw);
    if (asText.subject) email.subject = asText.subject;
    if (asText.from) email.from = asText.from;
  }
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const bodyLine = headerEnd === -1 ? 1 : raw.slice(0, headerEnd).split(/\r?\n/).length + 2;
  let text = email.text ?? "";
  let usedHtml = false;
  if (!text.trim() && email.html) {
    text = htmlToText(email.html);
    usedHtml = true;
  }
  const msg: Message = { text: text.replace(/\r\n?/g, "\n"), bodyLine, usedHtml };
  if (email.subject) msg.subject = email.subject;
  if (email.from)
    msg.from = {
      ...(email.from.name ? { name: email.from.name } : {}),
      ...(email.from.address ? { address: email.from.address } : {}),
    };
  if (email.date) {
    const d = new Date(email.date);
    if (!Number.isNaN(d.getTime())) msg.date = d.toISOString();
  }
  if (email.inReplyTo) msg.inReplyTo = email.inReplyTo;
  return msg;
}

/**
 * An mbox separator as mboxrd and mboxcl write it: "From ", the envelope sender, then a date with
 * a time of day and a year ("From ops@example.org Mon Apr  1 09:00:00 2024"). A body line that
 * starts with "From " ("From there we restarted it") has no such date.
 */
function isFromLine(line: string): boolean {
  if (!line.startsWith("From ")) return false;
  const words = line.slice(0, 200).split(" ").filter(Boolean);
  const rest = words.slice(2);
  return (
    words.length >= 4 &&
    rest.some((w) => /^\d{1,2}:\d{2}(?::\d{2})?$/.test(w)) &&
    rest.some((w) => /^\d{4}$/.test(w))
  );
}

/** Messages of an mbox file, with the line each starts on. "From " lines separate them. */
export function splitMbox(text: string): Array<{ raw: string; line: number }> {
  const lines = text.split("\n");
  const out: Array<{ raw: string; line: number }> = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const boundary =
      i === lines.length || (isFromLine(lines[i]!) && (i === 0 || lines[i - 1]!.trim() === ""));
    if (!boundary) continue;
    if (start >= 0) {
      // mboxrd quoting: ">From " lines in bodies stand for "From ".
      const raw = lines
        .slice(start + 1, i)
        .map((l) => l.replace(/^>(>*From )/, "$1"))
        .join("\n");
      out.push({ raw, line: start + 2 });
    }
    start = i;
  }
  return out;
}

/** Whether a text starts like a raw message (headers) or an mbox file. */
export function looksLikeRawMail(text: string): "mbox" | "message" | undefined {
  if (/^From \S+/.test(text)) return "mbox";
  const head = text.slice(0, 2000).split(/\r?\n/);
  let headers = 0;
  for (const l of head) {
    if (l.trim() === "") break;
    if (/^[A-Z][A-Z0-9-]{1,40}:\s/i.test(l)) headers++;
    else if (!/^[ \t]/.test(l)) return undefined;
  }
  return headers >= 2 &&
    head.some((l) =>
      /^(?:from|subject|message-id|received|mime-version|return-path|delivered-to):/i.test(l),
    )
    ? "message"
    : undefined;
}

/**
 * A message whose 8-bit body declares a single-byte charset ("charset=iso-8859-1") reached us as
 * text read byte for byte as Windows-1252: its bytes are given back to the mail parser, which
 * decodes them as declared. Handing it the text would decode each character twice.
 */
function asDeclared(raw: string): string | Uint8Array {
  const head = raw.slice(0, 8192);
  if (!/charset\s*=\s*"?(?:iso-8859-\d{1,2}|latin-?1|windows-125\d|cp125\d|us-ascii)\b/i.test(head))
    return raw;
  if (!/[\u0080-\uffff]/.test(raw)) return raw;
  return encodeWindows1252(raw) ?? raw;
}

const MAX_PARTS = 1000;

/** How many lines could be MIME boundaries ("--" then text), counted without a pattern. */
function partLines(raw: string): number {
  let n = 0;
  for (let at = raw.indexOf("\n--"); at !== -1 && n <= MAX_PARTS; at = raw.indexOf("\n--", at + 3))
    n++;
  return n;
}
