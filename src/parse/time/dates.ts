/** A calendar day; month 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
// The same names, where the month is only recognised, not read.
const MONTH_NAME = MONTH.replace("(", "(?:");
const ORD = "(?:st|nd|rd|th)?";

export function monthNumber(name: string): number | undefined {
  return (
    MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ??
    MONTHS[name.toLowerCase().slice(0, 3)]
  );
}

export function isValidDay(d: Day): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1970 || d.year > 2100) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

export function formatDay(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

const PATTERNS: Array<{ re: RegExp; get: (m: RegExpExecArray) => Day | undefined }> = [
  // 2018-11-20
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, get: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // Tue Nov 20 14:39:07 UTC 2018 (date(1) and pipermail style)
  {
    re: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+)?(\\d{4})\\b`,
      "i",
    ),
    get: (m) => day(m[3]!, m[1]!, m[2]!),
  },
  // January 23rd, 2019 / Nov 27, 2025 / February 5th 2019
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, "i"),
    get: (m) => day(m[3]!, m[1]!, m[2]!),
  },
  // 20 november 2018 / 5th of February, 2019 / 27-Sept-2018 / 20 Nov. 2018
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+(\\d{4})\\b`, "i"),
    get: (m) => day(m[3]!, m[2]!, m[1]!),
  },
  // 2018/11/20
  {
    re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/,
    get: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  // 23-24 October 2014 / 23-24, October 2014: a span of days starts on its first
  {
    re: new RegExp(
      `\\b(\\d{1,2})${ORD}\\s*[-–]\\s*\\d{1,2}${ORD},?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`,
      "i",
    ),
    get: (m) => day(m[3]!, m[2]!, m[1]!),
  },
];

// 09/06/2018, 6-11-2023, 1/3/24, 20.11.2018: the order of day and month is the reader's call.
const NUMERIC = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
// Without a year: "October 16th", "19 May", "Sept 2nd".
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORD}\\b(?!:)`, "i");
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}\\b`, "i");

export interface DateOptions {
  /** How to read an all-number date: day first (most of the world) or month first (the US). */
  order?: "dmy" | "mdy";
  /** The year to give a date written without one (the year the document was published). */
  year?: number;
}

export type FoundDate = Day & { index: number; length: number; reading?: string };

function day(year: string, month: string, d: string): Day | undefined {
  const mo = monthNumber(month);
  return mo ? { year: +year, month: mo, day: +d } : undefined;
}

/**
 * The first full date written in a text, in any of the common shapes, with where it starts. An
 * all-number date is read in `options.order` (else day first with "-" and ".", month first with
 * "/"); when both readings are real days, `reading` says which was taken. With `options.year`,
 * a day and month alone ("October 16th") are dated in that year.
 */
export function findDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  let best: FoundDate | undefined;
  // Bounded work: only the first few KB of a text can name its date.
  const head = text.slice(0, 4096);
  const consider = (d: Day | undefined, m: RegExpExecArray, reading?: string): void => {
    if (d && isValidDay(d) && (!best || m.index < best.index))
      best = { ...d, index: m.index, length: m[0].length, ...(reading ? { reading } : {}) };
  };
  for (const p of PATTERNS) {
    const m = p.re.exec(head);
    if (m) consider(p.get(m), m);
  }
  const n = NUMERIC.exec(head);
  if (n) {
    const [a, b, y] = n[1] ? [+n[1], +n[3]!, n[4]!] : [+n[5]!, +n[6]!, n[7]!];
    const year = y.length === 2 ? 2000 + +y : +y;
    const order = options.order ?? (n[2] === "/" ? "mdy" : "dmy");
    const dmy = { year, month: b, day: a };
    const mdy = { year, month: a, day: b };
    const both = isValidDay(dmy) && isValidDay(mdy) && a !== b;
    const pick = both ? (order === "dmy" ? dmy : mdy) : isValidDay(dmy) ? dmy : mdy;
    consider(
      pick,
      n,
      both ? `read "${n[0]}" as ${order === "dmy" ? "day/month" : "month/day"}` : undefined,
    );
  }
  if (options.year !== undefined && !best) {
    const md = MONTH_DAY.exec(head);
    if (md) consider(day(String(options.year), md[1]!, md[2]!), md);
    const dm = DAY_MONTH.exec(head);
    if (dm) consider(day(String(options.year), dm[2]!, dm[1]!), dm);
  }
  return best;
}

/**
 * Which way a document writes all-number dates, from what else it says: a date written out
 * with the day first ("3rd June 2012") or a European zone means day/month; the month first
 * ("June 3rd, 2012") or a US zone means month/day. Undefined when nothing tells.
 */
export function numericDateOrder(text: string): { order: "dmy" | "mdy"; why: string } | undefined {
  const head = text.slice(0, 65536);
  const dayFirst = new RegExp(`\\b\\d{1,2}${ORD}(?:\\s+of)?\\s+${MONTH_NAME}\\b`, "i").exec(head);
  const monthFirst = new RegExp(`\\b${MONTH_NAME}\\.?\\s+\\d{1,2}${ORD}\\b(?!:)`, "i").exec(head);
  if (dayFirst && (!monthFirst || dayFirst.index < monthFirst.index))
    return { order: "dmy", why: `the text writes "${dayFirst[0]}"` };
  if (monthFirst) return { order: "mdy", why: `the text writes "${monthFirst[0]}"` };
  const us = /\b(?:ET|CT|MT|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/.exec(head);
  if (us) return { order: "mdy", why: `times are given in ${us[0]}` };
  const eu = /\b(?:BST|CET|CEST|WET|WEST|EET|EEST)\b/.exec(head);
  if (eu) return { order: "dmy", why: `times are given in ${eu[0]}` };
  return undefined;
}

/** The date patterns, for the test that checks every pattern for backtracking. */
export const DATE_PATTERNS: readonly RegExp[] = [
  ...PATTERNS.map((p) => p.re),
  NUMERIC,
  MONTH_DAY,
  DAY_MONTH,
];
