import type { Rule } from "../rule.js";
import { openActionItems, short } from "../action-items.js";

// "I will ...", "I am working with ...": the writer of the post-mortem took it on.
const WRITER_TAKES_IT =
  /(?:^|[.;:!?]\s+|,\s*)(?:\w+,\s*)?I(?:\s+(?:will|shall|am|have|plan|intend|also|personally)\b|['’](?:ll|m)\b)/;
// A bare link (to a tracker query, a board) points at items kept, with owners, elsewhere.
const ONLY_A_LINK = /^\s*(?:<?https?:\/\/[^\s>]+>?|\[[^\]]*\]\(https?:\/\/[^)\s]+\))\s*$/;

export const actionItemOwner: Rule = {
  id: "action-item-owner",
  code: "PM007",
  description: "Every open action item has an owner.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const how = context.format === "data" ? "`owner:`" : '"(owner: name)" or an @mention';
    for (const { item, index } of openActionItems(context)) {
      if (item.owner && String(item.owner).trim()) continue;
      const description = String(item.description ?? "");
      if (WRITER_TAKES_IT.test(description) || ONLY_A_LINK.test(description)) continue;
      context.report({
        message: `Action item "${short(item.description)}" has no owner, expected one person who sees it through (${how})`,
        at: `/actionItems/${index}`,
      });
    }
  },
};
