import type { MailMeta } from "./mail-meta.js";

/**
 * Mail as mailing-list archives show it, cleaned for reading: the pipermail head (subject,
 * sender, date lines), PGP clear-signing (with its dash-escaping undone), archive footers and
 * signatures are recognised. Lines are blanked rather than removed, so every line keeps its
 * number and positions still point into the original file.
 */
export interface CleanedMail {
  lines: string[];
  meta: MailMeta;
  /** What was recognised and left out, with the line it started on and its text. */
  removed: Array<{ what: string; line: number; lines: number; first: string }>;
}

// The sender and date patterns below are only tried on lines of at most 160 characters
// (bounded input): their optional blanks could otherwise backtrack on long lines.
const DATE_LINE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{1,2},?\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:(?:[A-Z]{2,5}|[+-]\d{4})\s*)?\d{4}$|^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:[+-]\d{4}|[A-Z]{2,5}))?$/;
// `Michael Scherer mscherer at redhat.com` or `Karanbir Singh <kbsingh at centos.org>`. Only
// tried on lines of at most 160 characters (bounded input).
// eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, see above
const SENDER_LINE = /^(.*?)\s*(?:<\s*)?([\w.+-]+)\s+(?:at|@)\s+([\w-]+(?:\.[\w-]+)+)\s*>?$/;

export function cleanArchiveText(text: string): CleanedMail {
  const lines = text.split(/\r\n?|\n/);
  const meta: MailMeta = { lines: {} };
  const removed: CleanedMail["removed"] = [];
  const blank = (from: number, to: number, what: string): void => {
    if (from >= to) return;
    const text = lines.slice(from, to).filter((l) => l.trim() !== "" && !/^--\s*$/.test(l));
    if (text.length === 0) return;
    removed.push({ what, line: from + 1, lines: text.length, first: text[0]!.trim().slice(0, 60) });
    for (let i = from; i < to && i < lines.length; i++) lines[i] = "";
  };
  readPipermailHead(lines, meta);
  if (meta.lines.subject) lines[meta.lines.subject - 1] = "";
  if (meta.lines.from) lines[meta.lines.from - 1] = "";
  if (meta.lines.date) lines[meta.lines.date - 1] = "";

  // PGP clear-signed body (RFC 4880 §7): header, dash-escaped text, signature block.
  const pgp = lines.findIndex((l) => l.trim() === "-----BEGIN PGP SIGNED MESSAGE-----");
  if (pgp !== -1) {
    let k = pgp + 1;
    while (k < lines.length && /^Hash:/i.test(lines[k]!)) k++;
    blank(pgp, k, "PGP signature header");
    const sig = lines.findIndex((l, i) => i > pgp && l.trim() === "-----BEGIN PGP SIGNATURE-----");
    const end = sig === -1 ? lines.length : sig;
    for (let i = k; i < end; i++) if (lines[i]!.startsWith("- ")) lines[i] = lines[i]!.slice(2);
    if (sig !== -1) {
      const sigEnd = lines.findIndex(
        (l, i) => i > sig && l.trim() === "-----END PGP SIGNATURE-----",
      );
      blank(sig, sigEnd === -1 ? lines.length : sigEnd + 1, "PGP signature");
    }
  }

  // Archive footers: everything from the attachment notice or the list footer on.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (
      /^-{5,}\s*next part\s*-{5,}$/i.test(l) ||
      (/^_{20,}$/.test(l) && listFooterFollows(lines, i)) ||
      /^more information about the .* mailing list$/i.test(l)
    ) {
      blank(i, lines.length, "archive footer");
      break;
    }
  }
  // Signature: a "-- " line (or one short line joined with the name, "-- Ana", after a blank
  // line: a wrapped sentence can start with "-- as agreed") and the lines right below it. What
  // comes after the signature's paragraph is the message's, not the signature's: it is kept.
  for (let i = 0; i < lines.length; i++) {
    const joined =
      /^-- \S/.test(lines[i]!) &&
      lines[i]!.length <= 40 &&
      (i === 0 || lines[i - 1]!.trim() === "");
    if (!/^--\s*$/.test(lines[i]!) && !joined) continue;
    let end = i + 1;
    // A signature is four lines at most (the old netiquette rule); lines beyond are the message's.
    while (end < lines.length && lines[end]!.trim() !== "" && end - i <= 4) end++;
    blank(i, lines.slice(end).some((l) => l.trim() !== "") ? end : lines.length, "signature");
    break;
  }
  // A sign-off block: the last paragraph, when it starts with the sender's name or a closing.
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === "") last--;
  let first = last;
  while (first > 0 && lines[first - 1]!.trim() !== "") first--;
  if (last >= 0 && last - first < 5) {
    const head = lines[first]!.trim();
    const name = meta.from?.name;
    if (
      (name && head.toLowerCase().startsWith(name.toLowerCase())) ||
      /^(?:thanks|thank you|regards|best|cheers|kind regards|best regards)\b[^.]{0,30}[,!]?$/i.test(
        head,
      )
    )
      blank(first, last + 1, "sign-off");
  }
  // A greeting line opening the body.
  const firstBody = lines.findIndex((l) => l.trim() !== "");
  if (
    firstBody !== -1 &&
    /^(?:hi|hello|hey|dear)\b[^.:]{0,40}[,!]?$/i.test(lines[firstBody]!.trim()) &&
    (lines[firstBody + 1] ?? "").trim() === ""
  )
    blank(firstBody, firstBody + 1, "greeting");
  return { lines, meta, removed };
}

/**
 * The head of a pipermail message page as text: subject line, blank, then the sender and date
 * lines in either order, then a blank line.
 */
function readPipermailHead(lines: string[], meta: MailMeta): void {
  let i = 0;
  while (
    i < lines.length &&
    i < 3 &&
    (lines[i]!.trim() === "" || /^skip to (?:content|main)/i.test(lines[i]!.trim()))
  )
    i++;
  const subjectLine = i;
  if (subjectLine >= lines.length) return;
  let k = subjectLine + 1;
  while (k < lines.length && lines[k]!.trim() === "" && k < subjectLine + 3) k++;
  let found = false;
  for (let n = 0; n < 3 && k < lines.length && lines[k]!.trim() !== ""; n++, k++) {
    const l = lines[k]!.trim();
    // Header lines of an archive page are short; a long line is body text, not a sender or date.
    if (l.length > 160) break;
    const sender = SENDER_LINE.exec(l);
    if (DATE_LINE.test(l)) {
      // Bounded input: a line of at most 160 characters that matched DATE_LINE.
      const d = new Date(l.replace(/\s+([A-Z]{2,5})\s+(\d{4})$/, " $2 $1"));
      if (!Number.isNaN(d.getTime())) meta.date = d.toISOString();
      meta.lines.date = k + 1;
      found = true;
    } else if (sender && !/:/.test(sender[1]!)) {
      const name = sender[1]!.trim().replace(/^"|"$/g, "");
      meta.from = { ...(name ? { name } : {}), address: `${sender[2]}@${sender[3]}` };
      meta.lines.from = k + 1;
      found = true;
    } else break;
  }
  if (found) {
    meta.subject = lines[subjectLine]!.trim();
    meta.lines.subject = subjectLine + 1;
  }
}

/** A line of underscores is a list footer when the list's name or address follows it. */
function listFooterFollows(lines: readonly string[], at: number): boolean {
  const next = lines
    .slice(at + 1, at + 5)
    .join(" ")
    .toLowerCase();
  return /mailing list|listinfo|mailman|@lists\.|unsubscribe/.test(next);
}
