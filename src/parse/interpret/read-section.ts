import type { SectionKey } from "../../model/section-synonyms.js";
import type { Block, Section } from "../outline.js";
import { actionCandidates, listItems } from "../extract-items.js";
import { actionItemsFromTable, readActionItem } from "../action-item.js";
import { scanTimeline, setDate } from "../extract-timeline.js";
import { infoboxFields } from "../infobox.js";
import { readPeople, readPeopleItem } from "../people.js";
import { inlineText } from "../markdown-inline.js";
import { findDate } from "../time/dates.js";
import { declaredZone } from "../time/zones.js";
import { readStamp, type Stamp } from "../time/stamp.js";
import { foldLines, trimEndChars } from "../../text/whitespace.js";
import { pushAll } from "../../util/push-all.js";
import { PROSE, type Reading } from "./reading.js";

/** One section, with the key it is read as (its own, or its parent's). */
export interface SectionToRead {
  s: Section;
  key: SectionKey | undefined;
  /** The section's blocks, less template prompts and action points read already. */
  blocks: Block[];
  /** The value on the label's own line (`Impact: none`), as a block. */
  valueBlocks: Block[];
  /** Whether a section before this one was read as the timeline. */
  underTimeline: boolean;
}

type SectionReader = (r: Reading, x: SectionToRead) => void;

const NAMES: Partial<Record<SectionKey, string>> = {
  summary: "summary",
  impact: "impact",
  detection: "detection",
  trigger: "trigger",
  rootCause: "root cause",
  resolution: "resolution",
};

const READERS: Partial<Record<SectionKey, SectionReader>> = {
  summary: readProse,
  impact: readProse,
  detection: readProse,
  trigger: readProse,
  resolution: readProse,
  whatHappened: readProse,
  rootCause: readRootCause,
  timeline: readTimeline,
  wentWell: readList,
  wentBad: readList,
  lucky: readList,
  lessons: readList,
  actionItems: readActionItems,
  participants: readPeopleSection,
  authors: readPeopleSection,
  date: readDate,
  status: readSingleValue,
  severity: readSingleValue,
  links: readLinks,
  notes: (r, { s, blocks, valueBlocks }) => {
    if (blocks.length || valueBlocks.length)
      r.notes.push({
        label: s.label === "Notes" ? null : s.label,
        text: r.sourceOf([...valueBlocks, ...blocks]),
        line: s.line,
      });
  },
  // Kept whole and never mined: chat logs are full of times that are not timeline entries.
  appendix: (r, { s, blocks, valueBlocks }) => {
    if (blocks.length || valueBlocks.length)
      r.notes.push({ label: s.label, text: r.sourceOf([...valueBlocks, ...blocks]), line: s.line });
  },
};

export function readSection(r: Reading, x: SectionToRead): void {
  const reader = x.key === undefined ? readUnlabelled : READERS[x.key];
  reader?.(r, x);
}

/** A date and time inside a heading: "Investigating 2025-01-04 9:27a", "Update (2024-03-09 10:00 UTC)". */
export function stampInLabel(label: string): { stamp: Stamp; prefix: string } | undefined {
  const words = [...label.matchAll(/\S+/g)];
  for (const w of words.slice(0, 6)) {
    const stamp = readStamp(label.slice(w.index).replace(/(\d{1,2}:\d{2})([ap])\b/i, "$1 $2m"));
    if (stamp?.date && stamp.clock)
      return { stamp, prefix: trimEndChars(label.slice(0, w.index), " \t\n:(,-").trim() };
  }
  return undefined;
}

function readUnlabelled(
  r: Reading,
  { s, blocks, valueBlocks, underTimeline }: SectionToRead,
): void {
  // A status-page update ("## Investigating 2025-01-04 9:27a") is a timeline entry.
  const stamped = s.label ? stampInLabel(s.label) : undefined;
  if (stamped && !r.hasKey("timeline")) {
    const para = blocks.find((b) => b.kind === "paragraph");
    const text =
      `${stamped.prefix ? stamped.prefix + ": " : ""}${para ? foldLines(para.text) : ""}`.trim() ||
      s.label!;
    r.scan.date = undefined;
    r.timelineEntries.push({
      stamp: stamped.stamp,
      contextDate: undefined,
      contextId: ++r.scan.contextId,
      zone: undefined,
      event: text,
      line: s.line,
      column: s.column,
      endLine: para?.endLine ?? s.line,
    });
    const others = blocks.filter((b) => b !== para);
    if (others.length) r.addNote(s.label, others, `Text under "${s.label}" fits no field`, s.line);
    return;
  }
  // A day heading under the timeline ("### 2024-03-10") is read by the timeline it belongs to.
  if (
    s.label &&
    s.depth > 0 &&
    /^(?:\d{4}-\d{2}-\d{2}|undated)$/i.test(s.label.trim()) &&
    underTimeline
  )
    return;
  r.addNote(
    s.label,
    [...valueBlocks, ...blocks],
    `Section "${s.label}" (line ${s.line}) matches no field`,
    s.line,
  );
}

function readProse(r: Reading, { s, key, blocks, valueBlocks }: SectionToRead): void {
  r.addProse(key!, [...valueBlocks, ...blocks]);
  // An infobox table under one prose section can give the others ("Root cause | ...").
  for (const b of blocks)
    for (const f of infoboxFields(b, PROSE)) {
      if (f.key === key || r.hasKey(f.key) || r.prose.has(f.key)) continue;
      r.prose.set(f.key, { parts: [inlineText(f.text)], range: r.lineRange(f.line) });
      r.warn(`Read the ${NAMES[f.key] ?? f.key} from the "${s.label}" table`, r.lineRange(f.line));
    }
}

function readRootCause(r: Reading, { blocks, valueBlocks }: SectionToRead): void {
  const all = [...valueBlocks, ...blocks];
  const last = all[all.length - 1];
  const before = all[all.length - 2];
  // The Gluster template: the steps taken follow the root cause as a bare list of bullets
  // (a numbered list is the root cause's own reasoning, step by step).
  if (
    last?.kind === "list" &&
    !last.items![0]!.ordered &&
    before &&
    before.kind !== "list" &&
    !/:\s*$/.test(before.text) &&
    !r.hasKey("resolution")
  ) {
    r.addProse("rootCause", all.slice(0, -1));
    r.addProse("resolution", [last]);
    r.warn(
      "Read the unlabelled list after the root cause as the resolution",
      r.lineRange(last.line, last.endLine),
    );
  } else r.addProse("rootCause", all);
}

function readTimeline(r: Reading, { s, blocks, valueBlocks }: SectionToRead): void {
  const { scan, timelineEntries } = r;
  const heading = declaredZone(s.label ?? "");
  if (heading) scan.zone = heading;
  const d = s.label && s.depth > 2 ? findDate(s.label) : undefined;
  if (d && s.label!.trim().length <= 40) setDate(scan, d);
  // One heading per entry ("### 4:27", "### July 11, 2025, 12:42 PM", "### 01:10 UTC — all
  // clear"): the heading is the time and what it names, the text under it the event.
  const own = s.key === undefined && s.label ? readStamp(s.label) : undefined;
  const named = own ? s.label!.slice(own.end).trim() : "";
  // A heading with a date alone over a table or list is the day of the entries below it.
  if (
    own &&
    (own.clock ||
      (own.date && !named && !blocks.some((b) => b.kind === "table" || b.kind === "list")))
  ) {
    const text = blocks
      .filter((b) => b.kind === "paragraph" || b.kind === "list")
      .map((b) =>
        b.kind === "list" ? b.items!.map((it) => foldLines(it.text)).join("; ") : foldLines(b.text),
      )
      .join(" ")
      .trim();
    timelineEntries.push({
      stamp: own,
      contextDate: scan.date,
      contextId: scan.contextId,
      zone: scan.zone,
      event: (named.length > 3 ? (text ? `${named}: ${text}` : named) : text) || s.label!,
      line: s.line,
      column: s.column,
      endLine: blocks[blocks.length - 1]?.endLine ?? s.line,
    });
    if (own.date?.year !== undefined) setDate(scan, own.date);
    return;
  }
  const leftovers: Block[] = [];
  scanTimeline([...valueBlocks, ...blocks], scan, timelineEntries, leftovers);
  if (leftovers.length)
    r.addNote(
      s.label,
      leftovers,
      `Lines in "${s.label}" that are not timeline entries`,
      leftovers[0]!.line,
    );
}

function readList(r: Reading, { s, key, blocks, valueBlocks }: SectionToRead): void {
  const { items, rest } = listItems([...valueBlocks, ...blocks], r.mode);
  r.lists.set(key!, [...(r.lists.get(key!) ?? []), ...items]);
  if (rest.length && items.length)
    r.addNote(s.label, rest, `Text in "${s.label}" around its list`, rest[0]!.line);
}

function readActionItems(r: Reading, { s, blocks, valueBlocks }: SectionToRead): void {
  const { items, table, rest } = actionCandidates([...valueBlocks, ...blocks], r.mode);
  for (const item of items)
    r.actionItems.push({
      item: readActionItem(item),
      range: r.lineRange(item.line, item.endLine, item.column),
    });
  if (table)
    for (const { item, line } of actionItemsFromTable(table.header!, table.rows!))
      r.actionItems.push({ item, range: r.lineRange(line) });
  if (rest.length)
    r.addNote(s.label, rest, `Text in "${s.label}" that is not an action item`, rest[0]!.line);
  if (rest.length && items.length === 0 && !table && s.label)
    (r.file.data.unlistedSections ??= []).push({
      field: "actionItems",
      label: s.label,
      range: r.blocksRange(rest),
    });
}

function readPeopleSection(r: Reading, { key, blocks, valueBlocks }: SectionToRead): void {
  const target = key === "participants" ? r.people.participants : r.people.authors;
  if (key === "participants") r.participantsFromLabel = true;
  const all = [...valueBlocks, ...blocks];
  const first = all[0];
  if (first?.kind === "list")
    for (const i of first.items!)
      pushAll(
        target,
        readPeopleItem(i.text).map((p) => ({ p, range: r.lineRange(i.line, i.endLine, i.column) })),
      );
  else if (first?.kind === "paragraph" && first.text.length < 300)
    pushAll(
      target,
      readPeople(foldLines(first.text, ", ")).map((p) => ({
        p,
        range: r.lineRange(first.line, first.endLine),
      })),
    );
  pushAll(r.pool, all.slice(1));
}

function readDate(r: Reading, { s, blocks, valueBlocks }: SectionToRead): void {
  const all = [...valueBlocks, ...blocks];
  const first = all[0];
  if (first)
    r.setDateFrom(first.text, r.lineRange(first.line, first.endLine), `"${s.label}"`, true);
  pushAll(r.pool, all.slice(1));
}

/** Status or severity: one short paragraph. */
function readSingleValue(r: Reading, { s, key, blocks, valueBlocks }: SectionToRead): void {
  const all = [...valueBlocks, ...blocks];
  const first = all[0];
  if (first?.kind !== "paragraph" || first.text.length >= 40) {
    r.addNote(s.label, all, `Section "${s.label}" is not a single value`, s.line);
    return;
  }
  const v = inlineText(first.text);
  if (key === "status") {
    const st = v.toLowerCase();
    if (["draft", "review", "final"].includes(st)) r.out.status = st;
    else if (/^(?:published|complete|done|closed)$/.test(st)) r.out.status = "final";
    else if (/^(?:in review|under review|reviewed)$/.test(st)) r.out.status = "review";
    else r.notes.push({ label: s.label, text: v, line: s.line });
  } else r.out.severity = v;
  r.positions.set(`/${key}`, { value: r.lineRange(first.line) });
  pushAll(r.pool, all.slice(1));
}

function readLinks(r: Reading, { s, blocks, valueBlocks }: SectionToRead): void {
  const links: Array<{ url: string; title?: string }> = [];
  const rest: Block[] = [];
  for (const b of [...valueBlocks, ...blocks]) {
    if (b.kind !== "list") {
      rest.push(b);
      continue;
    }
    for (const i of b.items!) {
      const link = readLink(i.text);
      if (link) links.push(link);
      else
        rest.push({
          kind: "paragraph",
          line: i.line,
          endLine: i.endLine,
          column: i.column,
          text: i.text,
        });
    }
  }
  if (links.length) r.out.links = [...((r.out.links as unknown[]) ?? []), ...links];
  if (rest.length)
    r.addNote(s.label, rest, `Text in "${s.label}" that is not a link`, rest[0]!.line);
}

function readLink(text: string): { url: string; title?: string } | undefined {
  const t = text.trim();
  const md = /^\[([^\]]+)\]\(<?([^)>\s]+)>?\)\s*$/.exec(t);
  if (md) return { url: md[2]!, title: inlineText(md[1]!) };
  const auto = /^<(https?:\/\/[^>]+)>$/.exec(t);
  if (auto) return { url: auto[1]! };
  const titled = /^(.*?):\s+(https?:\/\/\S+)$/.exec(t);
  if (titled) return { url: titled[2]!, title: titled[1]! };
  if (/^https?:\/\/\S+$/.test(t)) return { url: t };
  return undefined;
}
