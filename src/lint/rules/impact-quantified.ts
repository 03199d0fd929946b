import type { Rule } from "../rule.js";
import { isPlaceholder } from "../text-fields.js";

// How long: a duration, or a span of clock times.
const HOW_LONG =
  /\b\d+(?:[.,]\d+)?\s*(?:[smhd]|sec|secs|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)\b|\b(?:an?|one|two|three|four|five|six|ten|half an?|several|many|a few|a couple of)\s+(?:minutes?|hours?|days?|weeks?)\b|\b\d{1,2}:\d{2}\b.{1,40}?\b\d{1,2}:\d{2}\b|\b(?:for|during|over)\s+(?:the\s+)?(?:whole|entire)\b/i;
// How many: a count or a share of something, or "all"/"every".
const HOW_MANY =
  /\d|\b(?:all|any|every|no|none|one|two|three|four|five|ten|dozens?|hundreds?|thousands?|millions?|half|most)\b/i;

export const impactQuantified: Rule = {
  id: "impact-quantified",
  code: "PM012",
  description: "The impact says how long and how many: users, requests, services affected.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const impact = typeof context.incident.impact === "string" ? context.incident.impact : "";
    if (!impact.trim() || isPlaceholder(impact)) return;
    // How long may be said once for the whole document: in the summary ("down for 66 minutes"),
    // or by a timeline that marks when it started and ended.
    const summary = typeof context.incident.summary === "string" ? context.incident.summary : "";
    const timeline = Array.isArray(context.incident.timeline) ? context.incident.timeline : [];
    const marked = (kinds: string[]): boolean =>
      timeline.some((e) => typeof e?.time === "string" && kinds.includes(String(e.kind)));
    const long =
      HOW_LONG.test(impact) ||
      HOW_LONG.test(summary) ||
      (marked(["start"]) && marked(["mitigated", "resolved"]));
    const missing = [
      long ? null : "how long",
      HOW_MANY.test(impact) ? null : "how many (users, requests, services)",
    ].filter(Boolean);
    if (missing.length)
      context.report({
        message: `The impact does not say ${missing.join(" or ")}, expected figures such as "40 minutes" and "18% of requests"`,
        at: "/impact",
      });
  },
};
