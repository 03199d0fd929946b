import { applyFixes } from "./apply-fixes.js";
import { lintText, type LintOptions, type LintResult } from "./engine.js";

// As ESLint: a fix may make room for another (edits that overlapped wait a pass), and ten passes
// end even a pair of rules that undo each other.
const MAX_PASSES = 10;

export interface FixOutcome {
  /** The fixed text, or the text as it came when the fixes were refused. */
  text: string;
  /** The lint of that text. */
  result: LintResult;
  /** Why the fixes were not kept: the fixed text read back with other times, or less. */
  refused?: string;
}

/**
 * `--fix`: fixes are applied pass after pass, each fix whole, until none is left. The fixed
 * text must read back with every timeline entry at the same instant and every field it had, or
 * all the fixes are refused: a fix must never change what the document says happened.
 */
export async function fixText(text: string, options: LintOptions = {}): Promise<FixOutcome> {
  const first = await lintText(text, options);
  let result = first;
  let fixed = text;
  for (let pass = 0; pass < MAX_PASSES && result.fixes.length > 0; pass++) {
    const next = applyFixes(fixed, result.fixes);
    if (next === fixed) break;
    fixed = next;
    result = await lintText(fixed, options);
  }
  if (fixed === text) return { text, result };
  const refused = lost(first, result);
  return refused ? { text, result: first, refused } : { text: fixed, result };
}

/** What the fixed document no longer says that the original did, if anything. */
function lost(before: LintResult, after: LintResult): string | undefined {
  if (before.incidents.length !== after.incidents.length)
    return `it read as ${after.incidents.length} incidents instead of ${before.incidents.length}`;
  for (let i = 0; i < before.incidents.length; i++) {
    const was = before.incidents[i]!.incident;
    const now = after.incidents[i]!.incident;
    const gone = Object.keys(was).filter((k) => !(k in now));
    if (gone.length) return `it lost ${gone.join(", ")}`;
    // The same instants, in any order (timeline-order sorts); an entry added without a time (a
    // section's placeholder) changes none.
    const times = (x: typeof was): string =>
      JSON.stringify(
        (Array.isArray(x.timeline) ? x.timeline : [])
          .flatMap((e) => (e?.time ? [e.time] : []))
          .sort(),
      );
    if (times(was) !== times(now)) return "its timeline read back with other times";
    const items = (x: typeof was): number =>
      Array.isArray(x.actionItems) ? x.actionItems.length : 0;
    if (items(now) < items(was)) return "it lost action items";
  }
  return undefined;
}
