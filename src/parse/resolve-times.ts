import type { RawEntry } from "./extract-timeline.js";
import { formatDay, isValidDay, type Day } from "./time/dates.js";
import { zoneOffset } from "./time/zones.js";
import { offsetName, outOfSeason, readLocalTime, type Reading } from "./time/local-time.js";

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
  /** Wall times in a daylight-saving gap or overlap: read as one of their readings, on a guess. */
  guessed: Array<{ index: number; message: string }>;
  /** Abbreviations written out of their season ("PST" in July): read as written. */
  outOfSeason: Array<{ index: number; message: string }>;
}

interface Pending {
  index: number;
  kind: "gap" | "overlap";
  readings: [Reading, Reading];
  wall: string;
  zone: string;
}

/**
 * Turns entries as written into UTC. The day comes from the entry, else from the date line or
 * heading above it, else from the incident date; a clock earlier than the one before it, under
 * the same date context, has rolled past midnight. The zone comes from the entry, the timeline
 * section, or the document; with none, times are read as UTC and the caller warns.
 */
const ROLLOVER_MINUTES = 3 * 60;

export function resolveTimes(
  entries: readonly RawEntry[],
  incidentDate: Day | undefined,
  documentZone: string | undefined,
): { entries: ResolvedEntry[]; problems: ResolveProblems } {
  const problems: ResolveProblems = {
    noZone: [],
    noDate: [],
    unknownTime: [],
    guessed: [],
    outOfSeason: [],
  };
  const pending: Pending[] = [];
  const seasonsSaid = new Set<string>();
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
    if (s.date?.year !== undefined) day = s.date;
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
    const local = Date.UTC(
      day.year,
      day.month - 1,
      day.day + (s.date ? 0 : rollover),
      s.clock.hour,
      s.clock.minute,
      s.clock.second ?? 0,
    );
    if (zone)
      resolved.time = iso(zoneToUtc(zone, local, out.length - 1, pending, seasonsSaid, problems));
    else {
      problems.noZone.push(e);
      resolved.time = iso(local);
    }
  }
  const undecided = new Set(pending.map((p) => p.index));
  for (const p of pending) {
    decide(p, out, undecided, problems);
    undecided.delete(p.index);
  }
  return { entries: out, problems };
}

const iso = (utc: number): string => new Date(utc).toISOString().replace(/\.000Z$/, "Z");
const clock = (utc: number): string => new Date(utc).toISOString().slice(11, 16);

/**
 * Picks the reading of a wall time in a gap or overlap that keeps the timeline in order (after
 * the entry before it, as decided, and before the next entry whose time is certain), and says
 * which it took and why. When both or neither keep
 * the order, it takes what calendars take: the earlier moment of a repeated hour, and for a
 * skipped one the offset from before the change.
 */
function decide(
  p: Pending,
  entries: ResolvedEntry[],
  undecided: ReadonlySet<number>,
  problems: ResolveProblems,
): void {
  const timeOf = (e: ResolvedEntry | undefined): number | undefined =>
    e?.time && e.time.length > 10 ? Date.parse(e.time) : undefined;
  let prev: number | undefined;
  for (let i = p.index - 1; i >= 0 && prev === undefined; i--) prev = timeOf(entries[i]);
  let next: number | undefined;
  for (let i = p.index + 1; i < entries.length && next === undefined; i++)
    if (!undecided.has(i)) next = timeOf(entries[i]);
  const inOrder = p.readings.filter(
    (r) => (prev === undefined || r.utc >= prev) && (next === undefined || r.utc <= next),
  );
  const strictly = inOrder.filter(
    (r) => (prev === undefined || r.utc > prev) && (next === undefined || r.utc < next),
  );
  const keeps = inOrder.length === 1 ? inOrder[0] : strictly.length === 1 ? strictly[0] : undefined;
  const chosen = keeps ?? p.readings[0];
  const why = keeps
    ? "the reading that keeps the timeline in order"
    : p.kind === "overlap"
      ? "the first of the two, as the timeline does not tell them apart"
      : "with the offset from before the change, as the timeline does not tell";
  entries[p.index]!.time = iso(chosen.utc);
  const [a, b] = p.readings;
  const both = `${clock(a.utc)} UTC at ${offsetName(a.offset)}, ${clock(b.utc)} UTC at ${offsetName(b.offset)}`;
  const what =
    p.kind === "overlap"
      ? `${p.wall} happens twice in ${p.zone} (${both})`
      : `${p.wall} does not exist in ${p.zone}: the clocks skipped it (${both})`;
  problems.guessed.push({
    index: p.index,
    message: `${what}; read as ${clock(chosen.utc)} UTC, ${why}`,
  });
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

/**
 * The UTC instant of a wall-clock time in a zone. A time the clocks skipped or repeated is
 * queued in `pending`, decided once the entries around it are known; a zone name used out of
 * its season (PST in July) is reported once per zone.
 */
function zoneToUtc(
  zone: string,
  local: number,
  index: number,
  pending: Pending[],
  seasonsSaid: Set<string>,
  problems: ResolveProblems,
): number {
  let utc: number;
  const read = readLocalTime(zone, local);
  if (!read) utc = local - (zoneOffset(zone, local) ?? 0) * 60_000;
  else if (read.kind === "exact") utc = read.reading.utc;
  else {
    // Decided below, once the entries around it are known.
    pending.push({
      index,
      kind: read.kind,
      readings: read.readings,
      wall: `${clock(local)} on ${iso(local).slice(0, 10)}`,
      zone,
    });
    utc = read.readings[0].utc;
  }
  const season = seasonsSaid.has(zone) ? undefined : outOfSeason(zone, utc);
  if (season) {
    // Once per zone: a timeline written in PST through July repeats the same slip.
    seasonsSaid.add(zone);
    problems.outOfSeason.push({
      index,
      message:
        `${zone} (${offsetName(zoneOffset(zone, utc) ?? 0)}) is written on ${iso(utc).slice(0, 10)}, ` +
        `when ${season.zone} was at ${offsetName(season.offset)}; read as written`,
    });
  }
  return utc;
}
