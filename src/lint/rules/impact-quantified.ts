import type { Rule } from "../rule.js";
import { isPlaceholder } from "../text-fields.js";

// How long: a duration, or a span of clock times.
const HOW_LONG =
  /\b\d+(?:[.,]\d+)?\s*(?:[smhd]|sec|secs|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)\b|\b(?:an?|one|two|three|four|five|six|ten|half an?)\s+(?:minutes?|hours?|days?|weeks?)\b|\b\d{1,2}:\d{2}\b.{1,40}?\b\d{1,2}:\d{2}\b|\b(?:for|during|over)\s+(?:the\s+)?(?:whole|entire)\b/i;
// How many: a count or a share of something, or "all"/"every".
const HOW_MANY =
  /\d|\b(?:all|every|no|none|one|two|three|four|five|ten|dozens?|hundreds?|thousands?|millions?|half|most)\b/i;

export const impactQuantified: Rule = {
  id: "impact-quantified",
  code: "PM012",
  description: "The impact says how long and how many: users, requests, services affected.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const impact = typeof context.incident.impact === "string" ? context.incident.impact : "";
    if (!impact.trim() || isPlaceholder(impact)) return;
    const missing = [
      HOW_LONG.test(impact) ? null : "how long",
      HOW_MANY.test(impact) ? null : "how many (users, requests, services)",
    ].filter(Boolean);
    if (missing.length)
      context.report({
        message: `The impact does not say ${missing.join(" or ")}, expected figures such as "40 minutes" and "18% of requests"`,
        at: "/impact",
      });
  },
};
