/** A calendar day; month 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ORD = "(?:st|nd|rd|th)?";

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? MONTHS[name.toLowerCase().slice(0, 3)];
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
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+)?(\\d{4})\\b`, "i"), get: (m) => day(m[3]!, m[1]!, m[2]!) },
  // January 23rd, 2019 / Nov 27, 2025 / February 5th 2019
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, "i"), get: (m) => day(m[3]!, m[1]!, m[2]!) },
  // 20 november 2018 / 5th of February, 2019 / 27-Sept-2018 / 20 Nov. 2018
  { re: new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+(\\d{4})\\b`, "i"), get: (m) => day(m[3]!, m[2]!, m[1]!) },
  // 2018/11/20
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, get: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
];

function day(year: string, month: string, d: string): Day | undefined {
  const mo = monthNumber(month);
  return mo ? { year: +year, month: mo, day: +d } : undefined;
}

/** The first full date written in a text, in any of the common shapes, with where it starts. */
export function findDate(text: string): (Day & { index: number; length: number }) | undefined {
  let best: (Day & { index: number; length: number }) | undefined;
  // Bounded work: only the first few KB of a text can name its date.
  const head = text.slice(0, 4096);
  for (const p of PATTERNS) {
    const m = p.re.exec(head);
    if (!m) continue;
    const d = p.get(m);
    if (d && isValidDay(d) && (!best || m.index < best.index)) best = { ...d, index: m.index, length: m[0].length };
  }
  return best;
}

/** The date patterns, for the test that checks every pattern for backtracking. */
export const DATE_PATTERNS: readonly RegExp[] = PATTERNS.map((p) => p.re);
