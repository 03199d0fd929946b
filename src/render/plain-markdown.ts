/**
 * Most fields are plain prose, perhaps with a code span, a link or a bullet list. Parsing them
 * with micromark and writing them back (about 1 MB/s with GFM) would give the same characters
 * back, trimmed; rendering spent nearly all its time doing that. These functions recognise such
 * text and return what the parse-and-write path would, or undefined when the text holds anything
 * else, which then goes the whole way. A property test holds them to the whole way's output.
 */

// Characters that mean nothing to Markdown inside a line, and those a line may start with ("-"
// and "." would start a list, ":" only counts in the middle). "://", "www." and "@" would make
// GFM autolinks, so text holding them goes the whole way.
const CHAR = String.raw`[\p{L}\p{N} ,;?%/"'().:-]`;
const FIRST = String.raw`[\p{L}\p{N}"'(,;?%/]`;
// A code span whose content neither starts nor ends with a space (the parser would strip one).
const CODE = "`[^`\\s](?:[^`\\n]*[^`\\s])?`";
// A link with plain text and an address of URL characters the parser keeps as they are.
const LINK = String.raw`\[${FIRST}${CHAR}*\]\([\w.~:/?=+,;@!$*'-][\w.~:/?#=+,;@!$*'-]*\)`;
// Strong emphasis of plain words, as the writer spells it (`**`). Its words start and end with
// a letter or digit, so both `**` are flanking whatever is around.
const STRONG = String.raw`\*\*[\p{L}\p{N}](?:${CHAR}*[\p{L}\p{N}])?\*\*(?!\*)`;
const SPAN = `${CODE}|${LINK}|${STRONG}`;
const RICH_LINE = new RegExp(`^(?:${FIRST}|${SPAN})(?:${CHAR}|${SPAN})*$`, "u");
// A bare tag, as chat logs name a speaker (`<ana> restarted it`): raw HTML, which is written as
// the text it is, its `<` escaped.
const TAG = "<[A-Za-z][\\dA-Za-z-]*>";
const TAGGED_LINE = new RegExp(`^(?:${FIRST}|${SPAN}|${TAG})(?:${CHAR}|${SPAN}|${TAG})*$`, "u");
const TAG_START = /<(?=[a-z][\da-z-]*>)/gi;
// A paragraph that is all emphasis is written as a label (tidyBlock).
const ALL_STRONG = /^\*\*[^*]*\*\*$/;
const AUTOLINK = /:\/\/|www\.|@/i;
const LIST_START = /^\d+[.)]/;
// Link texts tidyLinks rewrites (markdownlint MD059), and addresses it drops (MD051).
const TIDIED_LINK = /\[(?:click here|here|link|more)\]\(|\]\(#/i;
const LINK_PARTS = /\[([^[\]]*)\]\(([^()]*)\)/g;

/**
 * One line of inline text as the whole way writes it, when that is the line itself (with tags,
 * allowed where a line cannot be an HTML block, their `<` escaped).
 */
export function plainInline(line: string, tags = false): string | undefined {
  if (!(tags ? TAGGED_LINE : RICH_LINE).test(line)) return undefined;
  if (LIST_START.test(line) || TIDIED_LINK.test(line)) return undefined;
  // Addresses may hold "://"; the rest of the line may not.
  let autolinkable = false;
  const rest = line.replace(/`[^`]*`/g, "").replace(LINK_PARTS, (_, text: string, url: string) => {
    // A link whose text is its address is written as an autolink (`<url>`).
    if (text === url) autolinkable = true;
    return text;
  });
  if (autolinkable || AUTOLINK.test(rest)) return undefined;
  if (!tags || !line.includes("<")) return line;
  // Code spans keep their characters; the tags outside them are escaped.
  return line
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(TAG_START, "\\<")))
    .join("");
}

/**
 * A block of paragraphs and "- " bullet lists of such lines, separated by blank lines: the whole
 * way gives it back with its lines trimmed and one blank line between blocks.
 */
export function plainBlock(text: string): string | undefined {
  const out: string[] = [];
  let kind: "paragraph" | "list" | undefined;
  let after: typeof kind;
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    if (line === "") {
      if (kind) out.push("");
      after = kind ?? after;
      kind = undefined;
      continue;
    }
    // Indentation, hard breaks (two trailing spaces) and tabs change what a line means.
    if (/^\s/.test(line) || / {2}$/.test(raw) || line.includes("\t")) return undefined;
    const item = line.startsWith("- ");
    // Items apart are one loose list, written with a blank line between all of its items.
    if (!kind && item && after === "list") return undefined;
    // A list straight after a paragraph, or a paragraph line straight after an item (a lazy
    // continuation), is written differently from how it came.
    if (kind && (kind === "list") !== item) return undefined;
    if (plainInline(item ? line.slice(2) : line) === undefined) return undefined;
    if (!item && !kind && ALL_STRONG.test(line)) return undefined;
    kind = item ? "list" : "paragraph";
    out.push(line);
  }
  return out.join("\n").trim();
}
