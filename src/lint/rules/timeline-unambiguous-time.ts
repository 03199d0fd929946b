import type { Rule } from "../rule.js";

export const timelineUnambiguousTime: Rule = {
  id: "timeline-unambiguous-time",
  code: "PM018",
  description:
    "Every local time in the timeline names one moment: none falls in the hour daylight saving time skips or repeats.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    // The reader found these and had to pick a reading; it says which and why.
    for (const guess of context.reader.guessedTimes ?? []) {
      context.report({
        message: `${guess.message}; write the time in UTC or with its offset (01:30 PDT, 01:30-07:00)`,
        at: `/timeline/${guess.index}`,
      });
    }
  },
};
