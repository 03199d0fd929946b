import { ASCII_PUNCTUATION } from "../markdown/ascii-punctuation.js";
import type { Paragraph, Root, RootContent, Strong } from "mdast";
import { parseInline } from "../markdown/inline.js";
import { markdownReader } from "../markdown/reader.js";
import { writeMarkdown } from "../markdown/writer.js";
import { foldLines } from "../text/whitespace.js";
import { plainBlock, plainInline } from "./plain-markdown.js";

/**
 * remark's parser is slow on some Markdown: about 30 KB/s on `*a*a*a...`, worse than linear on
 * long lists and tables, and deep quote nesting overflows the stack. Text that would cost too
 * much is written as literal text instead: every character shown as typed, nothing lost, only
 * the author's formatting not rendered. One piece is parsed only below the CHUNK limits, and a
 * document spends at most the DOCUMENT budget in all, far above what real post-mortems use, so
 * render time stays bounded whatever the input.
 */
const CHUNK = { bytes: 32 * 1024, risky: 2_000 };
// Each parse also has a fixed cost, so the number of pieces parsed is bounded too.
const DOCUMENT = { bytes: 128 * 1024, risky: 50_000, calls: 5_000 };
let budget = { bytes: Infinity, risky: Infinity, calls: Infinity };
const RISKY = /[*_~[<!>]/g;
const DEEP_NESTING = /^[ \t]*(?:(?:[>\-*+]|\d{1,9}[.)])[ \t]*){16}/m;

/** Runs one document's rendering with a fresh parse budget. */
export function withMarkdownBudget<T>(render: () => T): T {
  budget = { ...DOCUMENT };
  try {
    return render();
  } finally {
    budget = { bytes: Infinity, risky: Infinity, calls: Infinity };
  }
}

function affordable(text: string): boolean {
  if (text.length > CHUNK.bytes || text.length > budget.bytes || budget.calls <= 0) return false;
  let risky = 0;
  RISKY.lastIndex = 0;
  while (RISKY.exec(text) !== null) if (++risky > CHUNK.risky) return false;
  if (risky > budget.risky || DEEP_NESTING.test(text)) return false;
  budget.bytes -= text.length;
  budget.risky -= risky;
  budget.calls--;
  return true;
}

const PUNCTUATION = new RegExp(ASCII_PUNCTUATION, "g");

/**
 * Text shown exactly as typed, made in one linear pass: every ASCII punctuation character
 * escaped, each line trimmed so none can start indented code. For text over the parse budget,
 * where even one serialiser call per piece would cost too much.
 */
function literal(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim().replace(PUNCTUATION, "\\$&"))
    .filter((line) => line !== "")
    .join("\n");
}

// Letters, digits, spaces and punctuation that mean nothing to Markdown inside a line ("-" and
// "." only after the first character, where they cannot start a list).
const PLAIN = /^[\p{L}\p{N}"'(,;?%/][\p{L}\p{N} ,;?%/"'().-]*$/u;

export function parseMarkdown(text: string): Root {
  return markdownReader.parse(text);
}

export function stringifyMarkdown(tree: Root | RootContent): string {
  return writeMarkdown(tree);
}

/** Plain words: nothing in them means anything to Markdown, so they are written as they are. */
function isPlain(flat: string): boolean {
  return PLAIN.test(flat) && !/^\d+[.)]/.test(flat);
}

/** Text shown literally: every character that Markdown would read as syntax is escaped. */
export function markdownText(text: string): string {
  const flat = oneLine(text);
  if (flat === "" || isPlain(flat)) return flat;
  return stringifyMarkdown({
    type: "paragraph",
    children: [{ type: "text", value: flat }],
  }).trimEnd();
}

/**
 * Literal text for a heading. A heading that ends in punctuation trips markdownlint (MD026), so
 * a final `.`, `!`, `:` and the like is written as a character reference: it reads and parses
 * back as the same character.
 */
export function markdownHeadingText(text: string): string {
  const flat = oneLine(text);
  if (flat === "") return "";
  if (isPlain(flat)) return headingEnd(flat);
  // Serialised as a heading, so a trailing `#` is escaped instead of read as a closing sequence.
  const heading = stringifyMarkdown({
    type: "heading",
    depth: 1,
    children: [{ type: "text", value: flat }],
  })
    .trimEnd()
    .replace(/^# /, "");
  return headingEnd(heading);
}

function headingEnd(heading: string): string {
  return heading.replace(/\\?([.,;:!。，；：！])$/u, (_, ch: string) => `&#${ch.codePointAt(0)};`);
}

/**
 * Inline Markdown written by a user (an event, an action item). Emphasis, code and links the
 * author wrote are kept; anything that would make block structure (a heading, a list, a quote,
 * a table row) or span lines is flattened to literal text, so it cannot break the document.
 */
export function markdownInline(text: string): string {
  const flat = oneLine(text);
  if (flat === "") return "";
  // Plain words (with code spans and links) need neither parsing nor escaping; most events and
  // items are just that.
  const plain = plainInline(flat, true);
  if (plain !== undefined) return plain;
  if (!affordable(flat)) return literal(flat);
  // Parsed alone, the text has no link definitions, so `[x]` stays literal text; the serialiser
  // escapes whatever would start a block at the start of the line.
  return markdownInlineTree(flat);
}

/** One line of inline Markdown parsed and written back: the reference of the plain fast path. */
export function markdownInlineTree(flat: string): string {
  return stringifyMarkdown(htmlAsText(tidyLinks(parseInline(flat)))).trimEnd();
}

/** Inline Markdown inside a GFM table cell: also escapes the pipes that would split the cell. */
export function markdownCell(text: string): string {
  return markdownInline(text).replace(/(?<!\\)\|/g, "\\|");
}

/**
 * A block field (summary, root cause): Markdown kept as Markdown, normalised to our style.
 * Headings inside it become bold paragraphs: they would otherwise compete with the document's
 * own headings (markdownlint MD001/MD024/MD025) and change its outline.
 */
export function markdownBlock(text: string): string {
  const normal = text.replace(/\t/g, "    ").replace(/\r\n?/g, "\n");
  const plain = plainBlock(normal);
  if (plain !== undefined) return plain;
  if (!affordable(normal)) {
    // Too costly to parse whole: each paragraph is parsed on its own if it can be afforded,
    // and kept as literal text if not.
    return normal
      .split(/\n[ \t]*\n/)
      .filter((p) => p.trim() !== "")
      .map((p) => (affordable(p) ? markdownBlockTree(p) : literal(p)))
      .join("\n\n");
  }
  return markdownBlockTree(normal);
}

/** A block field parsed and written back whole: the reference the plain fast path must match. */
export function markdownBlockTree(text: string): string {
  const tree = parseMarkdown(text);
  const children: RootContent[] = [];
  for (const node of tree.children) {
    const tidy = tidyBlock(node);
    const last = children[children.length - 1];
    // Two quotes in a row are one quote to a reader; apart, the blank line between them
    // trips markdownlint (MD028).
    if (tidy.type === "blockquote" && last?.type === "blockquote")
      for (const c of tidy.children) last.children.push(c);
    else children.push(tidy);
  }
  tree.children = children;
  return stringifyMarkdown(htmlAsText(tidyLinks(tree))).trim();
}

// Link texts that say nothing of where they lead (markdownlint MD059's defaults).
const VAGUE_LINK_TEXT = /^(?:click here|here|link|more)$/i;

/**
 * Links as a document of ours can hold them: a link to a fragment of the page it came from
 * ("#timeline") leads nowhere here and keeps only its text (MD051); "here" and the like keep
 * their text and show the address after it (MD059).
 */
function tidyLinks<T extends Root | RootContent>(node: T): T {
  if (!("children" in node)) return node;
  const out: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type === "link" && child.url.startsWith("#")) {
      for (const c of child.children) out.push(tidyLinks(c));
    } else if (child.type === "link" && VAGUE_LINK_TEXT.test(toPlain(child).trim())) {
      for (const c of child.children) out.push(tidyLinks(c));
      out.push(
        { type: "text", value: " (" },
        { type: "link", url: child.url, children: [{ type: "text", value: child.url }] },
        { type: "text", value: ")" },
      );
    } else out.push(tidyLinks(child));
  }
  (node as { children: RootContent[] }).children = out;
  return node;
}

// What markdownlint (MD036) accepts at the end of a paragraph that is all emphasis.
const CLOSING_PUNCTUATION = /[.,;:!?。，；：！？]$/u;

/**
 * One top-level block of a field in the shape a clean document needs (markdownlint's default
 * rules), without changing what it says: a heading becomes a bold label ending in a colon, so it
 * cannot compete with the document's own headings (MD001/MD024/MD025) or read as a heading
 * made of emphasis (MD036); a fence gets a language (MD040), an image alt text (MD045), a
 * table rows of equal width (MD056).
 */
function tidyBlock(node: RootContent): RootContent {
  if (node.type === "heading")
    return label({ type: "paragraph", children: [{ type: "strong", children: node.children }] });
  if (node.type === "html")
    return { type: "paragraph", children: [{ type: "text", value: node.value }] };
  if (node.type === "paragraph") {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    return only && (only.type === "strong" || only.type === "emphasis")
      ? label(node)
      : withAltText(node);
  }
  if (node.type === "code" && !node.lang) return { ...node, lang: "text" };
  if (node.type === "table") {
    const width = node.children.reduce((w, r) => Math.max(w, r.children.length), 0);
    for (const row of node.children)
      while (row.children.length < width) row.children.push({ type: "tableCell", children: [] });
    node.align = Array.from({ length: width }, (_, i) => node.align?.[i] ?? null);
    return node;
  }
  if ("children" in node) {
    (node as { children: RootContent[] }).children = (node.children as RootContent[]).map((c) =>
      c.type === "paragraph" || c.type === "code" || c.type === "table"
        ? tidyBlock(c)
        : withAltText(c),
    );
  }
  return node;
}

/** A paragraph that is only emphasis ends in a colon, as a label does. */
function label(paragraph: Paragraph): Paragraph {
  const emphasis = paragraph.children[0] as Strong;
  if (!CLOSING_PUNCTUATION.test(toPlain(emphasis).trimEnd()))
    emphasis.children.push({ type: "text", value: ":" });
  return paragraph;
}

function withAltText<T extends RootContent>(node: T): T {
  if (node.type === "image" && !node.alt) node.alt = "image";
  if ("children" in node) for (const c of node.children as RootContent[]) withAltText(c);
  return node;
}

/** The plain text of inline Markdown, as a reader sees it. */
export function plainText(markdown: string): string {
  const tree = parseMarkdown(markdown);
  return toPlain(tree).replace(/\s+/g, " ").trim();
}

function toPlain(node: Root | RootContent): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node)
    return (node.children as RootContent[])
      .map(toPlain)
      .join(node.type === "root" || node.type === "list" ? "\n" : "");
  if (node.type === "break") return " ";
  return "";
}

/**
 * Raw HTML shows as the text the author typed: Markdown documents we write stay free of inline
 * HTML (markdownlint MD033), and a `<b>` in an event cannot restyle the page.
 */
function htmlAsText<T extends Root | RootContent>(node: T): T {
  if (node.type === "html") return { type: "text", value: node.value } as unknown as T;
  if ("children" in node)
    (node as { children: RootContent[] }).children = (node.children as RootContent[]).map(
      htmlAsText,
    );
  return node;
}

function oneLine(text: string): string {
  return foldLines(text.replace(/\r\n?/g, "\n")).replace(/\t/g, " ").trim();
}
