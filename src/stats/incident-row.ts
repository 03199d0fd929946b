import type { ActionItem, Person } from "../model/incident.js";
import { locate } from "../load/positions.js";
import {
  DURATION_NAMES,
  DURATIONS,
  MILESTONES,
  durationsOf,
  milestoneTimes,
  type DurationName,
} from "./durations.js";
import type { DataProblem, IncidentRow, StatsDocument } from "./report.js";

export const DEFAULT_EXCLUDE_TAGS = ["gameday", "maintenance"];
export const DEFAULT_NEAR_MISS_TAGS = ["near-miss", "nearmiss", "near miss"];
/** Office hours, in the report's zone: Monday to Friday, 09:00 to 17:59. */
const WORK_START = 9;
const WORK_END = 18;
const DAY_MS = 86_400_000;

/** A tag's value, without a `prefix:` (`type:gameday` is a gameday). */
const tagValue = (tag: string): string =>
  tag
    .slice(tag.indexOf(":") + 1)
    .trim()
    .toLowerCase();

/** A person's name without the address some documents give with it ("Ana <ana@example.org>"). */
export function personName(p: Person): string {
  const name = (typeof p === "string" ? p : p.name).trim();
  const open = name.endsWith(">") ? name.lastIndexOf("<") : -1;
  return (open > 0 ? name.slice(0, open) : name).trim();
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

export const isOpen = (a: Partial<ActionItem>): boolean =>
  a.status !== "done" && a.status !== "wontfix";

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export interface RowContext {
  asOf: string;
  tz: string;
  excludeTags: string[];
  nearMissTags: string[];
}

/** The facts of one incident that every figure is built from. */
export function incidentRow(doc: StatsDocument, ctx: RowContext): IncidentRow {
  const x = doc.incident;
  const tags = Array.isArray(x.tags)
    ? x.tags.filter((t): t is string => typeof t === "string")
    : [];
  const values = tags.map(tagValue);
  const excludedBy = ctx.excludeTags.find((t) => values.includes(t.toLowerCase()));
  const severity = str(x.severity);
  const nearMiss =
    ctx.nearMissTags.some((t) => values.includes(t.toLowerCase())) ||
    (severity !== null && ctx.nearMissTags.includes(severity.toLowerCase()));
  const items = Array.isArray(x.actionItems) ? (x.actionItems as Partial<ActionItem>[]) : [];
  const times = milestoneTimes(x);
  const found = durationsOf(times);
  const durations = Object.fromEntries(DURATION_NAMES.map((n) => [n, found[n] ?? null])) as Record<
    DurationName,
    number | null
  >;
  const startMs = times.at.start ?? firstTimed(x.timeline);
  return {
    file: doc.file,
    id: str(x.id),
    title: str(x.title),
    date: str(x.date),
    severity,
    status: str(x.status),
    tags,
    nearMiss,
    excluded: excludedBy ? `tagged ${excludedBy}` : null,
    participants: Array.isArray(x.participants) ? x.participants.length : 0,
    actionItems: items.length,
    openActionItems: items.filter(isOpen).length,
    overdueActionItems: items.filter(
      (a) => isOpen(a) && typeof a.due === "string" && a.due < ctx.asOf,
    ).length,
    durations,
    start: startMs === undefined ? null : clockIn(startMs, ctx.tz),
  };
}

function firstTimed(timeline: unknown): number | undefined {
  if (!Array.isArray(timeline)) return undefined;
  for (const e of timeline as Array<{ time?: string }>) {
    if (typeof e.time === "string" && e.time.includes("T")) {
      const ms = Date.parse(e.time);
      if (!Number.isNaN(ms)) return ms;
    }
  }
  return undefined;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const formatters = new Map<string, Intl.DateTimeFormat>();

/** ISO weekday and hour of an instant in a zone, and whether it is outside office hours. */
export function clockIn(
  ms: number,
  tz: string,
): { weekday: number; hour: number; outOfHours: boolean } {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      weekday: "short",
      hour: "numeric",
      hourCycle: "h23",
    });
    formatters.set(tz, f);
  }
  const parts = f.formatToParts(new Date(ms));
  const weekday = WEEKDAYS.indexOf(parts.find((p) => p.type === "weekday")!.value) + 1;
  const hour = Number(parts.find((p) => p.type === "hour")!.value) % 24;
  return { weekday, hour, outOfHours: weekday > 5 || hour < WORK_START || hour >= WORK_END };
}

/**
 * What keeps an incident's figures from being measured: milestones before the start (a negative
 * duration), milestones out of order, a timeline with dates but no times, no date at all.
 */
export function dataProblems(doc: StatsDocument): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (pointer: string, message: string): void => {
    const start = locate(doc.positions, pointer)?.value.start;
    problems.push({ file: doc.file, line: start?.line ?? 1, column: start?.column ?? 1, message });
  };
  if (typeof doc.incident.date !== "string")
    at("", "The incident has no date: it is left out of the counts by period");
  const times = milestoneTimes(doc.incident);
  if (times.dateOnly)
    at("/timeline", "The timeline gives dates but no times of day: no duration can be measured");
  for (const name of DURATION_NAMES) {
    const { from, to, label } = DURATIONS[name];
    const a = times.at[from];
    const b = times.at[to];
    if (a !== undefined && b !== undefined && b < a && from === "start")
      at(
        `/timeline/${times.index[to]}`,
        `The "${to}" entry is before the "start" entry: the ${label} would be negative`,
      );
  }
  const marked = MILESTONES.filter((m) => m !== "start" && times.at[m] !== undefined);
  for (let i = 1; i < marked.length; i++) {
    const before = marked[i - 1]!;
    const after = marked[i]!;
    if (times.at[after]! < times.at[before]!)
      at(
        `/timeline/${times.index[after]}`,
        `The "${after}" entry is before the "${before}" entry: milestones out of order`,
      );
  }
  return problems;
}
