/**
 * UTC offsets, in minutes, of the zone abbreviations post-mortems use. Abbreviations are
 * ambiguous in general (IST, CST); these are the readings usual in English-language incident
 * reports, and an unknown one is reported rather than guessed.
 */
const ABBREVIATIONS: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  UT: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  WEST: 60,
  MET: 60,
  CEST: 120,
  CEDT: 120,
  EET: 120,
  MEST: 120,
  SAST: 120,
  EEST: 180,
  EEDT: 180,
  MSK: 180,
  IST: 330,
  SGT: 480,
  HKT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  ACDT: 630,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  AST: -240,
  ADT: -180,
  NST: -210,
  NDT: -150,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

// Abbreviations that name several zones, with the reading taken and the others, for a warning.
const AMBIGUOUS: Record<string, string> = {
  IST: "India Standard Time (UTC+5:30), not Irish Standard Time (UTC+1) or Israel Standard Time (UTC+2)",
  CST: "US Central Standard Time (UTC-6), not China Standard Time (UTC+8) or Cuba Standard Time (UTC-5)",
  BST: "British Summer Time (UTC+1), not Bangladesh Standard Time (UTC+6)",
  AST: "Atlantic Standard Time (UTC-4), not Arabia Standard Time (UTC+3)",
  GST: "Gulf Standard Time (UTC+4), not South Georgia Time (UTC-2)",
};

/** For an abbreviation that names several zones, which reading is taken and which are not. */
export function ambiguousZone(zone: string): string | undefined {
  return AMBIGUOUS[zone.trim().toUpperCase()];
}

// US writers name the zone without its season ("9:39 AM ET", "PT"): the offset follows the
// local rules of the day.
const SEASONLESS: Record<string, string> = {
  ET: "America/New_York",
  CT: "America/Chicago",
  MT: "America/Denver",
  PT: "America/Los_Angeles",
  AKT: "America/Anchorage",
};

/** A zone as written: an abbreviation, `UTC+2`, `UTC-07:00`, or an IANA name. */
export const ZONE_PATTERN =
  /\b(?:UTC|GMT)[+\-−]\d{1,2}(?::?\d{2})?\b|\b[A-Z][A-Za-z]+(?:_[A-Z][a-z]+)*\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?\b|\b[A-Z]{2,5}\b/;

export function isKnownZone(zone: string): boolean {
  return zoneOffset(zone, Date.UTC(2020, 0, 1)) !== undefined;
}

/**
 * Offset of a zone at a moment (named zones have daylight saving time), or undefined when the
 * zone is not known.
 */
export function zoneOffset(zone: string, at: number): number | undefined {
  const z = zone.trim();
  const upper = z.toUpperCase();
  if (upper in ABBREVIATIONS) return ABBREVIATIONS[upper];
  if (z in SEASONLESS) return zoneOffset(SEASONLESS[z]!, at);
  const fixed = /^(?:UTC|GMT)\s?([+\-−])\s?(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (fixed) return (fixed[1] === "+" ? 1 : -1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (z.includes("/")) {
    try {
      const parts = formatter(z).formatToParts(new Date(at));
      const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "";
      if (name === "GMT") return 0;
      const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      if (m) return (m[1] === "+" ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3]));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it. */
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone a note declares: "All times in PST", "All times PDT (UTC-7).", "Timeline (in UTC)". */
export function declaredZone(text: string): string | undefined {
  const note =
    /\b(?:all\s+)?times?\s+(?:are\s+|were\s+|is\s+)?(?:(?:given\s+|shown\s+|listed\s+)?in\s+)?((?:UTC|GMT)[+\-−]\d{1,2}(?::?\d{2})?|[A-Z][A-Za-z]+(?:_[A-Z][a-z]+)*\/[A-Z][A-Za-z_]+|[A-Z]{2,5})\b/.exec(
      text,
    );
  if (note && isKnownZone(note[1]!)) return note[1]!;
  const paren =
    /\((?:in\s+|all\s+times\s+(?:in\s+)?)?([A-Z]{2,5}|[A-Z][a-z]+\/[A-Z][A-Za-z_]+)\)/.exec(text);
  if (paren && isKnownZone(paren[1]!)) return paren[1]!;
  return undefined;
}
