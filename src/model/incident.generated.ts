// Generated from schemas/postmortem.schema.json by scripts/generate.mjs. Do not edit.

/**
 * URI of this schema, so editors can complete and check the file.
 */
export type Schema = string;
/**
 * Stable identifier of the incident, for links and action-item ids.
 */
export type Identifier = string;
/**
 * One line naming the incident.
 */
export type Title = string;
/**
 * The day the incident started, in UTC, as YYYY-MM-DD.
 */
export type IncidentDate = string;
/**
 * Where the document is in its life: `draft` while being written, `review` when circulated, `final` when published.
 */
export type Status = "draft" | "review" | "final";
/**
 * Severity on the team's own scale.
 */
export type Severity = string;
/**
 * Free-form labels (service, component, cause class).
 */
export type Tags = string[];
/**
 * The zone the source wrote its times in (an abbreviation or an IANA name). Stored times are UTC regardless.
 */
export type SourceTimeZone = string;
/**
 * A name or handle, or an object with details.
 */
export type Person =
  | string
  | {
      name: Name;
      handle?: Handle;
      email?: EMail;
      role?: Role;
    };
/**
 * Full name or handle.
 */
export type Name = string;
/**
 * Chat or forge handle.
 */
export type Handle = string;
/**
 * E-mail address.
 */
export type EMail = string;
/**
 * Role in the incident (incident commander, scribe, ...).
 */
export type Role = string;
/**
 * Who wrote the post-mortem.
 */
export type Authors = Person[];
/**
 * Who took part in handling the incident.
 */
export type Participants = Person[];
/**
 * What happened, in a few sentences (Markdown).
 */
export type Summary = string;
/**
 * Who and what was affected, for how long and how many (Markdown).
 */
export type Impact = string;
/**
 * How the problem was noticed (Markdown).
 */
export type Detection = string;
/**
 * The event that set the failure off (Markdown).
 */
export type Trigger = string;
/**
 * Why it happened (Markdown).
 */
export type RootCause = string;
/**
 * What was done to end the incident (Markdown, often a list).
 */
export type Resolution = string;
/**
 * Anything else: text that fits no other field is kept here (Markdown).
 */
export type Notes = string;
/**
 * When, in UTC: an RFC 3339 date-time ending in Z, or a date alone when the source gives only the day. Left out only when the source gives no time at all.
 */
export type Time = string;
/**
 * What happened (Markdown inline text).
 */
export type Event = string;
/**
 * Who did it.
 */
export type Actor = string;
/**
 * Key events: when the problem started, was detected, escalated, mitigated and resolved.
 */
export type Kind = "start" | "detected" | "escalated" | "mitigated" | "resolved" | "other";
/**
 * What happened when, in UTC.
 */
export type Timeline = TimelineEntry[];
/**
 * Things that helped.
 */
export type WhatWentWell = string[];
/**
 * Things that hurt or slowed the response.
 */
export type WhatWentBadly = string[];
/**
 * Things that limited the damage by chance rather than design.
 */
export type WhereWeGotLucky = string[];
/**
 * Broader lessons for the team.
 */
export type LessonsLearned = string[];
/**
 * Stable identifier of the item.
 */
export type Identifier1 = string;
/**
 * What to do, with the outcome expected.
 */
export type Description = string;
/**
 * Who is responsible.
 */
export type Owner = string;
/**
 * Priority on the team's scale (P1, high, ...).
 */
export type Priority = string;
/**
 * Progress of the item.
 */
export type Status1 = "open" | "in-progress" | "done" | "wontfix";
/**
 * When it should be done, as YYYY-MM-DD.
 */
export type DueDate = string;
/**
 * A URL or a tracker key such as INFRA-123.
 */
export type Ticket = string;
/**
 * What the item does against the next incident.
 */
export type Type = "prevent" | "detect" | "mitigate" | "process" | "other";
/**
 * Improvements to make, each with an owner and ideally a ticket.
 */
export type ActionItems = ActionItem[];
/**
 * Where it is.
 */
export type URL = string;
/**
 * What it is.
 */
export type Title1 = string;
/**
 * Related documents: tickets, dashboards, chat logs, the original mail.
 */
export type Links = Link[];

/**
 * One incident post-mortem: what broke, who took part, the impact, the root cause, a UTC timeline, what went well and badly, and the improvements to make. Every time is stored in UTC; `timezone` records the zone the source wrote times in.
 */
export interface IncidentPostMortem {
  $schema?: Schema;
  id?: Identifier;
  title: Title;
  date: IncidentDate;
  status?: Status;
  severity?: Severity;
  tags?: Tags;
  timezone?: SourceTimeZone;
  authors?: Authors;
  participants?: Participants;
  summary?: Summary;
  impact?: Impact;
  detection?: Detection;
  trigger?: Trigger;
  rootCause?: RootCause;
  resolution?: Resolution;
  notes?: Notes;
  timeline?: Timeline;
  wentWell?: WhatWentWell;
  wentBad?: WhatWentBadly;
  lucky?: WhereWeGotLucky;
  lessons?: LessonsLearned;
  actionItems?: ActionItems;
  links?: Links;
  /**
   * Extension data: any key starting with `x-` is kept and ignored by the toolkit.
   *
   * This interface was referenced by `IncidentPostMortem`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
export interface TimelineEntry {
  time?: Time;
  event: Event;
  actor?: Actor;
  kind?: Kind;
}
export interface ActionItem {
  id?: Identifier1;
  description: Description;
  owner?: Owner;
  priority?: Priority;
  status?: Status1;
  due?: DueDate;
  ticket?: Ticket;
  type?: Type;
}
export interface Link {
  url: URL;
  title?: Title1;
}
