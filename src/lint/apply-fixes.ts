import type { Fix } from "./rule.js";

/** Applies edits from the end backwards so earlier offsets stay valid. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (const f of [...fixes].sort((a, b) => b.start - a.start))
    out = out.slice(0, f.start) + f.text + out.slice(f.end);
  return out;
}
