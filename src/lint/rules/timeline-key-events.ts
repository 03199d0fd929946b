import type { Rule } from "../rule.js";
import { timelineOf } from "../timeline.js";

export const timelineKeyEvents: Rule = {
  id: "timeline-key-events",
  code: "PM005",
  description:
    "The timeline marks when the problem started, was detected, and was mitigated or resolved.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const entries = timelineOf(context);
    if (entries.length === 0) return;
    const kinds = new Set(entries.map((e) => e.kind));
    const missing = [
      kinds.has("start") ? null : "start",
      kinds.has("detected") ? null : "detected",
      kinds.has("mitigated") || kinds.has("resolved") ? null : "mitigated or resolved",
    ].filter((k): k is string => k !== null);
    if (missing.length === 0) return;
    const how = context.format === "data" ? "`kind:`" : "a Kind column";
    const what = missing.length === 3 ? "no key events" : `no ${missing.join(", ")} event`;
    context.report({
      message: `The timeline marks ${what}, expected entries of kind ${missing.join(", ")} (set with ${how}) so time to detect and to resolve can be measured`,
      at: "/timeline",
    });
  },
};
