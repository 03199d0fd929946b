import { fromMarkdown } from "mdast-util-from-markdown";
import { toMarkdown, type Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { gfmFromMarkdown, gfmToMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import type { Root, RootContent } from "mdast";

// One serialisation style for every piece of Markdown we write, so documents are stable and
// consistent (markdownlint checks list and emphasis styles across the whole file).
const STYLE: ToMarkdownOptions = {
  bullet: "-",
  emphasis: "*",
  strong: "*",
  rule: "-",
  fences: true,
  listItemIndent: "one",
  resourceLink: false,
  extensions: [gfmToMarkdown()],
};

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function stringifyMarkdown(tree: Root | RootContent): string {
  return toMarkdown(tree as Root, STYLE);
}

/** Text shown literally: every character that Markdown would read as syntax is escaped. */
export function markdownText(text: string): string {
  const flat = oneLine(text);
  if (flat === "") return "";
  return stringifyMarkdown({ type: "paragraph", children: [{ type: "text", value: flat }] }).trimEnd();
}

/**
 * Inline Markdown written by a user (an event, an action item). Emphasis, code and links the
 * author wrote are kept; anything that would make block structure (a heading, a list, a quote,
 * a table row) or span lines is flattened to literal text, so it cannot break the document.
 */
export function markdownInline(text: string): string {
  const flat = oneLine(text);
  if (flat === "") return "";
  const tree = parseMarkdown(flat);
  const only = tree.children.length === 1 ? tree.children[0] : undefined;
  if (only?.type !== "paragraph") return markdownText(flat);
  // Parsed alone, the text has no link definitions, so `[x]` stays literal text.
  return stringifyMarkdown(only).trimEnd();
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
  const tree = parseMarkdown(text.replace(/\t/g, "    ").replace(/\r\n?/g, "\n"));
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type === "heading") return [{ type: "paragraph", children: [{ type: "strong", children: node.children }] }];
    return [node];
  });
  return stringifyMarkdown(tree).trim();
}

/** The plain text of inline Markdown, as a reader sees it. */
export function plainText(markdown: string): string {
  const tree = parseMarkdown(markdown);
  return toPlain(tree).replace(/\s+/g, " ").trim();
}

function toPlain(node: Root | RootContent): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as RootContent[]).map(toPlain).join(node.type === "root" || node.type === "list" ? "\n" : "");
  if (node.type === "break") return " ";
  return "";
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/\t/g, " ").trim();
}

