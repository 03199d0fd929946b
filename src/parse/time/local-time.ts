import { zoneOffset } from "./zones.js";

/**
 * Local wall-clock times and the moments they name. In a zone with daylight saving time, a
 * wall time can name no moment (the hour the clocks skip in spring) or two (the hour they repeat
 * in autumn); reading it as one moment is then a guess, and the reader says so.
 */

export interface Reading {
  /** The moment, in milliseconds since the epoch. */
  utc: number;
  /** The zone's offset from UTC, in minutes, that this reading takes. */
  offset: number;
}

export type LocalTime =
  | { kind: "exact"; reading: Reading }
  /** The wall time happens twice: readings in time order (the first under the earlier offset). */
  | { kind: "overlap"; readings: [Reading, Reading] }
  /** The wall time never happens: read with the offset before the change, and with the one after. */
  | { kind: "gap"; readings: [Reading, Reading] };

const DAY = 24 * 60 * 60 * 1000;

/**
 * The moments a wall time (given as milliseconds as if it were UTC) names in a zone, or undefined
 * for an unknown zone. Offsets a day either side bound the candidates: zones change their offset
 * at most twice a year, never twice within a day.
 */
export function readLocalTime(zone: string, local: number): LocalTime | undefined {
  const before = zoneOffset(zone, local - DAY);
  const after = zoneOffset(zone, local + DAY);
  if (before === undefined || after === undefined) return undefined;
  const candidates = before === after ? [before] : [before, after];
  const valid = candidates
    .map((offset) => ({ utc: local - offset * 60_000, offset }))
    .filter((r) => zoneOffset(zone, r.utc) === r.offset);
  if (valid.length === 1) return { kind: "exact", reading: valid[0]! };
  if (valid.length === 2) {
    const [a, b] = valid.sort((x, y) => x.utc - y.utc) as [Reading, Reading];
    return { kind: "overlap", readings: [a, b] };
  }
  if (before === after) {
    // A fixed offset that still did not verify cannot happen; read it as written.
    return { kind: "exact", reading: { utc: local - before * 60_000, offset: before } };
  }
  return {
    kind: "gap",
    readings: [
      { utc: local - before * 60_000, offset: before },
      { utc: local - after * 60_000, offset: after },
    ],
  };
}

// Abbreviations that name one season of a zone that has two, with the zone, so a summer name
// written in winter (or the reverse) can be noticed. Abbreviations used the year round
// somewhere (MST in Arizona, AEST in Queensland) are left out.
const SEASONAL: Record<string, string> = {
  PST: "America/Los_Angeles",
  PDT: "America/Los_Angeles",
  EST: "America/New_York",
  EDT: "America/New_York",
  CST: "America/Chicago",
  CDT: "America/Chicago",
  MDT: "America/Denver",
  AKST: "America/Anchorage",
  AKDT: "America/Anchorage",
  CET: "Europe/Paris",
  CEST: "Europe/Paris",
  EET: "Europe/Helsinki",
  EEST: "Europe/Helsinki",
  WEST: "Europe/Lisbon",
  BST: "Europe/London",
  AEDT: "Australia/Sydney",
  NZST: "Pacific/Auckland",
  NZDT: "Pacific/Auckland",
};

/**
 * When an abbreviation is written out of its season ("PST" in July), the offset its zone had at
 * that moment; undefined when it is in season or not a seasonal name.
 */
export function outOfSeason(
  abbreviation: string,
  utc: number,
): { zone: string; offset: number } | undefined {
  const zone = SEASONAL[abbreviation.toUpperCase()];
  if (!zone) return undefined;
  const written = zoneOffset(abbreviation, utc);
  const actual = zoneOffset(zone, utc);
  return written !== undefined && actual !== undefined && written !== actual
    ? { zone, offset: actual }
    : undefined;
}

/** `UTC-7`, `UTC+5:30`. */
export function offsetName(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `UTC${sign}${Math.floor(m / 60)}${m % 60 ? `:${String(m % 60).padStart(2, "0")}` : ""}`;
}

/** The clock of an ISO time as a timeline writes it: `14:05`, or `14:05:30` when it has seconds. */
export function clockText(iso: string): string {
  return /^\d\d:\d\d:(?!00)\d\d/.test(iso.slice(11)) ? iso.slice(11, 19) : iso.slice(11, 16);
}
