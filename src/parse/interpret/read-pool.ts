import type { Block } from "../outline.js";
import { scanTimeline, setDate } from "../extract-timeline.js";
import { findDate } from "../time/dates.js";
import { declaredZone } from "../time/zones.js";
import { readStamp, type Stamp } from "../time/stamp.js";
import { foldLines } from "../../text/whitespace.js";
import type { Reading } from "./reading.js";

/**
 * Unlabelled text, read by position, the way a reader of the Gluster template does: bylines
 * and "All times in PST." lines first, then paragraphs that open with a time, then the lead
 * (the summary), then a bare list of time-stamped lines (the timeline). The rest is kept in notes.
 */
export function readPool(r: Reading): void {
  const labelled = r.sections.filter((s) => s.key && s.key !== "appendix").length;
  const rest = withoutBylines(
    r,
    r.pool.filter((b) => b.kind !== "rule"),
    labelled,
  );
  readProseTimeline(r, rest);
  // The lead: paragraphs before any list or table, less one that only introduces a list.
  let i = 0;
  const lead: Block[] = [];
  while (
    i < rest.length &&
    rest[i]!.kind === "paragraph" &&
    !(rest[i + 1]?.kind === "list" && /:\s*$/.test(rest[i]!.text))
  )
    lead.push(rest[i++]!);
  // An opening paragraph that tells what happened and ends by introducing a list ("... below
  // is an outline of our maintenance:") is still the lead: only its last sentence is the
  // list's.
  if (i === 0 && rest[0]?.kind === "paragraph" && tellsThenIntroduces(rest[0].text))
    lead.push(rest[i++]!);
  readLead(r, lead, labelled);
  const remaining = readListTimeline(r, rest.slice(i), i === 0);
  const other = remaining.filter((b) => b.kind !== "rule");
  if (other.length) r.addNote(null, other, "Unlabelled text", other[0]!.line);
}

/**
 * Two sentences or more, the last ending in a colon. A full stop inside brackets ("(Can't save
 * project. Please try again later)") ends no sentence of the paragraph.
 */
function tellsThenIntroduces(text: string): boolean {
  const plain = text.replace(/\([^()\n]*\)/g, "").trimEnd();
  return plain.endsWith(":") && /[.!?]\s/.test(plain);
}

/** Takes out lines such as "Created By: X", "Last Modified: Y", "All times in PST.", and a byline. */
function withoutBylines(r: Reading, blocks: Block[], labelled: number): Block[] {
  const rest: Block[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      // A byline over the text ("cdrini · description · 2025-10-07") dates its publication.
      if (!r.publishedDate && b.text.length <= 120 && !b.text.includes("\n")) {
        const d = findDate(b.text, r.order ? { order: r.order.order } : {});
        if (d && b.text.length - d.length <= 80)
          r.publishedDate = { day: d, range: r.lineRange(b.line), how: "the byline" };
      }
      const zone = declaredZone(b.text);
      if (zone && /\btimes?\b/i.test(b.text) && b.text.length < 120) {
        r.documentZone = zone;
        const d = findDate(b.text);
        if (d && !r.scan.date) setDate(r.scan, d);
        continue;
      }
      const kv = b.text.split("\n").every((l) => /^[A-Z][\w ()'-]{0,30}:\s+\S/.test(l.trim()));
      if (kv && b.text.split("\n").length <= 4 && labelled > 0) {
        for (const [k, l] of b.text.split("\n").entries())
          r.notes.push({ label: null, text: l.trim(), line: b.line + k });
        continue;
      }
    }
    rest.push(b);
  }
  return rest;
}

/**
 * Paragraphs that each open with a time ("At 05:00 UTC 2016-05-16 ...", "By 08:11 ...") are a
 * timeline written as prose, when there are several and no timeline section. Taken out of `rest`.
 */
function readProseTimeline(r: Reading, rest: Block[]): void {
  if (r.hasKey("timeline")) return;
  const prosey = rest.filter((b) => b.kind === "paragraph" && proseStamp(b.text));
  if (prosey.length < 2) return;
  const { scan } = r;
  for (const b of prosey) {
    const m = proseStamp(b.text)!;
    r.timelineEntries.push({
      stamp: m.stamp,
      contextDate: scan.date,
      contextId: scan.contextId,
      zone: scan.zone,
      event: m.event,
      line: b.line,
      column: b.column,
      endLine: b.endLine,
    });
    rest.splice(rest.indexOf(b), 1);
  }
  r.warn(
    "Read paragraphs that start with a time as the timeline",
    r.lineRange(prosey[0]!.line, prosey[prosey.length - 1]!.endLine),
  );
}

function proseStamp(text: string): { stamp: Stamp; event: string } | undefined {
  const m = /^(?:at|by|around|from|since|until|on)\s+(?:\*\*)?/i.exec(text);
  if (!m) return undefined;
  const stamp = readStamp(text.slice(m[0].length));
  if (!stamp?.clock) return undefined;
  return { stamp, event: foldLines(text.slice(m[0].length + stamp.end)).trim() };
}

function readLead(r: Reading, lead: Block[], labelled: number): void {
  if (!lead.length) return;
  if (r.hasKey("summary")) {
    r.addNote(null, lead, "Unlabelled paragraphs before the first section", lead[0]!.line);
    return;
  }
  if (labelled >= 3 && !r.hasKey("impact") && lead.length >= 2) {
    r.addProse("summary", lead.slice(0, -1));
    r.addProse("impact", lead.slice(-1));
    r.warn(
      "Read the unlabelled paragraphs before the first section as the summary",
      r.blocksRange(lead.slice(0, -1)),
    );
    r.warn("Read the second unlabelled paragraph as the impact", r.blocksRange(lead.slice(-1)));
  } else {
    r.addProse("summary", lead);
    r.warn("Read the unlabelled opening paragraphs as the summary", r.blocksRange(lead));
  }
}

/** A bare list of time-stamped lines with no timeline section is the timeline. Returns the other blocks. */
function readListTimeline(r: Reading, after: Block[], noLead: boolean): Block[] {
  const remaining: Block[] = [];
  const stamped = (b: Block | undefined): number =>
    b?.items?.filter((it) => readStamp(it.text)?.clock).length ?? 0;
  for (let k = 0; k < after.length; k++) {
    const b = after[k]!;
    if (
      b.kind === "list" &&
      !r.hasKey("timeline") &&
      stamped(b) >= Math.max(2, b.items!.length / 2)
    ) {
      const intro = remaining[remaining.length - 1];
      if (intro?.kind === "paragraph" && /:\s*$/.test(intro.text)) remaining.pop();
      scanTimeline([b], r.scan, r.timelineEntries, remaining);
      r.warn("Read the list of time-stamped lines as the timeline", r.lineRange(b.line, b.endLine));
    } else if (
      b.kind === "paragraph" &&
      noLead &&
      k === 0 &&
      /:\s*$/.test(b.text) &&
      after[1]?.kind === "list" &&
      stamped(after[1]) >= 2
    ) {
      // The line that introduces a timeline list; dropped with it.
      continue;
    } else remaining.push(b);
  }
  return remaining;
}
