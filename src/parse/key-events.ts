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
// first entry it fits from the start on, and only when no entry has that kind yet.
const VERBS: Array<[RegExp, Kind]> = [
  // The first failure the timeline tells of: a service that stops, goes down, fails.
  [
    /\b(?:stopped\s+(?:working|routing|responding|serving|processing)|(?:went|goes|go|is|was)\s+down|became\s+unavailable|(?:is|was|were|became)\s+unreachable|disappeared\s+from|outage|crash(?:ed|es|ing)?|(?:start(?:s|ed)?|begins?|began)\s+(?:to\s+)?fail(?:ing)?|failing|(?:began|begins|started)\s+degrading|exploited|expire[sd]?|fail(?:s|ed)\s+(?:to|on|with))\b/i,
    "start",
  ],
  [
    /\b(?:alerts?|alarms?|monitoring|pagerduty|nagios|prometheus|alertmanager|borgmon)\b[^.]{1,40}\b(?:fired?|fires|triggered|went\s+off|goes\s+off|raised|paged)\b|\b(?:getting|got|received?|receives)\s+(?:an?\s+)?(?:alerts?|pages?|word|reports?)\b|\bpag(?:ed|es|ing)\b|\bpager\b|\bping(?:s|ed)?\b|\bflag(?:s|ged)\s+(?:an?\s+|the\s+)?(?:issue|problem)|^investigating\b|\b(?:detect(?:s|ed)|notic(?:es|ed)|spot(?:s|ted)|becomes?\s+aware|became\s+aware)\b|(?<!\b(?:incident|post-?mortem|final|status|the)\s)\breport(?:s|ed)?\b/i,
    "detected",
  ],
  [
    /\bmitigat(?:ed|es|ion)\b|\brolled\s+back\b|\brollback\s+(?:is\s+)?(?:done|complete[ds]?|finished)\b|\b(?:was|were|is|are)\s+taken\s+down\b|\bworkaround\b|\bcorrect(?:s|ed)\s+(?:it|the)\b|\brevert(?:s|ed)?\b/i,
    "mitigated",
  ],
  [
    /\bresolved\b|\ball\s+clear\b|\brestored\b|\brecovered\b|\bback\s+(?:to\s+normal|online|up)\b|\breturned\s+to\s+normal\b|\bfix(?:es|ed)\s+the\s+(?:issue|problem|bug|outage)\b|\b(?:be|been|is|was|forward)\s+fixed\b|\bdeploys?\s+(?:a|the)\s+fix(?:ed)?\b|\bfix\s+(?:is\s+|was\s+)?deployed\b|\breleased\s+\[?v?\d|\bfixed\b|\bpatch(?:es)?\s+(?:was\s+|were\s+)?(?:released|sent|published|deployed)\b|\bpublicly\s+disclosed\b/i,
    "resolved",
  ],
];

const WEEK = 7 * 86_400_000;

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
  // Detection and recovery come after the start: searched from it, not from each other, so
  // one event read late does not hide the others. A start read from words comes before the
  // first entry that tells of detection, or it is not the start.
  const [startWords, ...rest] = VERBS;
  const detection = rest[0]![0];
  const firstNotice = timeline.findIndex((e) => e.kind === undefined && detection.test(e.event));
  let after = timeline.findIndex((e) => e.kind === "start");
  if (after < 0) {
    after = timeline.findIndex(
      (e, i) =>
        (firstNotice < 0 || i < firstNotice) &&
        e.kind === undefined &&
        startWords![0].test(e.event),
    );
    // Told in no words, the start is the event the timeline opens with, when the first notice
    // follows it within a week: the deploy, the change, the lost drive that set it off. A lead-up
    // from further back is not the start.
    if (after < 0 && firstNotice > 0 && timeline[0]!.kind === undefined) {
      const opens = Date.parse(timeline[0]!.time ?? "");
      const notice = Date.parse(timeline[firstNotice]!.time ?? "");
      if (notice - opens >= 0 && notice - opens <= WEEK) after = 0;
    }
    if (after >= 0) timeline[after]!.kind = "start";
  }
  after = Math.max(after, 0);
  for (const [re, kind] of rest) {
    if (timeline.some((e) => e.kind === kind)) continue;
    const at = timeline.findIndex((e, i) => i >= after && e.kind === undefined && re.test(e.event));
    if (at >= 0) timeline[at]!.kind = kind;
  }
}
