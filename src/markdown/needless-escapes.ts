import { ASCII_PUNCTUATION } from "./ascii-punctuation.js";
import { markdownReader } from "./reader.js";

// A backslash before ASCII punctuation: a Markdown escape.
const ESCAPE = new RegExp(String.raw`\\` + ASCII_PUNCTUATION, "g");
const PUNCTUATION = new RegExp(ASCII_PUNCTUATION);
// A block field keeps its escapes beyond these: each is tried by parsing the field again.
const MAX_LENGTH = 4096;
const MAX_ESCAPES = 16;
const ENTITY = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[A-Z][A-Z\d]{1,31});/i;

/**
 * Markdown with the escapes it does not need taken out: `\~120k` is `~120k`, and `1\.` inside an
 * item or an event (where no list can start) is `1.`. Writers, and our own rendering, escape
 * more than the text needs; the data should hold the text as its author meant it. Meaning never
 * changes: in a block field an escape goes only when the field parses to the same tree without
 * it; in one line of inline text (an event, an item) only when the character it guards cannot
 * open or close anything there, by the rules of CommonMark and GFM inlines.
 */
export function withoutNeedlessEscapes(markdown: string, context: "inline" | "block"): string {
  if (!markdown.includes("\\")) return markdown;
  return context === "inline" ? inlineWithout(markdown) : blockWithout(markdown);
}

function inlineWithout(text: string): string {
  // Bare URLs and addresses (GFM autolink literals) end where escapes anywhere in the line let
  // them: a line with one keeps its escapes.
  if (text.length > MAX_LENGTH || /:\/\/|www\.|@/i.test(text)) return text;
  // Inside a code span a backslash is a backslash: those are never touched.
  const code = text.includes("`") ? codeSpans(text) : [];
  let out = "";
  let last = 0;
  for (const m of text.matchAll(ESCAPE)) {
    const at = m.index;
    if (at < last || code.some(([from, to]) => at >= from && at < to)) continue;
    if (!neededInline(text, at)) {
      out += text.slice(last, at);
      last = at + 1;
    }
  }
  return out + text.slice(last);
}

/**
 * Whether the escape at `at` guards a character that could mean something in inline Markdown
 * here. Conservative: when in doubt (a second `*` anywhere, a `]` after a `[`), the escape stays.
 */
function neededInline(text: string, at: number): boolean {
  // Between a "<" and a ">" (a tag, a comment, an autolink once unescaped) every escape stays.
  const lt = text.lastIndexOf("<", at);
  if (lt >= 0 && text.indexOf(">", lt) > at) return true;
  const c = text[at + 1]!;
  const next = text[at + 2] ?? "";
  switch (c) {
    case "*":
    case "_":
    case "`":
    case "~":
      return text.indexOf(c) !== text.lastIndexOf(c);
    case "[":
      return text.includes("]", at);
    case "]":
      return text.lastIndexOf("[", at) >= 0;
    case "!":
      return next === "[";
    case "<":
      return /[A-Z/!?]/i.test(next) && text.includes(">", at);
    case ">":
      return text.lastIndexOf("<", at) >= 0;
    case "&":
      return ENTITY.test(text.slice(at + 1, at + 42));
    case "\\":
      return PUNCTUATION.test(next);
    default:
      // `#`, `-`, `+`, `.`, `)`, `=`, `|`, `:` and the rest open nothing inside a line.
      return false;
  }
}

/** Where the code spans of a line are: a run of backticks up to the next run of the same length. */
function codeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "\\") {
      i += 2;
      continue;
    }
    if (text[i] !== "`") {
      i++;
      continue;
    }
    const open = i;
    while (text[i] === "`") i++;
    const width = i - open;
    for (let j = i; j < text.length;) {
      if (text[j] !== "`") {
        j++;
        continue;
      }
      const run = j;
      while (text[j] === "`") j++;
      if (j - run === width) {
        spans.push([open, j]);
        i = j;
        break;
      }
    }
  }
  return spans;
}

function blockWithout(markdown: string): string {
  if (markdown.length > MAX_LENGTH) return markdown;
  const positions = [...markdown.matchAll(ESCAPE)].map((m) => m.index);
  if (positions.length === 0 || positions.length > MAX_ESCAPES) return markdown;
  const shape = (text: string): string =>
    JSON.stringify(markdownReader.parse(text), (key, value: unknown) =>
      key === "position" ? undefined : value,
    );
  const meant = shape(markdown);
  // Most often no escape is needed at all: one parse tells.
  const bare = markdown.replace(ESCAPE, (e) => e.slice(1));
  if (shape(bare) === meant) return bare;
  let text = markdown;
  // From the last escape back, so the earlier positions stay where they were.
  for (const at of positions.reverse()) {
    const candidate = text.slice(0, at) + text.slice(at + 1);
    if (shape(candidate) === meant) text = candidate;
  }
  return text;
}
