import type { TimelineEntry } from "../../model/incident.js";
import type { Section } from "../outline.js";
import { markKeyEvents } from "../key-events.js";
import { resolveTimes } from "../resolve-times.js";
import { inlineText } from "../markdown-inline.js";
import { findDate, formatDay } from "../time/dates.js";
import { ambiguousZone, declaredZone } from "../time/zones.js";
import type { Reading } from "./reading.js";

const KINDS = ["start", "detected", "escalated", "mitigated", "resolved", "other"];

/**
 * Resolves the timeline's times against the incident date and the zones the text declares, and
 * writes the date and the timeline, with a warning for every time that had to be guessed.
 */
export function writeDateAndTimeline(r: Reading): void {
  const { out, positions, timelineEntries, lineRange, warn } = r;
  r.documentZone = r.documentZone ?? findDocumentZone(r.sections);
  const documentZone = r.documentZone;
  const resolved = resolveTimes(timelineEntries, r.dateSource?.day, documentZone);
  if (!r.dateSource) {
    // An entry dated by day alone ("2022-09-05: deploy fails") dates the incident as well as a
    // timed one.
    const firstTimed = resolved.entries.find((e) => e.time && e.time.length >= 10);
    const d = firstTimed?.time ? findDate(firstTimed.time.slice(0, 10)) : undefined;
    if (d && firstTimed) {
      r.dateSource = {
        day: d,
        range: lineRange(firstTimed.raw.line),
        how: "the first timeline entry",
      };
      warn(
        `Took the incident date ${formatDay(d)} from the first timeline entry`,
        r.dateSource.range,
        "parse/date",
      );
    }
  }
  if (r.dateSource) {
    out.date = formatDay(r.dateSource.day);
    positions.set("/date", { value: r.dateSource.range });
  } else
    warn(
      "No incident date found (no Date: line, dated title, mail date or dated timeline)",
      lineRange(1),
      "parse/missing-date",
    );
  if (resolved.entries.length) writeTimeline(r, resolved);
}

function writeTimeline(r: Reading, resolved: ReturnType<typeof resolveTimes>): void {
  const { out, positions, file, timelineEntries, lineRange, warn, documentZone } = r;
  const zones = new Set(
    timelineEntries
      .map((e) => e.stamp?.zone ?? e.zone ?? documentZone)
      .filter((z): z is string => Boolean(z)),
  );
  file.data.timelineZones = [...zones];
  for (const zone of zones) {
    const reading = ambiguousZone(zone);
    const first = timelineEntries.find((e) => (e.stamp?.zone ?? e.zone ?? documentZone) === zone);
    if (reading && first)
      warn(
        `"${zone}" names more than one time zone; read it as ${reading}`,
        lineRange(first.line),
        "parse/ambiguous-zone",
      );
  }
  const timeline: TimelineEntry[] = [];
  resolved.entries.forEach((e, i) => {
    const entry: TimelineEntry = e.time
      ? { time: e.time, event: e.event || "(no description)" }
      : { event: e.event || "(no description)" };
    if (e.actor) entry.actor = inlineText(e.actor);
    const kind = e.kind ? inlineText(e.kind).toLowerCase() : undefined;
    if (kind && KINDS.includes(kind)) entry.kind = kind as NonNullable<TimelineEntry["kind"]>;
    timeline.push(entry);
    const range = lineRange(e.raw.line, e.raw.endLine, e.raw.column);
    positions.set(`/timeline/${i}`, { value: range });
    positions.set(`/timeline/${i}/time`, { value: range });
    positions.set(`/timeline/${i}/event`, { value: range });
  });
  markKeyEvents(timeline);
  out.timeline = timeline;
  positions.set("/timeline", {
    value: lineRange(
      timelineEntries[0]!.line,
      timelineEntries[timelineEntries.length - 1]!.endLine,
    ),
  });
  if (out.timezone === undefined && zones.size === 1) out.timezone = [...zones][0];
  else if (out.timezone === undefined && zones.size > 1) out.timezone = [...zones].join(", ");
  const { problems } = resolved;
  const timed = problems.noZone.filter((e) => e.stamp?.clock);
  if (timed.length)
    warn(
      `The timeline states no time zone; read its ${timed.length} time${timed.length === 1 ? "" : "s"} as UTC`,
      lineRange(timed[0]!.line),
      "parse/timeline-zone",
    );
  for (const e of problems.noDate)
    warn(
      "Timeline entry has a time but no day can be worked out; its time is left out",
      lineRange(e.line),
      "parse/timeline-date",
    );
  for (const e of problems.unknownTime)
    warn("Timeline entry has an unknown time", lineRange(e.line), "parse/timeline-time");
  for (const g of problems.guessed)
    warn(g.message, lineRange(resolved.entries[g.index]!.raw.line), "parse/dst");
  for (const o of problems.outOfSeason)
    warn(o.message, lineRange(resolved.entries[o.index]!.raw.line), "parse/zone-season");
  file.data.guessedTimes = problems.guessed.map((g) => ({ index: g.index, message: g.message }));
}

/** "All times are in PDT." anywhere outside the appendix. */
function findDocumentZone(sections: readonly Section[]): string | undefined {
  for (const s of sections) {
    if (s.key === "appendix") continue;
    for (const b of s.blocks) {
      if (b.kind !== "paragraph" || b.text.length > 200) continue;
      if (/\btimes?\b/i.test(b.text)) {
        const z = declaredZone(b.text);
        if (z) return z;
      }
    }
  }
  return undefined;
}
