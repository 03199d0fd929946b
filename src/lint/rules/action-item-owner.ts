import type { Rule } from "../rule.js";
import { openActionItems, short } from "../action-items.js";

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
      context.report({
        message: `Action item "${short(item.description)}" has no owner, expected one person who sees it through (${how})`,
        at: `/actionItems/${index}`,
      });
    }
  },
};
