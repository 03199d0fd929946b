import type { Data, Processor } from "unified";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";

// remark-gfm's reading half. remark-gfm also registers its writing extensions, which pull
// remark-stringify's serialiser into every program that only reads Markdown (a third of what a
// cold `lint` loads); reading needs just the syntax and the tree builders.
function gfmReading(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

/** Markdown as GitHub reads it (CommonMark and GFM): block fields and whole documents. */
export const markdownReader = unified().use(remarkParse).use(gfmReading).freeze();

// Text that is a heading's, a cell's or an item's content: no block construct can start in it,
// so "# x", "1. x" or "> x" read as the literal characters they would be inside a paragraph.
const INLINE_ONLY: NonNullable<Data["micromarkExtensions"]>[number] = {
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

function inlineOnly(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push(INLINE_ONLY);
}

/** One line of inline Markdown (GFM: strikethrough, autolinks), read as a paragraph. */
export const inlineReader = unified().use(remarkParse).use(gfmReading).use(inlineOnly).freeze();
