import type { Fix } from "./rule.js";

/**
 * Applies non-overlapping edits in one pass from the start: the text between edits is copied
 * once, so many edits to a long text cost time in proportion to its length, not to the
 * number of edits times the length.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const f of [...fixes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    parts.push(text.slice(at, f.start), f.text);
    at = Math.max(at, f.end);
  }
  parts.push(text.slice(at));
  return parts.join("");
}
