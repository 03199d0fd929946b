import type { TimelineEntry } from "../model/incident.js";

type Kind = NonNullable<TimelineEntry["kind"]>;

// Words that name the incident's own start or end ("OUTAGE BEGINS", "(**outage ends**)"): the
// entry is that event wherever it stands.
const NAMED: Array<[RegExp, Kind]> = [
  [
    /\b(?:outage|incident|impact|problem|issue|downtime|disruption)\s+(?:begins|began|starts|started)\b/i,
    "start",
  ],
  [/\b(?:outage|incident|impact|downtime|disruption)\s+mitigated\b/i, "mitigated"],
  [
    /\b(?:outage|incident|impact|downtime|disruption)\s+(?:ends|ended|is\s+over|resolved)\b/i,
    "resolved",
  ],
];

// Verbs that also fit other events ("detected the cause", "resolved the ticket"): each marks the
// first entry it fits after the key event before it, and only when no entry has that kind yet.
const VERBS: Array<[RegExp, Kind]> = [
  [
    /\b(?:alerts?|alarms?|monitoring|pagerduty|nagios|prometheus|alertmanager|borgmon)\b[^.]{1,40}\b(?:fired?|fires|triggered|went\s+off|goes\s+off|raised|paged)\b|\bpag(?:ed|es|ing)\b|\bpager\b|\b(?:detect(?:s|ed)|notic(?:es|ed)|spot(?:s|ted)|becomes?\s+aware|became\s+aware)\b|\b(?:is|was|were|are|first)\s+reported\b|\breports?\s+(?:it|the\s+(?:issue|problem|bug|outage)|of|that|about)\b/i,
    "detected",
  ],
  [
    /\bmitigat(?:ed|es|ion)\b|\brolled\s+back\b|\brollback\s+(?:is\s+)?(?:done|complete[ds]?|finished)\b/i,
    "mitigated",
  ],
  [
    /\bresolved\b|\ball\s+clear\b|\bfully\s+(?:recovered|restored)\b|\bback\s+to\s+normal\b|\bservices?\s+(?:is\s+|are\s+)?(?:restored|recovered)\b|\bfix(?:es|ed)\s+the\s+(?:issue|problem|bug|outage)\b|\bdeploys?\s+(?:a|the)\s+fix(?:ed)?\b|\bfix\s+(?:is\s+|was\s+)?deployed\b/i,
    "resolved",
  ],
];

/** The key event an entry's own words name, if any ("OUTAGE BEGINS", "incident resolved"). */
export function namedKind(event: string): Kind | undefined {
  for (const [re, kind] of NAMED) if (re.test(event)) return kind;
  return undefined;
}

/**
 * Marks the key events people write in words, as in the Google SRE book's timeline ("OUTAGE
 * BEGINS", "pager storm", "OUTAGE MITIGATED") or a mail's "the alert fired", so time to detect
 * and to resolve can be measured on timelines without a Kind column. Entries that have a kind
 * keep it.
 */
export function markKeyEvents(timeline: TimelineEntry[]): void {
  for (const entry of timeline) {
    const named = entry.kind ? undefined : namedKind(entry.event);
    if (named) entry.kind = named;
  }
  let after = timeline.findIndex((e) => e.kind === "start");
  for (const [re, kind] of VERBS) {
    const had = timeline.findIndex((e) => e.kind === kind);
    if (had >= 0) {
      after = Math.max(after, had);
      continue;
    }
    const at = timeline.findIndex((e, i) => i >= after && e.kind === undefined && re.test(e.event));
    if (at >= 0) {
      timeline[at]!.kind = kind;
      after = at;
    }
  }
}
