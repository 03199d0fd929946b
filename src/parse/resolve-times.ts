import type { RawEntry } from "./extract-timeline.js";
import { formatDay, isValidDay, type Day } from "./time/dates.js";
import { zoneOffset } from "./time/zones.js";

export interface ResolvedEntry {
  time?: string;
  event: string;
  actor?: string;
  kind?: string;
  raw: RawEntry;
}

export interface ResolveProblems {
  noZone: RawEntry[];
  noDate: RawEntry[];
  unknownTime: RawEntry[];
}

/**
 * Turns entries as written into UTC. The day comes from the entry, else from the date line or
 * heading above it, else from the incident date; a clock earlier than the one before it, under
 * the same date context, has rolled past midnight. The zone comes from the entry, the timeline
 * section, or the document; with none, times are read as UTC and the caller warns.
 */
const ROLLOVER_MINUTES = 3 * 60;

export function resolveTimes(entries: readonly RawEntry[], incidentDate: Day | undefined, documentZone: string | undefined): { entries: ResolvedEntry[]; problems: ResolveProblems } {
  const problems: ResolveProblems = { noZone: [], noDate: [], unknownTime: [] };
  const out: ResolvedEntry[] = [];
  let prevContext = -1;
  let prevMinutes = -1;
  let rollover = 0;
  for (const e of entries) {
    const resolved: ResolvedEntry = { event: e.event, raw: e };
    if (e.actor) resolved.actor = e.actor;
    if (e.kind) resolved.kind = e.kind;
    out.push(resolved);
    const s = e.stamp;
    if (!s || s.unknown) {
      if (s?.unknown) problems.unknownTime.push(e);
      const day = e.contextDate;
      if (day && !s) resolved.time = formatDay(day);
      continue;
    }
    let day: Day | undefined;
    if (s.date?.year !== undefined) day = s.date as Day;
    else if (s.date) day = nearestYear(s.date.month, s.date.day, e.contextDate ?? incidentDate);
    else day = e.contextDate ?? incidentDate;
    if (e.contextId !== prevContext || s.date) {
      rollover = 0;
      prevMinutes = -1;
    }
    prevContext = e.contextId;
    if (!s.clock) {
      if (day && isValidDay(day)) resolved.time = formatDay(day);
      else problems.noDate.push(e);
      continue;
    }
    const minutes = s.clock.hour * 60 + s.clock.minute;
    // A clock well before the one above it has rolled past midnight (23:50 then 00:10, or an
    // evening then the next morning); a step back of a few minutes is an entry out of order,
    // which lint reports rather than the parser hiding it as a new day.
    if (!s.date && prevMinutes >= 0 && prevMinutes - minutes > ROLLOVER_MINUTES) rollover++;
    prevMinutes = minutes;
    if (!day || !isValidDay(day)) {
      problems.noDate.push(e);
      continue;
    }
    const zone = s.zone ?? e.zone ?? documentZone;
    const local = Date.UTC(day.year, day.month - 1, day.day + (s.date ? 0 : rollover), s.clock.hour, s.clock.minute);
    let offset = 0;
    if (zone) {
      // Named zones: the offset at the local time, found from the UTC guess and corrected once.
      const guess = zoneOffset(zone, local) ?? 0;
      offset = zoneOffset(zone, local - guess * 60000) ?? guess;
    } else problems.noZone.push(e);
    resolved.time = new Date(local - offset * 60000).toISOString().replace(/\.000Z$/, "Z");
  }
  return { entries: out, problems };
}

/** Month and day without a year: the year that puts it nearest the reference day. */
function nearestYear(month: number, day: number, reference: Day | undefined): Day | undefined {
  if (!reference) return undefined;
  const ref = Date.UTC(reference.year, reference.month - 1, reference.day);
  let best: Day | undefined;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const d = Math.abs(Date.UTC(year, month - 1, day) - ref);
    if (d < bestDistance) {
      bestDistance = d;
      best = { year, month, day };
    }
  }
  return best;
}
