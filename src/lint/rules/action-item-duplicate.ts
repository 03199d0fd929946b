import type { Rule } from "../rule.js";
import { short } from "../action-items.js";

const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export const actionItemDuplicate: Rule = {
  id: "action-item-duplicate",
  code: "PM009",
  description: "No action item is listed twice.",
  defaultSeverity: "error",
  defaultOptions: {},
  check(context) {
    const items = Array.isArray(context.incident.actionItems) ? context.incident.actionItems : [];
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const key = normal(String(item?.description ?? ""));
      if (!key) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        context.report({
          message: `Action item "${short(item.description)}" repeats item ${first + 1}, expected each item once`,
          at: `/actionItems/${index}`,
          related: { message: "the first time it is listed", at: `/actionItems/${first}` },
        });
    });
  },
};
