import type { ActionItem } from "../model/incident.js";
import type { RuleContext } from "./rule.js";

/** Items whose work is still to do: done and won't-fix items need no owner or ticket. */
export function openActionItems(
  context: RuleContext<unknown>,
): { item: Partial<ActionItem>; index: number }[] {
  const items = Array.isArray(context.incident.actionItems) ? context.incident.actionItems : [];
  return items
    .map((item, index) => ({ item: item ?? {}, index }))
    .filter(({ item }) => item.status !== "done" && item.status !== "wontfix");
}

export const short = (text: string | undefined): string => {
  const t = String(text ?? "")
    .replace(/\s+/g, " ")
    .trim();
  return t.length > 50 ? `${t.slice(0, 47)}...` : t;
};
