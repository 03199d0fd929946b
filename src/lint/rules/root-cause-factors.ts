import type { Rule } from "../rule.js";
import { UNKNOWN_CAUSE } from "./root-cause-found.js";

const UNFINISHED = /\b(?:TODO|TBD|FIXME|XXX)\b|<(?:fill|describe|add|insert)\b/;
// Words that add a second cause, or say how one cause grew into an outage.
const MORE =
  /\b(?:contribut\w*|factors?|compound\w*|exacerbat\w*|aggravat\w*|amplif\w*|worse|combined\s+with|coupled\s+with|in\s+addition|additionally|also|as\s+well|another|secondly|moreover|furthermore|on\s+top\s+of|because|since|without|lack\w*|missing|no\s+(?:alert|monitor|check|test|review|limit|guard)\w*)\b/i;
// Two clauses with their own subjects: "X stopped reading the file, and the hosts relied on it".
const TWO_CLAUSES =
  /(?:[,;]\s*(?:and|but|while|so|yet|whereas)|;)\s+(?:the|our|we|it|its|this|that|these|those|there|their|no|nothing|none|every|all)\b/i;
const ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S/gm;
// A sentence ends at ". ", "! " or "? " (so 0.9.2 and e.g. do not end one) or at the end.
// Only the first mark of a run may start a match, so a long run of "!" stays linear.
const SENTENCE_END = /(?<![.!?])[.!?]+["')\]]*(?:\s+|$)/;

/** The sentences of a text that say something (three words or more). */
function sentences(text: string): string[] {
  return text
    .replace(/\b(?:e\.g|i\.e|etc|vs|approx)\.\s/gi, (m) => m.replace(". ", "  "))
    .split(SENTENCE_END)
    .filter((s) => s.trim().split(/\s+/).length >= 3);
}

export const rootCauseFactors: Rule = {
  id: "root-cause-factors",
  code: "PM023",
  description:
    "The root cause goes past one cause: it names the contributing factors that let the trigger become an outage.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const cause = typeof context.incident.rootCause === "string" ? context.incident.rootCause : "";
    // Not written yet, or not known yet: no-placeholder and root-cause-found speak to those.
    if (cause.trim() === "" || UNFINISHED.test(cause) || UNKNOWN_CAUSE.test(cause)) return;
    // A list of causes, words or clauses that join causes, or a story of several sentences: more
    // than one.
    if ((cause.match(ITEM)?.length ?? 0) >= 2 || MORE.test(cause) || TWO_CLAUSES.test(cause))
      return;
    const said = sentences(cause);
    if (said.length !== 1) return;
    const shown = said[0]!.trim().replace(/\s+/g, " ");
    context.report({
      message: `The root cause is one cause in one sentence ("${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}"), expected the contributing factors too: what let it happen, and what made it worse or slower to end`,
      at: "/rootCause",
    });
  },
};
