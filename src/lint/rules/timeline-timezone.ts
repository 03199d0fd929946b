import { declaredZone, zoneOffset } from "../../parse/time/zones.js";
import { readStamp } from "../../parse/time/stamp.js";
import { clockText } from "../../parse/time/local-time.js";
import { parseTextSync } from "../../parse/parse-document.js";
import { applyFixes } from "../apply-fixes.js";
import type { Fix, Rule, RuleContext } from "../rule.js";

const UTC = /^(?:UTC|GMT|Z|UT|Etc\/UTC)$/i;

const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `UTC${sign}${Math.floor(m / 60)}${m % 60 ? `:${String(m % 60).padStart(2, "0")}` : ""}`;
};

export const timelineTimezone: Rule = {
  id: "timeline-timezone",
  code: "PM003",
  description: "The timeline states its time zone, and that zone is UTC.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const timeline = Array.isArray(context.incident.timeline) ? context.incident.timeline : [];
    // Data keeps every time in UTC by its schema; only written documents can leave it unsaid.
    if (timeline.length === 0 || context.format === "data") return;
    // The zone the times are written in, not the source zone the metadata may name: our own
    // Markdown says "Source time zone: CEST" and writes its timeline in UTC.
    const writtenIn = context.reader.timelineZones;
    // A timeline of days ("2024-03-09: change merged") has no times for a zone to apply to.
    const clocked = timeline.some(
      (e) => typeof e?.time === "string" && e.time.length > "YYYY-MM-DD".length,
    );
    if (!clocked && !writtenIn?.length) return;
    const zone = writtenIn
      ? (writtenIn.find((z) => !UTC.test(z)) ?? writtenIn[0])
      : typeof context.incident.timezone === "string"
        ? context.incident.timezone
        : undefined;
    if (!zone) {
      context.report({
        message:
          'The timeline does not say which time zone its times are in, expected UTC (write "Timeline (in UTC)")',
        at: "/timeline",
      });
      return;
    }
    if (UTC.test(zone)) return;
    const first = timeline[0];
    const at = first?.time ? Date.parse(first.time) : NaN;
    const offset = Number.isNaN(at) ? undefined : zoneOffset(zone, at);
    const written = context.rangeOf("/timeline/0");
    const original = written
      ? context.source
          .slice(written.start.offset, written.end.offset)
          .replace(/^\s*(?:[-*+]\s+|\|\s*)?/, "")
          .split(/\s+/)
          .slice(0, 3)
          .join(" ")
      : "";
    const utc = first?.time?.slice(11, 16);
    const example =
      offset !== undefined && utc
        ? `: "${original}" is ${utc} UTC (${zone} is ${offsetText(offset)})`
        : "";
    context.report({
      message: `Timeline times are in ${zone}, expected UTC${example}`,
      at: "/timeline/0",
      fix: rewriteInUtc(context, zone),
    });
  },
};

const ENTRY_LEAD = /^[ \t]*(?:[-*+•][ \t]+|\|[ \t]*)?/;
const STAMP_OPEN = /^(?:\*\*|__|[[(`])?\s*/;
const times = (timeline: unknown): string =>
  JSON.stringify(
    Array.isArray(timeline) ? timeline.map((e: { time?: string }) => e.time ?? null) : [],
  );

/**
 * Rewrites every entry's time stamp in UTC and the zone note or heading to say UTC. Offered only
 * when no time was a guess and the rewritten document reads back with the very same times, so
 * nothing can be lost.
 */
function rewriteInUtc(
  context: RuleContext<Record<string, never>>,
  zone: string,
): Fix[] | undefined {
  // A time in a daylight-saving gap or overlap was read on a guess: rewriting it would write the
  // guess down as fact and lose the wall time the author wrote.
  if (context.reader.guessedTimes?.length) return undefined;
  const { source } = context;
  const timeline = context.incident.timeline as Array<{ time?: string }>;
  const fixes: Fix[] = [];
  const entryLines = new Set<number>();
  let ownZones = 0;
  for (let i = 0; i < timeline.length; i++) {
    const time = timeline[i]!.time;
    const range = context.rangeOf(`/timeline/${i}`);
    if (!range || !time || time.length <= 10) return undefined;
    const lineStart = source.lastIndexOf("\n", range.start.offset - 1) + 1;
    const lineEnd = source.indexOf("\n", lineStart);
    const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
    entryLines.add(lineStart);
    const lead = ENTRY_LEAD.exec(line)![0].length;
    const stamp = readStamp(line.slice(lead));
    if (!stamp?.clock || stamp.stampEnd === undefined) return undefined;
    const open = STAMP_OPEN.exec(line.slice(lead))![0].length;
    if (stamp.zone) ownZones++;
    const text = `${stamp.date ? `${time.slice(0, 10)} ` : ""}${clockText(time)}${stamp.zone ? " UTC" : ""}`;
    fixes.push({
      start: lineStart + lead + open,
      end: lineStart + lead + trimmedEnd(line.slice(lead), stamp.stampEnd),
      text,
    });
  }
  // The note or heading that set the zone: "All times in CEST", "Timeline (CEST)".
  for (let start = 0; start < source.length;) {
    const end = source.indexOf("\n", start) === -1 ? source.length : source.indexOf("\n", start);
    const line = source.slice(start, end);
    if (!entryLines.has(start) && line.includes(zone) && declaredZone(line) === zone) {
      // The offset a note may add, "PDT (UTC-7)", goes with the zone: "UTC (UTC-7)" is wrong.
      const at = new RegExp(
        `(?<![\\w/])${zone.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w/])(?:[ \\t]*\\((?:UTC|GMT)[ \\t]*[+\\-\u2212][ \\t]*\\d{1,2}(?::?\\d{2})?\\))?`,
      ).exec(line);
      if (at)
        fixes.push({ start: start + at.index, end: start + at.index + at[0].length, text: "UTC" });
    }
    start = end + 1;
  }
  if (fixes.length === timeline.length && ownZones < timeline.length) return undefined;
  const again = parseTextSync(applyFixes(source, fixes), {
    input: context.format === "markdown" ? "markdown" : "mail",
  });
  if (
    !again ||
    again.incident.timezone !== "UTC" ||
    times(again.incident.timeline) !== times(timeline)
  )
    return undefined;
  return fixes;
}

/** The stamp's end without the blanks it may have read past. */
function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
