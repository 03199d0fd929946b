import type { Root, RootContent } from "mdast";
import { unified } from "unified";
import remarkGfm from "remark-gfm";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";

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
