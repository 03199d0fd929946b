import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";
import type { Paragraph, Root } from "mdast";

// Text that is a heading's, a cell's or an item's content: no block construct can start in it,
// so "# x", "1. x" or "> x" read as the literal characters they would be inside a paragraph.
const INLINE_ONLY = {
  disable: {
    null: [
      "blockQuote",
      "codeFenced",
      "codeIndented",
      "definition",
      "headingAtx",
      "htmlFlow",
      "list",
      "setextUnderline",
      "thematicBreak",
      "table",
    ],
  },
};

// Built once: making the GFM extensions costs more than parsing a short line with them.
const OPTIONS = { extensions: [gfm(), INLINE_ONLY], mdastExtensions: [gfmFromMarkdown()] };

/** One line of inline Markdown as a paragraph node (GFM: strikethrough, autolinks). */
export function parseInline(text: string): Paragraph {
  const tree: Root = fromMarkdown(text, OPTIONS);
  const first = tree.children[0];
  if (first?.type === "paragraph") return first;
  return { type: "paragraph", children: text ? [{ type: "text", value: text }] : [] };
}
