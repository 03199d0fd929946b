import type { Rule } from "../rule.js";
import { openActionItems, short } from "../action-items.js";
import { isPlaceholder } from "../text-fields.js";

// Wishes rather than work: nobody can tell when they are done.
const VAGUE =
  /\b(?:be (?:more )?(?:careful|vigilant|attentive)|pay (?:more )?attention|try (?:harder|to be)|keep an eye on|think about|be aware|do better|communicate better)\b|^(?:we\s+(?:should|could|might)\s+)?consider(?:ing)?\b|\b(?:will|should|to)\s+be\s+discussed\b|^discuss\b/i;
// Investigation with no stated outcome ("investigate X" rather than "investigate X and fix").
const OPEN_ENDED = /^(?:investigate|look into|check|explore|review|research)\b/i;
const OUTCOME =
  /\b(?:and (?:fix|add|remove|write|document|decide|file|mitigate|implement|report|change|update)|so that|to (?:decide|find|determine|fix|prevent)|then|mitigated|fixed)\b/i;

export const actionItemActionable: Rule = {
  id: "action-item-actionable",
  code: "PM010",
  description:
    'Action items are concrete work with a clear end, not wishes ("be more careful", "consider ...", "will be discussed") or open-ended investigation.',
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    for (const { item, index } of openActionItems(context)) {
      const text = String(item.description ?? "").trim();
      if (isPlaceholder(text)) continue;
      if (VAGUE.test(text))
        context.report({
          message: `Action item "${short(text)}" is a wish, not a task, expected a change to a system or process that can be done and checked`,
          at: `/actionItems/${index}`,
        });
      else if (OPEN_ENDED.test(text) && !OUTCOME.test(text))
        context.report({
          message: `Action item "${short(text)}" has no outcome, expected what the investigation should produce (e.g. "... and write up a fix")`,
          at: `/actionItems/${index}`,
        });
    }
  },
};
