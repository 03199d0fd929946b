import type { Rule } from "../rule.js";

export const lessonsHaveActions: Rule = {
  id: "lessons-have-actions",
  code: "PM020",
  description: "What went badly leads to action items: lessons with none are lessons not learnt.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const bad = Array.isArray(context.incident.wentBad) ? context.incident.wentBad : [];
    const items = Array.isArray(context.incident.actionItems) ? context.incident.actionItems : [];
    if (bad.length === 0 || items.length > 0) return;
    context.report({
      message: `${bad.length} thing${bad.length === 1 ? "" : "s"} went badly and no action item follows, expected at least one change that keeps ${bad.length === 1 ? "it" : "them"} from happening again`,
      at: "/wentBad",
    });
  },
};
