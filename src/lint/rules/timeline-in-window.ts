import { type Rule, wholeNumberOptions } from "../rule.js";
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
    "Timeline entries fall near the incident date; one far away between entries near it is usually a typo'd date.",
  defaultSeverity: "warning",
  defaultOptions: { daysBefore: 14, daysAfter: 30 },
  optionsSchema: wholeNumberOptions({ daysBefore: 0, daysAfter: 0 }),
  check(context) {
    const date =
      typeof context.incident.date === "string"
        ? Date.parse(`${context.incident.date}T00:00:00Z`)
        : NaN;
    if (Number.isNaN(date)) return;
    const { daysBefore, daysAfter } = context.options;
    const entries = timelineOf(context);
    const dayOf = (ms: number): number => Math.floor((ms - date) / DAY);
    const place = entries.map((e) => {
      if (e.ms === undefined) return undefined;
      const days = dayOf(e.ms);
      return days < -daysBefore ? "before" : days > daysAfter ? "after" : "in";
    });
    const timed = entries.filter((e) => e.ms !== undefined);
    if (timed.length === 0) return;
    if (!place.includes("in")) {
      context.report({
        message: `No timeline entry is within ${daysBefore} days before or ${daysAfter} after the incident date ${String(context.incident.date)} (the timeline runs from ${timed[0]!.time} to ${timed.at(-1)!.time}); is the incident date right?`,
        at: "/timeline",
      });
      return;
    }
    // Entries that open the timeline before the window are its lead-up (the change that went
    // out weeks before), entries that close it after the window its follow-up (a disclosure, a
    // long recovery). An entry far away between entries near the date is the likely typo, and
    // so is one on the incident's day of another year ("2016-03-18" for "2015-03-18").
    const day = String(context.incident.date).slice(5, 10);
    const otherYear = (e: { time: string }): boolean =>
      e.time.slice(5, 10) === day &&
      e.time.slice(0, 4) !== String(context.incident.date).slice(0, 4);
    const first = place.findIndex((p) => p !== undefined && p !== "before");
    let last = place.length - 1;
    while (last >= 0 && (place[last] === undefined || place[last] === "after")) last--;
    entries.forEach((e, i) => {
      if (e.ms === undefined || place[i] === "in") return;
      if ((i < first || i > last) && !otherYear(e)) return;
      const days = dayOf(e.ms);
      context.report({
        message:
          `Timeline entry at ${e.time} is ${Math.abs(days)} days ${days < 0 ? "before" : "after"} ` +
          `the incident date ${String(context.incident.date)}, expected within ${daysBefore} days ` +
          `before and ${daysAfter} after; is its date a typo?`,
        at: `/timeline/${i}/time`,
      });
    });
  },
};
