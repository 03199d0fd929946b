import type { Root, RootContent } from "mdast";
import type { Data, Processor } from "unified";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";

/** Markdown as GitHub reads it (CommonMark and GFM): block fields and whole documents. */
export const markdownReader = unified().use(remarkParse).use(remarkGfm).freeze();

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
export const inlineReader = unified().use(remarkParse).use(remarkGfm).use(inlineOnly).freeze();

// One serialisation style for every piece of Markdown we write, so documents are stable and
// consistent (markdownlint checks list and emphasis styles across the whole file).
const STYLE: StringifyOptions = {
  bullet: "-",
  emphasis: "*",
  strong: "*",
  rule: "-",
  fences: true,
  listItemIndent: "one",
  resourceLink: false,
};

const markdownWriter = unified().use(remarkStringify, STYLE).use(remarkGfm).freeze();

/** A tree, or one node of it, written as Markdown in the project's style. */
export function writeMarkdown(node: Root | RootContent): string {
  // remark-stringify writes any node; unified's types only name the root.
  return markdownWriter.stringify(node as Root);
}
