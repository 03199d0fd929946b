import type { Paragraph } from "mdast";
import { inlineReader } from "./reader.js";

/** One line of inline Markdown as a paragraph node (GFM: strikethrough, autolinks). */
export function parseInline(text: string): Paragraph {
  const tree = inlineReader.parse(text);
  const first = tree.children[0];
  if (first?.type === "paragraph") return first;
  return { type: "paragraph", children: text ? [{ type: "text", value: text }] : [] };
}
