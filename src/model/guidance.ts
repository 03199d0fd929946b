/**
 * What each section of a post-mortem should say, written into scaffolds and into headings that
 * `lint --fix` adds. Each starts with "TODO:", which the no-placeholder rule reports until
 * the author replaces it.
 */
export const GUIDANCE = {
  summary: "TODO: What happened, in two or three sentences a newcomer understands.",
  impact: "TODO: Who and what was affected, for how long and how many (users, requests, services).",
  detection: "TODO: How and when the problem was noticed: an alert, a user report, by chance.",
  trigger: "TODO: The change or event that set the failure off.",
  rootCause: "TODO: Why it happened: the conditions in the system, not the people.",
  resolution: "TODO: What was done to mitigate and then resolve it.",
  notes: "TODO: Anything else worth keeping.",
  timelineEvent: "TODO: What happened at this time (times in UTC).",
  wentWell: "TODO: Something that went well.",
  wentBad: "TODO: Something that went badly.",
  lucky: "TODO: Where we got lucky.",
  actionItem: "TODO: A concrete improvement, with an owner and a ticket.",
} as const;

/** The names readers know the sections by, in the order a post-mortem presents them. */
export const SECTION_TITLES = {
  summary: "Summary",
  impact: "Impact",
  rootCause: "Root cause",
  trigger: "Trigger",
  resolution: "Resolution",
  detection: "Detection",
  actionItems: "Action items",
  lessons: "Lessons learned",
  wentWell: "What went well",
  wentBad: "What went badly",
  lucky: "Where we got lucky",
  timeline: "Timeline",
  notes: "Notes",
} as const;

export type SectionField = keyof typeof SECTION_TITLES;
