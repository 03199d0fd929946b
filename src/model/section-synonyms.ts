/**
 * The one table of how post-mortems name their sections, as data. The parser maps a heading or
 * label to a field by meaning: the label is normalised (case, emoji, punctuation, "(in UTC)"
 * and similar asides dropped), then matched whole or by its leading words.
 */
export type SectionKey =
  | "summary"
  | "impact"
  | "detection"
  | "trigger"
  | "rootCause"
  | "resolution"
  | "timeline"
  | "wentWell"
  | "wentBad"
  | "lucky"
  | "lessons"
  | "actionItems"
  | "links"
  | "notes"
  | "participants"
  | "authors"
  | "date"
  | "status"
  | "severity"
  // Describes the incident; read as the root cause only when no other section gives one.
  | "whatHappened"
  // Sections kept for the record but never mined for facts (chat logs, raw data).
  | "appendix";

export const SECTION_SYNONYMS: Readonly<Record<SectionKey, readonly string[]>> = {
  summary: [
    "summary",
    "overview",
    "executive summary",
    "tl dr",
    "tldr",
    "incident summary",
    "abstract",
    "introduction",
    "description",
    "incident description",
    "background",
  ],
  impact: [
    "impact",
    "user impact",
    "customer impact",
    "impact assessment",
    "business impact",
    "affected services",
    "affected users",
    "scope of impact",
    "who was affected",
    "consequences",
  ],
  detection: [
    "detection",
    "how was it detected",
    "how it was detected",
    "how we found out",
    "discovery",
    "how was the incident detected",
  ],
  trigger: [
    "trigger",
    "triggers",
    "leadup",
    "lead up",
    "what triggered it",
    "triggering event",
    "event that triggered",
  ],
  rootCause: [
    "root cause",
    "root causes",
    "underlying cause",
    "underlying causes",
    "blameless root cause",
    "cause",
    "causes",
    "root cause analysis",
    "rca",
    "how this happened",
    "why it happened",
    "why did it happen",
    "reason",
    "contributing factors",
    "technical details",
  ],
  resolution: [
    "resolution",
    "resolution and recovery",
    "recovery",
    "response",
    "remediation",
    "mitigation",
    "fix",
    "the fix",
    "how was it fixed",
    "how it was fixed",
    "how we fixed it",
    "resolution steps",
    "workaround",
  ],
  timeline: [
    "timeline",
    "detailed timeline",
    "timeline of events",
    "event timeline",
    "incident timeline",
    "chronology",
    "sequence of events",
    "time line",
  ],
  wentWell: [
    "what went well",
    "things that went well",
    "went well",
    "what worked",
    "what worked well",
    "what went right",
    "the good",
  ],
  wentBad: [
    "what went wrong",
    "what went bad",
    "what went badly",
    "what went poorly",
    "things that went poorly",
    "things that went wrong",
    "what didn t go well",
    "what did not go well",
    "what could have gone better",
    "what could be improved",
    "went wrong",
    "went poorly",
    "why was the outage so long",
    "why did it take so long",
    "the bad",
    "problems encountered",
  ],
  lucky: [
    "where we got lucky",
    "when we were lucky",
    "where did we get lucky",
    "what we got lucky",
    "where we were lucky",
    "we got lucky",
    "got lucky",
    "lucky",
    "the lucky",
  ],
  lessons: [
    "lessons learned",
    "lessons learnt",
    "lessons",
    "learnings",
    "takeaways",
    "key takeaways",
    "what we learned",
  ],
  actionItems: [
    "action items",
    "action item",
    "actions",
    "potential improvement to make",
    "potential improvements to make",
    "potential improvements",
    "improvements",
    "improvements to make",
    "follow ups",
    "follow up",
    "followups",
    "followup",
    "follow up tasks",
    "follow up items",
    "follow up actions",
    "system wide followup",
    "next steps",
    "corrective actions",
    "corrective and preventative measures",
    "preventative measures",
    "preventive measures",
    "prevention",
    "remediation items",
    "remediations",
    "how are we going to fix it",
    "what we are changing",
    "what we re changing",
    "future work",
    "action plan",
    "todo",
    "to do",
  ],
  links: ["links", "related links", "references", "see also", "related tickets", "related issues"],
  notes: [
    "notes",
    "additional notes",
    "other notes",
    "additional information",
    "supporting information",
    "five whys",
    "five why s",
    "5 whys",
    "questions",
    "open questions",
  ],
  participants: [
    "participating people",
    "participants",
    "people involved",
    "people",
    "responders",
    "who was involved",
    "incident responders",
    "attendees",
    "present",
  ],
  authors: [
    "author",
    "authors",
    "author s",
    "created by",
    "written by",
    "report by",
    "reported by",
    "owner",
  ],
  date: ["date", "incident date", "incident dates", "incident date s", "date of incident", "dates"],
  status: ["status", "document status"],
  severity: ["severity", "sev", "priority level", "incident severity"],
  whatHappened: ["what happened", "what happened exactly", "incident", "the incident", "details"],
  appendix: ["appendix", "appendices", "chat log", "chat logs", "raw logs", "logs", "transcript"],
};

/** Lower-case words only: emoji, punctuation, markup and parenthesised asides dropped. */
export function normaliseLabel(label: string): string {
  return label
    .replace(/\([^()]*\)|\[edit\]/g, " ")
    .replace(/[*_`~]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(?:\d+ )+/, "")
    .replace(/^the /, "")
    .trim();
}

const LOOKUP = new Map<string, SectionKey>();
for (const [key, names] of Object.entries(SECTION_SYNONYMS) as Array<
  [SectionKey, readonly string[]]
>)
  for (const n of names) if (!LOOKUP.has(n)) LOOKUP.set(n, key);

/**
 * The section a label names, or undefined. Whole-label matches win; otherwise the longest
 * synonym the label starts with (so "Timeline of the outage" is a timeline), and misspelt
 * appendices ("Apendix", "Appendinx") are still recognised.
 */
export function sectionKey(
  label: string,
  options: { loose?: boolean } = {},
): SectionKey | undefined {
  const n = normaliseLabel(label);
  if (!n) return undefined;
  const exact = exactKey(n);
  if (exact || !options.loose) return exact;
  return cueKey(n);
}

/** The section a label names as a whole ("Root causes", "1. Summary"), not by its first words. */
export function wholeSectionKey(label: string): SectionKey | undefined {
  const n = normaliseLabel(label);
  return n ? (LOOKUP.get(n) ?? LOOKUP.get(n.replace(/s$/, ""))) : undefined;
}

function exactKey(n: string): SectionKey | undefined {
  const whole = LOOKUP.get(n) ?? LOOKUP.get(n.replace(/s$/, ""));
  if (whole) return whole;
  const words = n.split(" ");
  for (let k = Math.min(words.length - 1, 6); k >= 1; k--) {
    const hit = LOOKUP.get(words.slice(0, k).join(" "));
    // Single generic words ("people", "incident", "cause") only count as whole labels.
    if (hit && (k > 1 || SINGLE_WORD_PREFIX.has(words[0]!))) return hit;
  }
  if (/^a?p{1,2}e?n{1,2}d[iy]/.test(words[0]!) || /^apend/.test(words[0]!)) return "appendix";
  return undefined;
}

const SINGLE_WORD_PREFIX = new Set([
  "summary",
  "impact",
  "timeline",
  "detection",
  "resolution",
  "recovery",
  "lessons",
  "appendix",
  "prevention",
  "remediation",
  "trigger",
  "leadup",
  "mitigation",
  "followup",
  "improvements",
]);

/**
 * Words that give a heading's meaning when no synonym matches it whole or as its first words:
 * "What Didn't Go So Well?", "Severity & Impact", "Issues / Lessons Learned", "What we're doing
 * about it". Tried in order, so the more specific reading wins ("Mitigation Measures" is a list of
 * measures to take, not how the incident was mitigated). Only used for text that is a heading by
 * its form; a bare line of prose must match a synonym to become a label.
 */
const CUES: ReadonlyArray<readonly [SectionKey, RegExp]> = [
  ["appendix", /^(?:appendix|appendices|chat logs?|raw logs?|transcript)\b/],
  ["lucky", /\b(?:lucky|luck)\b/],
  [
    "wentBad",
    /\b(?:(?:went|go|going|gone) (?:so )?(?:wrong|bad|badly|poorly)|(?:didn t|did not|didn t go|did not go|don t|not) (?:go )?(?:so |as |very )?well|could (?:have )?(?:gone|been|go|be) (?:done )?better|could be improved|to improve|challenges|pain points|what hurt)\b/,
  ],
  [
    "wentWell",
    /\b(?:(?:went|go|going|gone|worked) (?:so |very |really )?(?:well|right|smoothly)|what worked|(?:good|positive) things)\b/,
  ],
  ["lessons", /\b(?:lessons?|learn(?:ed|t|ings?)?|takeaways?)\b/],
  ["timeline", /\b(?:timeline|chronology|time line|sequence of events|events)\b/],
  [
    "actionItems",
    /\b(?:action (?:items?|points?|plan)|actions|follow ?ups?|next steps|improvements?|measures|preventi(?:on|ve)|preventative|doing about it|are we doing|will we do|we are doing|we re doing|we will do|going forward|changes we|changing|future|todo|to do|remediations?(?: items)?|avoid (?:it|this) in the future|recurrence)\b/,
  ],
  ["rootCause", /\b(?:root|causes?|caused|why|contributing)\b/],
  ["impact", /\b(?:impact(?:ed)?|consequences?|affected|effects?|damage|scope)\b/],
  ["detection", /\b(?:detect(?:ed|ion)?|discover(?:ed|y)?|noticed|found out|alert(?:ed|ing)?)\b/],
  [
    "resolution",
    /\b(?:resol(?:ution|ved?)|recover(?:y|ed)?|respon(?:d|se|ded)|fix(?:ed)?|mitigat(?:ion|ed|e)|restor(?:e|ed|ation)|workaround|remediat(?:ion|ed))\b/,
  ],
  ["trigger", /\b(?:trigger(?:ed|s)?|lead ?up)\b/],
  ["summary", /\b(?:summary|overview|tl ?dr|synopsis|abstract)\b/],
  ["participants", /\b(?:participants|responders|people involved)\b/],
];

function cueKey(n: string): SectionKey | undefined {
  // A sentence is not a heading, whatever words it holds.
  if (n.split(" ").length > 8) return undefined;
  for (const [key, re] of CUES) if (re.test(n)) return key;
  return undefined;
}
