import { toString } from "mdast-util-to-string";
import { parseInline } from "../markdown/inline.js";
import { foldLines } from "../text/whitespace.js";

// Beyond this, inline text is not worth a Markdown parse (and remark's inline parser is
// quadratic on some shapes): it is read as it stands, markup and all.
const MAX_INLINE = 2048;

/**
 * The plain text of inline Markdown (`\#`, `**x**`, `[a](b)` read as a reader sees them). Only
 * short strings that need it go through the Markdown parser; plain text is returned as is.
 */
export function inlineText(markdown: string): string {
  const flat = foldLines(markdown).trim();
  if (!/[\\`*_[\]<>&!~]/.test(flat)) return flat;
  if (flat.length > MAX_INLINE) return flat;
  return toString(parseInline(flat)).replace(/\s+/g, " ").trim();
}
