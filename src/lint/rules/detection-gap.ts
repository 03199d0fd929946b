import { type Rule, wholeNumberOptions } from "../rule.js";
import { timelineOf } from "../timeline.js";

export interface Options {
  /** Minutes from start to detection beyond which a post-mortem should say how to detect sooner. */
  minutes: number;
}

// An action item that would detect it sooner.
const DETECTS =
  /\b(?:alert\w*|monitor\w*|supervis\w*|nagios|prometheus|grafana|detect\w*|probe|health\s*check|page[sd]?|paging|notif\w*|dashboard|synthetic)\b/i;

const ALERTED = /\b(?:alert\w*|alarm\w*|probe\w*|pag(?:ed|es|ing))\b/i;

export const detectionGap: Rule<Options> = {
  id: "detection-gap",
  code: "PM022",
  description:
    "A problem found long after it started leads to an action item that would find it sooner.",
  defaultSeverity: "warning",
  defaultOptions: { minutes: 30 },
  optionsSchema: wholeNumberOptions({ minutes: 1 }),
  check(context) {
    const entries = timelineOf(context);
    const start = entries.find((e) => e.kind === "start" && e.ms !== undefined);
    const seen = entries.find((e) => e.kind === "detected" && e.ms !== undefined);
    if (!start || !seen) return;
    // An alert that marks the start ("ProbeDown fires. OUTAGE BEGINS") detected it then: what
    // came later was the escalation.
    const timeline = Array.isArray(context.incident.timeline) ? context.incident.timeline : [];
    if (ALERTED.test(String(timeline[entries.indexOf(start)]?.event ?? ""))) return;
    const minutes = Math.round((seen.ms! - start.ms!) / 60_000);
    if (minutes <= context.options.minutes) return;
    const items = Array.isArray(context.incident.actionItems) ? context.incident.actionItems : [];
    if (items.some((i) => i?.type === "detect" || DETECTS.test(String(i?.description ?? ""))))
      return;
    const took = minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`;
    context.report({
      message: `It was detected ${took} after it started (more than ${context.options.minutes} minutes), expected an action item that would detect it sooner (an alert, a probe, a check)`,
      at: `/timeline/${entries.indexOf(seen)}`,
    });
  },
};
