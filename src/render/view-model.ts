import { readStamp } from "../parse/time/stamp.js";
import { clockText } from "../parse/time/local-time.js";
import type { IncidentDraft as Incident, Person } from "../model/incident.js";
import { deriveFigures, formatMinutes } from "./derive.js";
import { formatPerson } from "./people.js";

export interface TimelineView {
  time: string | null;
  date: string | null;
  clock: string | null;
  /**
   * How a mail timeline line starts: `HH:MM`, with the date when the incident spans days, and
   * a colon when the event's first word could be read as part of the time (`01:00: pm test`).
   */
  stamp: string;
  event: string;
  actor: string | null;
  kind: string | null;
}

export interface DayView {
  date: string | null;
  /** The day's heading; a day the timeline comes back to after another is "(part 2)", so no two headings are the same (markdownlint MD024). */
  heading: string;
  entries: TimelineView[];
}

export interface ActionItemView {
  id: string | null;
  description: string;
  owner: string | null;
  priority: string | null;
  status: string | null;
  due: string | null;
  ticket: string | null;
  type: string | null;
}

/**
 * What a template sees: the validated incident with every optional field present (null or
 * empty), so templates run in Handlebars' strict mode without tripping on absent keys, plus
 * derived values.
 */
export interface ViewModel {
  incident: Incident;
  title: string;
  id: string | null;
  /** Null when the incident date is not known; templates say so. */
  date: string | null;
  status: string | null;
  severity: string | null;
  tags: string[];
  timezone: string | null;
  /** The source zone when it is worth a line: not UTC, which the timeline heading already says. */
  sourceTimezone: string | null;
  authors: string[];
  participants: string[];
  summary: string | null;
  impact: string | null;
  detection: string | null;
  trigger: string | null;
  rootCause: string | null;
  resolution: string | null;
  notes: string | null;
  timeline: TimelineView[];
  /** The timeline grouped by UTC day, in order. */
  days: DayView[];
  /** True when some entry is not on the incident date, so times need their dates. */
  multiDay: boolean;
  timelineHasActor: boolean;
  timelineHasKind: boolean;
  wentWell: string[];
  wentBad: string[];
  lucky: string[];
  lessons: string[];
  hasLessonsSection: boolean;
  actionItems: ActionItemView[];
  actionItemsHaveId: boolean;
  actionItemsHaveType: boolean;
  links: Array<{ url: string; title: string | null }>;
  figures: {
    duration: string | null;
    timeToDetect: string | null;
    timeToMitigate: string | null;
    timeToResolve: string | null;
  };
  hasFigures: boolean;
}

/**
 * Whether "STAMP EVENT" reads back as exactly that stamp and event. When the event's first
 * words could pass for part of the time ("07:22 pm ...", "07:22 CET ...", "07:22 - 08:00 ..."),
 * the line needs a colon after the stamp. Asking the reader itself keeps the two in step.
 */
function readsBackAs(stamp: string, event: string): boolean {
  const line = `${stamp} ${event}`;
  const read = readStamp(line);
  return read !== undefined && read.end === stamp.length + 1 && line.slice(read.end) === event;
}

export function buildViewModel(incident: Incident): ViewModel {
  const { timeline, days, multiDay } = timelineView(incident);
  const figures = deriveFigures(incident);
  const fmt = (n: number | undefined): string | null => (n === undefined ? null : formatMinutes(n));
  const items = (incident.actionItems ?? []).map((a): ActionItemView => ({
    id: a.id ?? null,
    description: a.description,
    owner: a.owner ?? null,
    priority: a.priority ?? null,
    status: a.status ?? null,
    due: a.due ?? null,
    ticket: a.ticket ?? null,
    type: a.type ?? null,
  }));
  const list = (v: string[] | undefined): string[] => v ?? [];
  const text = (v: string | undefined): string | null => (v && v.trim() !== "" ? v : null);
  const people = (v: Person[] | undefined): string[] => (v ?? []).map(formatPerson);
  const view: ViewModel = {
    incident,
    title: incident.title ?? "Untitled incident",
    id: incident.id ?? null,
    date: incident.date ?? null,
    status: incident.status ?? null,
    severity: incident.severity ?? null,
    tags: list(incident.tags),
    timezone: incident.timezone ?? null,
    sourceTimezone:
      incident.timezone && !/^(?:utc|gmt|z)$/i.test(incident.timezone) ? incident.timezone : null,
    authors: people(incident.authors),
    participants: people(incident.participants),
    summary: text(incident.summary),
    impact: text(incident.impact),
    detection: text(incident.detection),
    trigger: text(incident.trigger),
    rootCause: text(incident.rootCause),
    resolution: text(incident.resolution),
    notes: text(incident.notes),
    timeline,
    days,
    multiDay,
    timelineHasActor: timeline.some((t) => t.actor),
    timelineHasKind: timeline.some((t) => t.kind),
    wentWell: list(incident.wentWell),
    wentBad: list(incident.wentBad),
    lucky: list(incident.lucky),
    lessons: list(incident.lessons),
    hasLessonsSection: [incident.wentWell, incident.wentBad, incident.lucky, incident.lessons].some(
      (l) => (l ?? []).length > 0,
    ),
    actionItems: items,
    actionItemsHaveId: items.some((a) => a.id),
    actionItemsHaveType: items.some((a) => a.type),
    links: (incident.links ?? []).map((l) => ({ url: l.url, title: l.title ?? null })),
    figures: {
      duration: fmt(figures.duration),
      timeToDetect: fmt(figures.timeToDetect),
      timeToMitigate: fmt(figures.timeToMitigate),
      timeToResolve: fmt(figures.timeToResolve),
    },
    hasFigures: Object.keys(figures).length > 0,
  };
  return view;
}

/** Timeline entries with the stamp each shows, grouped by day under unique headings. */
function timelineView(incident: Incident): {
  timeline: TimelineView[];
  days: DayView[];
  multiDay: boolean;
} {
  const timeline: TimelineView[] = (incident.timeline ?? []).map((e) => {
    const time = e.time ?? null;
    const date = time ? time.slice(0, 10) : null;
    // Seconds are shown when the time has them, so a render keeps every second of the data.
    const clock = time && time.length > 10 ? clockText(time) : null;
    return {
      time,
      date,
      clock,
      stamp: "",
      event: e.event,
      actor: e.actor ?? null,
      kind: e.kind ?? null,
    };
  });
  // Dates are shown whenever a clock alone would be read on the wrong day.
  const multiDay = timeline.some((t) => t.date && t.date !== incident.date);
  for (const t of timeline) {
    t.stamp = t.clock ? (multiDay ? `${t.date} ${t.clock}` : t.clock) : (t.date ?? "--:--");
    if (!readsBackAs(t.stamp, t.event.trim())) t.stamp += ":";
  }
  const days: DayView[] = [];
  for (const entry of timeline) {
    const last = days[days.length - 1];
    if (last && (last.date === entry.date || entry.date === null)) last.entries.push(entry);
    else days.push({ date: entry.date, heading: "", entries: [entry] });
  }
  const seen = new Map<string, number>();
  for (const day of days) {
    const base = day.date ?? "Undated";
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    day.heading = n === 1 ? base : `${base} (part ${n})`;
  }
  return { timeline, days, multiDay };
}
