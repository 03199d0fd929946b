import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { parseInline } from "./inline.js";

// A backslash before ASCII punctuation: a Markdown escape.
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
// Beyond these, a field keeps its escapes: each is tried by parsing the field again.
const MAX_LENGTH = 4096;
const MAX_ESCAPES = 64;

/**
 * Markdown with the escapes it does not need taken out: `\~120k` is `~120k`, and `1\.` inside an
 * item or an event (where no list can start) is `1.`. Writers, and our own rendering, escape
 * more than the text needs; the data should hold the text as its author meant it. An escape goes
 * only when the text parses to the very same tree without it, so meaning never changes.
 */
export function withoutNeedlessEscapes(markdown: string, context: "inline" | "block"): string {
  if (!markdown.includes("\\") || markdown.length > MAX_LENGTH) return markdown;
  const positions = [...markdown.matchAll(ESCAPE)].map((m) => m.index!);
  if (positions.length === 0 || positions.length > MAX_ESCAPES) return markdown;
  const shape = (text: string): string => JSON.stringify(context === "inline" ? parseInline(text) : fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), (key, value: unknown) => (key === "position" ? undefined : value));
  const meant = shape(markdown);
  let text = markdown;
  // From the last escape back, so the earlier positions stay where they were.
  for (const at of positions.reverse()) {
    const candidate = text.slice(0, at) + text.slice(at + 1);
    if (shape(candidate) === meant) text = candidate;
  }
  return text;
}
