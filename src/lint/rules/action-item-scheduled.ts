import type { Rule } from "../rule.js";
import { openActionItems, short } from "../action-items.js";

export const actionItemScheduled: Rule = {
  id: "action-item-scheduled",
  code: "PM021",
  description:
    "Once a post-mortem is final and schedules its action items, each open one has a priority or a due date, so none is left for later forever.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    // Only a document that says it is final: a draft is still being planned, and a document
    // that states no status may be a report that never had a tracker.
    if (context.incident.status !== "final") return;
    // And only where the team schedules its items: when none has a priority or a date, the
    // team tracks them elsewhere, and asking for one on every item is noise.
    const items = Array.isArray(context.incident.actionItems) ? context.incident.actionItems : [];
    if (!items.some((i) => i?.priority || i?.due)) return;
    const how = context.format === "data" ? "`priority:` or `due:`" : "a Priority or Due column";
    for (const { item, index } of openActionItems(context)) {
      if (item.priority || item.due) continue;
      context.report({
        message: `Action item "${short(item.description)}" has no priority and no due date, expected one (${how})`,
        at: `/actionItems/${index}`,
      });
    }
  },
};
