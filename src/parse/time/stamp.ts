import { monthNumber, type Day } from "./dates.js";
import { isKnownZone } from "./zones.js";

/** A time stamp read from the start of a timeline entry, before any zone conversion. */
export interface Stamp {
  /** Full date, or month and day when the year is left out (`[12-05 16:21]`, `Nov 27`). */
  date?: Day | { year?: undefined; month: number; day: number };
  clock?: { hour: number; minute: number; second?: number };
  /** The zone written in the entry itself. */
  zone?: string;
  /** `[???]`: the author did not know when. */
  unknown?: boolean;
  /** Where the event text starts. */
  end: number;
  /** Where the stamp itself ends, before any closing bracket or separator. */
  stampEnd?: number;
}

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ZONE =
  "(?:\\(\\s*)?((?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[a-z]{2,}\\/[a-z][a-z_]+|[a-z]{1,5})(?:\\s*\\))?";
const CLOCK =
  "(\\d{1,2})(?::|h|\\.(?=\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)))(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:(\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|[ap])(?![a-z]))?";

// A stamp may be marked as approximate ("~18:30", "≈ 09:10"): the mark is not part of the time.
const OPEN = /^(?:\*\*|__|[[(`])?\s*(?:[~≈]\s*)?/;
// Military style, four digits and the zone letter or name: "0012Z", "1420 UTC". Without a zone
// four digits are as likely a year, so they are not read as a time.
const MILITARY = /^([01]\d|2[0-3])([0-5]\d)(?:\s*(?:UTC|GMT)\b|Z(?![a-z]))/i;
// The clock's (?![a-z]) only follows an am/pm suffix, which a Z never does; the zone letters
// below are written in lower case because every pattern here is case-insensitive.
const ISO = new RegExp(
  // eslint-disable-next-line regexp/no-contradiction-with-assertion -- see above
  `^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]|,\\s*|\\s+at\\s+)${CLOCK}(Z(?![a-z])|\\s?[+-]\\d{2}:?\\d{2})?(?:\\s*${ZONE})?`,
  "i",
);
const MONTH_DAY_CLOCK = new RegExp(`^(\\d{2})-(\\d{2})\\s+${CLOCK}(?:\\s*${ZONE})?`, "i");
const DAY_MON_YEAR_CLOCK = new RegExp(
  `^(\\d{1,2})[-\\s]${MONTH}[-\\s,]+(\\d{4})[\\s,]+(?:at\\s+)?${CLOCK}(?:\\s*${ZONE})?`,
  "i",
);
const MON_DAY_CLOCK = new RegExp(
  `^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?[\\s,]+(?:at\\s+)?${CLOCK}(?:\\s*${ZONE})?`,
  "i",
);
const CLOCK_FIRST = new RegExp(`^${CLOCK}(?:\\s*${ZONE})?`, "i");
const AFTER_CLOCK_DATE = new RegExp(
  `^(?:,\\s*|\\s+on\\s+|\\s+)(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?)`,
  "i",
);
const DATE_ONLY = new RegExp(
  `^(?:(\\d{4})-(\\d{2})-(\\d{2})|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))`,
  "i",
);
const UNKNOWN = /^(?:\?{2,}|(?:unknown|tbd)\b|--:--)/i;
const CLOSE = /^\s*(?:\*\*|__|[\])`])?/;
const RANGE = /^\s*(?:[-–—]|to|until)\s*/;
const SEPARATOR = /^\s*(?:\*\*|__)?\s*(?:[:|–—-](?!\d)|,)?\s*/;

const FIRST_CLOCK =
  /(\d{1,2})(?::|h)\d{2}(?::\d{2}(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.|[ap])(?![a-z])/i;

/**
 * "00:01 Am A" or "13:00 pm": a meridiem that cannot go with the hour is the start of the
 * event, not part of the time. Masking it (same length, so positions hold) lets the patterns
 * read the clock alone.
 */
function maskImpossibleMeridiem(text: string): string {
  const m = FIRST_CLOCK.exec(text.slice(0, 64));
  if (!m) return text;
  const hour = Number(m[1]);
  if (hour !== 0 && hour <= 12) return text;
  const at = m.index + m[0].length - m[2]!.length;
  return text.slice(0, at) + "\u0001".repeat(m[2]!.length) + text.slice(at + m[2]!.length);
}

function clockOf(
  h: string,
  m: string,
  sec: string | undefined,
  meridiem: string | undefined,
): { hour: number; minute: number; second?: number } | undefined {
  let hour = Number(h);
  const minute = Number(m);
  const second = sec === undefined ? 0 : Number(sec);
  const mer = meridiem?.trim().toLowerCase().replace(/\./g, "");
  if (mer && (hour > 12 || hour === 0)) return undefined;
  if (mer?.startsWith("p") && hour < 12) hour += 12;
  if (mer?.startsWith("a") && hour === 12) hour = 0;
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && minute + second > 0))
    return undefined;
  return second ? { hour: hour % 24, minute, second } : { hour: hour % 24, minute };
}

function zoneOf(z: string | undefined): string | undefined {
  if (!z) return undefined;
  // Abbreviations count only in capitals ("PST", not "pst" or the word "Est"), and a lone "Z"
  // only attached to an ISO time: "10:00 Z big" is more likely the start of the event.
  if (!z.includes("/") && (z !== z.toUpperCase() || z.length < 2)) return undefined;
  return isKnownZone(z) ? z : undefined;
}

/**
 * Reads the time stamp a timeline entry starts with, in every common shape: `05:00 text`,
 * `[08:47] text`, `2:54 PM PST: text`, `[12-05 16:21] text`, `**2022-09-05**: text`,
 * `2015-03-18 05:00 (UTC) text`, `27-Sept-2018 13h00 UTC - ...`, `18:30, Nov 27, 2025`,
 * `HH:MM - HH:MM text` ranges (the start counts), `[???] text`.
 */
export function readStamp(original: string): Stamp | undefined {
  const text = maskImpossibleMeridiem(original);
  let pos = OPEN.exec(text)![0].length;
  const rest = (): string => text.slice(pos);
  let head: Head | false = false;
  for (const read of HEAD_READERS) {
    head = read(rest());
    if (head !== false) break;
  }
  if (!head) return undefined;
  const stamp = head.stamp;
  pos += head.length;
  stamp.stampEnd = pos;
  pos += CLOSE.exec(rest())![0].length;
  // A range ("13:00 - 14:00", "27-Sept-2018 13h00 UTC - 28-Sept-2018 15h00 UTC"): skip its end.
  const range = RANGE.exec(rest());
  if (range) {
    const second = readStamp(rest().slice(range[0].length));
    if (second && (second.clock || second.date)) {
      pos += range[0].length + second.end;
      if (!stamp.zone && second.zone) stamp.zone = second.zone;
    }
  }
  pos += SEPARATOR.exec(rest())![0].length;
  stamp.end = pos;
  return stamp;
}

/**
 * The stamp at the start of a text and how much of it the stamp takes. `false`: this shape does
 * not start the text; `undefined`: it does, but is no time ("25:70"), so no other shape is tried.
 */
type Head = { stamp: Stamp; length: number } | undefined;

/** How much of a match a stamp takes: a trailing word read as a zone is not one when unknown. */
const taken = (
  m: RegExpExecArray,
  zoneText: string | undefined,
  zone: string | undefined,
): number => (zoneText && !zone ? m[0].length - zoneText.length : m[0].length);

const withZone = (zone: string | undefined): { zone?: string } => (zone ? { zone } : {});

const HEAD_READERS: Array<(text: string) => Head | false> = [
  (text) => {
    const m = MILITARY.exec(text);
    if (!m) return false;
    const clock = { hour: +m[1]!, minute: +m[2]! };
    return { stamp: { clock, zone: "UTC", end: 0 }, length: m[0].length };
  },
  (text) => {
    const m = ISO.exec(text);
    if (!m) return false;
    const clock = clockOf(m[4]!, m[5]!, m[6], m[7]);
    if (!clock) return undefined;
    const offset = m[8];
    const zone = offset
      ? offset.toUpperCase() === "Z"
        ? "UTC"
        : `UTC${offset.trim()}`
      : zoneOf(m[9]);
    const date = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    return {
      stamp: { date, clock, end: 0, ...withZone(zone) },
      length: taken(m, m[9], zoneOf(m[9])),
    };
  },
  (text) => {
    const m = DAY_MON_YEAR_CLOCK.exec(text);
    if (!m) return false;
    const clock = clockOf(m[4]!, m[5]!, m[6], m[7]);
    const month = monthNumber(m[2]!);
    if (!clock || !month) return undefined;
    const zone = zoneOf(m[8]);
    const date = { year: +m[3]!, month, day: +m[1]! };
    return { stamp: { date, clock, end: 0, ...withZone(zone) }, length: taken(m, m[8], zone) };
  },
  (text) => {
    const m = MON_DAY_CLOCK.exec(text);
    if (!m) return false;
    const clock = clockOf(m[4]!, m[5]!, m[6], m[7]);
    const month = monthNumber(m[1]!);
    if (!clock || !month) return undefined;
    const zone = zoneOf(m[8]);
    const date = m[3] ? { year: +m[3], month, day: +m[2]! } : { month, day: +m[2]! };
    return { stamp: { date, clock, end: 0, ...withZone(zone) }, length: taken(m, m[8], zone) };
  },
  (text) => {
    const m = MONTH_DAY_CLOCK.exec(text);
    if (!m) return false;
    const clock = clockOf(m[3]!, m[4]!, m[5], m[6]);
    if (!clock || +m[1]! > 12 || +m[1]! < 1 || +m[2]! > 31) return undefined;
    const zone = zoneOf(m[7]);
    const date = { month: +m[1]!, day: +m[2]! };
    return { stamp: { date, clock, end: 0, ...withZone(zone) }, length: taken(m, m[7], zone) };
  },
  clockFirst,
  (text) => {
    const m = DATE_ONLY.exec(text);
    if (!m) return false;
    let stamp: Stamp;
    if (m[1]) stamp = { date: { year: +m[1], month: +m[2]!, day: +m[3]! }, end: 0 };
    else {
      const month = monthNumber(m[4]!);
      if (!month) return undefined;
      stamp = { date: { year: +m[6]!, month, day: +m[5]! }, end: 0 };
    }
    // A date alone must be followed by a separator or the end, not by more of a sentence.
    if (!/^\s*(?:(?:\*\*|__|\])\s*)?(?:[:|–—-]|$)/.test(text.slice(m[0].length))) return undefined;
    return { stamp, length: m[0].length };
  },
  (text) => {
    const m = UNKNOWN.exec(text);
    return m ? { stamp: { unknown: true, end: 0 }, length: m[0].length } : false;
  },
];

/** A time first, maybe followed by its date: "14:05 UTC, Nov 20", "9:00 on 2018-11-20", "10:05 6th Nov 2023". */
function clockFirst(text: string): Head | false {
  const m = CLOCK_FIRST.exec(text);
  if (!m) return false;
  const clock = clockOf(m[1]!, m[2]!, m[3], m[4]);
  if (!clock) return undefined;
  const zone = zoneOf(m[5]);
  let length = taken(m, m[5], zone);
  const stamp: Stamp = { clock, end: 0, ...withZone(zone) };
  const after = AFTER_CLOCK_DATE.exec(text.slice(length));
  if (after) {
    if (after[4]) stamp.date = { year: +after[4], month: +after[5]!, day: +after[6]! };
    else {
      // "Nov 6, 2023" or "6th Nov 2023".
      const [monthName, day, year] = after[1] ? after.slice(1, 4) : [after[8], after[7], after[9]];
      const month = monthNumber(monthName!);
      if (month) stamp.date = year ? { year: +year, month, day: +day! } : { month, day: +day! };
    }
    if (stamp.date) length += after[0].length;
  }
  return { stamp, length };
}

/** The patterns built from parts above, for the test that checks every pattern for backtracking. */
export const STAMP_PATTERNS: readonly RegExp[] = [
  ISO,
  MONTH_DAY_CLOCK,
  DAY_MON_YEAR_CLOCK,
  MON_DAY_CLOCK,
  CLOCK_FIRST,
  AFTER_CLOCK_DATE,
  DATE_ONLY,
];
