import type { Rule } from "../rule.js";
import { openActionItems, short } from "../action-items.js";

export const actionItemTicket: Rule = {
  id: "action-item-ticket",
  code: "PM008",
  description:
    "Every open action item links a ticket, so it is tracked after the post-mortem is filed.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    for (const { item, index } of openActionItems(context)) {
      if (item.ticket && String(item.ticket).trim()) continue;
      context.report({
        message: `Action item "${short(item.description)}" has no ticket, expected a tracker key (OPS-123) or an issue URL`,
        at: `/actionItems/${index}`,
      });
    }
  },
};
