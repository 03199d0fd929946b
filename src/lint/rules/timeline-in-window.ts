import type { Rule } from "../rule.js";
import { timelineOf } from "../timeline.js";

export interface Options {
  /** Days before the incident date an entry may be (a slow build-up). */
  daysBefore: number;
  /** Days after the incident date an entry may be (a long recovery). */
  daysAfter: number;
}

const DAY = 86_400_000;

export const timelineInWindow: Rule<Options> = {
  id: "timeline-in-window",
  code: "PM006",
  description:
    "Timeline entries fall near the incident date; one far away is usually a typo'd date.",
  defaultSeverity: "warning",
  defaultOptions: { daysBefore: 14, daysAfter: 30 },
  optionsSchema: {
    type: "object",
    properties: {
      daysBefore: { type: "integer", minimum: 0 },
      daysAfter: { type: "integer", minimum: 0 },
    },
    additionalProperties: false,
  },
  check(context) {
    const date =
      typeof context.incident.date === "string"
        ? Date.parse(`${context.incident.date}T00:00:00Z`)
        : NaN;
    if (Number.isNaN(date)) return;
    const { daysBefore, daysAfter } = context.options;
    timelineOf(context).forEach((e, i) => {
      if (e.ms === undefined) return;
      const days = Math.floor((e.ms - date) / DAY);
      if (days < -daysBefore || days > daysAfter) {
        context.report({
          message:
            `Timeline entry at ${e.time} is ${Math.abs(days)} days ${days < 0 ? "before" : "after"} ` +
            `the incident date ${String(context.incident.date)}, expected within ${daysBefore} days ` +
            `before and ${daysAfter} after; is its date a typo?`,
          at: `/timeline/${i}/time`,
        });
      }
    });
  },
};
