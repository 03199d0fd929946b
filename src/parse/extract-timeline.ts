import { outline, type Block } from "./outline.js";
import { readStamp, type Stamp } from "./time/stamp.js";
import { declaredZone } from "./time/zones.js";
import { findDate, type Day } from "./time/dates.js";
import { foldLines } from "../text/whitespace.js";

/** A timeline entry as read, before its time is resolved to UTC. */
export interface RawEntry {
  stamp: Stamp | undefined;
  /** Date set by a date line or heading above the entry. */
  contextDate: Day | undefined;
  /** Increments each time the date context changes, so rollover restarts. */
  contextId: number;
  zone: string | undefined;
  event: string;
  actor?: string;
  kind?: string;
  line: number;
  column: number;
  endLine: number;
}

export interface TimelineScan {
  date: Day | undefined;
  zone: string | undefined;
  contextId: number;
}

// A line that only sets the date for the entries below it: "2019-01-22", "2021-03-25:",
// "February 5th, 2019", "**Day 2 (2024-03-10)**". Only tried on lines of at most 48
// characters (bounded input), so its overlapping classes cannot backtrack for long.
const DATE_LINE =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, see above
  /^[\s*_#]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?[\w ,.()-]{0,40}[\s*_:)]*$/i;

function dateLine(text: string): Day | undefined {
  const t = text.trim();
  if (t.length > 48 || !DATE_LINE.test(t)) return undefined;
  const d = findDate(t);
  if (!d) return undefined;
  // Nothing but the date (and decoration) on the line.
  const rest = (t.slice(0, d.index) + t.slice(d.index + d.length)).replace(
    /[\s*_:#().,\-\d]|day/gi,
    "",
  );
  return rest.length <= 3 ? d : undefined;
}

const PROSE_OPENER = /^(?:at|by|around|about|from|since|until|on|~)\s+(?=\d)/i;

/**
 * Reads timeline entries from the blocks of a timeline section: lines or list items that start
 * with a time stamp, table rows, date lines that set the day for what follows, zone notes, and
 * continuation lines that wrap an entry's text.
 */
export function scanTimeline(
  blocks: readonly Block[],
  scan: TimelineScan,
  entries: RawEntry[],
  leftovers: Block[],
): void {
  for (const block of blocks) {
    if (block.kind === "paragraph") scanParagraph(block, scan, entries, leftovers);
    else if (block.kind === "list") scanList(block, scan, entries, leftovers);
    else if (block.kind === "table" && block.header && block.rows) scanTable(block, scan, entries);
    else if (block.kind !== "rule") leftovers.push(block);
  }
}

/** Line by line: zone notes, day lines, entries, and lines that carry on the entry above. */
function scanParagraph(
  block: Block,
  scan: TimelineScan,
  entries: RawEntry[],
  leftovers: Block[],
): void {
  const lines = block.text.split("\n");
  let taken = false;
  lines.forEach((text, k) => {
    const line = block.line + k;
    const zone = declaredZone(text);
    if (zone && /\btimes?\b/i.test(text)) {
      scan.zone = zone;
      const d = findDate(text);
      if (d) setDate(scan, d);
      taken = true;
      return;
    }
    const d = dateLine(text);
    if (d && !readStamp(text.replace(/^[\s*_]+/, ""))?.clock) {
      setDate(scan, d);
      taken = true;
      return;
    }
    const last = entries[entries.length - 1];
    // A line indented under the entry above it continues that entry, whatever it starts with.
    const hanging =
      last !== undefined &&
      taken &&
      last.endLine === line - 1 &&
      (block.indents?.[k] ?? 0) > (block.indents?.[0] ?? 0);
    // Prose timelines open each paragraph with the time: "At 14:05 UTC we ...".
    const body = text.replace(/^\s*(?:[-*+•]\s+)?/, "").replace(k === 0 ? PROSE_OPENER : /$^/, "");
    const stamp = hanging ? undefined : readStamp(body);
    if (stamp && (stamp.clock || stamp.date || stamp.unknown)) {
      entries.push(entry(stamp, eventText(body, stamp), scan, line, 1, line));
      taken = true;
    } else if (last && last.endLine >= line - 1 && taken) {
      last.event = `${last.event} ${text.trim()}`.trim();
      last.endLine = line;
    } else {
      leftovers.push({ ...block, line, endLine: line, text });
    }
  });
}

const NESTED_ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s/;

function scanList(
  block: Block,
  scan: TimelineScan,
  entries: RawEntry[],
  leftovers: Block[],
  nested = false,
): void {
  for (const item of block.items ?? []) {
    // A day with the day's events nested under it ("- 23 October 2014" then "  - 22:10 ..."):
    // the day dates the events. One level only, so each line is read at most twice.
    const [first = "", ...rest] = item.text.split("\n");
    const day = nested ? undefined : dateLine(first);
    if (day && NESTED_ITEM.test(rest.find((l) => l.trim() !== "") ?? "")) {
      setDate(scan, day);
      const inner = outline(rest.join("\n"), {
        mode: "markdown",
        firstLine: item.line + 1,
        html: false,
      });
      for (const section of inner)
        for (const b of section.blocks)
          if (b.kind === "list") scanList(b, scan, entries, leftovers, true);
          else scanTimeline([b], scan, entries, leftovers);
      continue;
    }
    const text = foldLines(item.text).trim();
    const stamp = readStamp(text);
    if (stamp && (stamp.clock || stamp.date || stamp.unknown))
      entries.push(
        entry(stamp, eventText(text, stamp), scan, item.line, item.column, item.endLine),
      );
    // An item with no time is still an event in its place: kept, dated by the day above it.
    else if (text) entries.push(entry(undefined, text, scan, item.line, item.column, item.endLine));
  }
}

/** A table: the time, event, actor and kind columns found by their headers. */
function scanTable(block: Block, scan: TimelineScan, entries: RawEntry[]): void {
  const header = block.header!;
  const cols = header.map((h) => h.toLowerCase());
  const timeCol = cols.findIndex((c) => /\b(?:time|when|date|timestamp)\b/.test(c));
  const zone = header[timeCol] ? declaredZone(`(${parenthesised(header[timeCol])})`) : undefined;
  if (zone) scan.zone = zone;
  let eventCol = cols.findIndex(
    (c, i) => i !== timeCol && /\b(?:event|what|description|action|details|update)\b/.test(c),
  );
  if (eventCol === -1) eventCol = timeCol === 0 ? 1 : 0;
  const actorCol = cols.findIndex((c) => /\b(?:actor|who|by|owner)\b/.test(c));
  const kindCol = cols.findIndex((c) => /^kind$|^type$/.test(c.trim()));
  for (const row of block.rows!) {
    const time = row.cells[timeCol] ?? "";
    const stamp = readStamp(time);
    const event = row.cells[eventCol] ?? "";
    if (!event && !stamp) continue;
    const e = entry(
      stamp && (stamp.clock || stamp.date || stamp.unknown) ? stamp : undefined,
      event || time,
      scan,
      row.line,
      1,
      row.line,
    );
    if (!e.stamp && time) {
      const d = dateLine(time);
      if (d) e.contextDate = d;
    }
    const actor = actorCol >= 0 ? row.cells[actorCol] : undefined;
    const kind = kindCol >= 0 ? row.cells[kindCol] : undefined;
    if (actor) e.actor = actor;
    if (kind) e.kind = kind;
    entries.push(e);
  }
}

/** The event after its stamp; a lone separator-like event ("|") is the event itself. */
function eventText(line: string, stamp: Stamp): string {
  return (
    line.slice(stamp.end).trim() || line.slice(stamp.stampEnd ?? stamp.end).trim() || line.trim()
  );
}

export function setDate(scan: TimelineScan, day: Day): void {
  scan.date = { year: day.year, month: day.month, day: day.day };
  scan.contextId++;
}

function entry(
  stamp: Stamp | undefined,
  event: string,
  scan: TimelineScan,
  line: number,
  column: number,
  endLine: number,
): RawEntry {
  return {
    stamp,
    contextDate: scan.date,
    contextId: scan.contextId,
    zone: scan.zone,
    event: event.trim(),
    line,
    column,
    endLine,
  };
}

/** "Time (UTC)" -> "UTC": the text in the last parentheses, or the whole text without any. */
function parenthesised(text: string): string {
  const inner = text.slice(text.lastIndexOf("(") + 1);
  const close = inner.indexOf(")");
  return close >= 0 ? inner.slice(0, close) : inner;
}
