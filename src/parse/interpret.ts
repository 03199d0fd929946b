import type { VFile } from "vfile";
import "./file-data.js";
import type { ActionItem, Incident, Person, TimelineEntry } from "../model/incident.js";
import { sectionKey, type SectionKey } from "../model/section-synonyms.js";
import { report } from "../diagnostics/report.js";
import { LineIndex, toPointer, type PositionMap, type Range } from "../load/positions.js";
import type { Block, Section } from "./outline.js";
import { actionCandidates, listItems, takeActionPoints, withoutPlaceholders, type Item } from "./extract-items.js";
import { actionItemsFromTable, readActionItem } from "./action-item.js";
import { inferKind, scanTimeline, setDate, type RawEntry, type TimelineScan } from "./extract-timeline.js";
import { resolveTimes } from "./resolve-times.js";
import { splitLabelledItems } from "./labelled-items.js";
import { infoboxFields } from "./infobox.js";
import { readPeople, readPeopleItem, readPerson } from "./people.js";
import { inlineText } from "./markdown-inline.js";
import { findDate, formatDay, numericDateOrder, type DateOptions, type Day } from "./time/dates.js";
import { ambiguousZone, declaredZone } from "./time/zones.js";
import { readStamp } from "./time/stamp.js";
import { withoutNeedlessEscapes } from "../markdown/needless-escapes.js";
import type { MailMeta } from "./mail/mail-meta.js";
import type { StatusPage } from "./status-page.js";
import { titleFromSubject } from "./mail/mail-meta.js";
import { foldLines, trimEndChars, trimLineEnds } from "../text/whitespace.js";
import { pushAll } from "../util/push-all.js";

export interface InterpretInput {
  sections: Section[];
  mode: "markdown" | "text";
  /** The source lines the sections point into (after cleaning), 0-based from `firstLine`. */
  lines: string[];
  /** The file line the first of `lines` is on (a message inside an mbox starts further down). */
  firstLine?: number;
  /** Line index of the original file text, for positions. */
  index: LineIndex;
  file: VFile;
  mail?: MailMeta;
  frontMatter?: { data: Record<string, unknown>; line: number; endLine: number };
  statusPage?: StatusPage;
}

export interface Interpretation {
  incident: Partial<Incident> & Record<string, unknown>;
  positions: PositionMap;
}

const PROSE: ReadonlySet<SectionKey> = new Set(["summary", "impact", "detection", "trigger", "rootCause", "resolution"]);
const LISTS: ReadonlySet<SectionKey> = new Set(["wentWell", "wentBad", "lucky", "lessons"]);
const NAMES: Partial<Record<SectionKey, string>> = { summary: "summary", impact: "impact", detection: "detection", trigger: "trigger", rootCause: "root cause", resolution: "resolution" };

/**
 * Reads the model out of an outline: sections by meaning, unlabelled text by position (the
 * way a reader of the Gluster template does), timelines in every common shape, and everything
 * that fits no field into `notes`, each with a warning that says where it came from.
 */
export function interpret(input: InterpretInput): Interpretation {
  const { mode, file, index } = input;
  let sections = input.sections;
  const positions: PositionMap = new Map();
  const out: Record<string, unknown> = {};
  const prose = new Map<string, { parts: string[]; range: Range }>();
  const notes: Array<{ label: string | null; text: string; line: number }> = [];
  const pool: Block[] = [];
  const timelineEntries: RawEntry[] = [];
  const scan: TimelineScan = { date: undefined, zone: undefined, contextId: 0 };
  const lists = new Map<string, Item[]>();
  const actionItems: Array<{ item: ActionItem; range: Range }> = [];
  const people = { participants: [] as Array<{ p: Person; range: Range }>, authors: [] as Array<{ p: Person; range: Range }> };
  let participantsFromLabel = false;
  let dateSource: { day: Day; range: Range; how: string } | undefined;
  let publishedDate: { day: Day; range: Range; how: string } | undefined;
  const order = numericDateOrder(input.lines.join("\n"));
  let documentZone: string | undefined;
  const warn = (message: string, range: Range | undefined, rule = "parse/inferred"): void => {
    report(file, message, { range, ruleId: rule, severity: "warning" });
  };
  const lineRange = (line: number, endLine = line, column = 1): Range => {
    const endText = input.lines[endLine - (input.firstLine ?? 1)] ?? "";
    return { start: index.at(line, column), end: index.at(endLine, endText.length + 1) };
  };
  const blocksRange = (blocks: readonly Block[]): Range => lineRange(blocks[0]!.line, blocks[blocks.length - 1]!.endLine, blocks[0]!.column);
  /** The source of blocks as written (Markdown), or as flowing text (mail, hard-wrapped). */
  const sourceOf = (blocks: readonly Block[]): string => {
    if (mode === "markdown") {
      // Block by block, so a heading between two blocks of one field (a sub-section read into
      // its parent) is not copied into the text, and blocks made from part of a line (a label's
      // value) give just that part.
      return blocks
        .map((b) => (b.kind === "paragraph" && b.line === b.endLine ? b.text : trimLineEnds(input.lines.slice(b.line - (input.firstLine ?? 1), b.endLine - (input.firstLine ?? 1) + 1).join("\n")).trim()))
        .join("\n\n")
        .trim();
    }
    return blocks
      .map((b) => (b.kind === "list" ? b.items!.map((i) => `${i.ordered ? i.marker : "-"} ${foldLines(i.text)}`).join("\n") : b.kind === "paragraph" ? foldLines(b.text) : b.text))
      .join("\n\n")
      .trim();
  };
  const addProse = (key: string, blocks: readonly Block[]): void => {
    const content = blocks.filter((b) => b.kind !== "rule");
    if (content.length === 0) return;
    const text = sourceOf(content);
    if (!text) return;
    const existing = prose.get(key);
    if (existing) {
      existing.parts.push(text);
      existing.range = { start: existing.range.start, end: blocksRange(content).end };
    } else prose.set(key, { parts: [text], range: blocksRange(content) });
  };
  const addNote = (label: string | null, blocks: readonly Block[], why: string, line: number): void => {
    const content = blocks.filter((b) => b.kind !== "rule");
    if (content.length === 0) return;
    notes.push({ label, text: sourceOf(content), line });
    warn(`${why}; kept in notes`, lineRange(line, content[content.length - 1]!.endLine), "parse/unclassified");
  };
  const setDateFrom = (text: string, range: Range, how: string, force = false): boolean => {
    if (dateSource && !force) return false;
    const d = findDate(text);
    if (!d) return false;
    dateSource = { day: d, range, how };
    return true;
  };

  // Front matter: its keys map straight onto the model.
  const fm = input.frontMatter;
  if (fm) {
    const range = lineRange(fm.line, fm.endLine);
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fm.data)) {
      const key = k.toLowerCase();
      if (key === "title" && typeof v === "string") out.title = v;
      else if (key === "date" && (typeof v === "string" || v instanceof Date)) {
        const d = findDate(v instanceof Date ? v.toISOString() : v);
        if (d) publishedDate = { day: d, range, how: "front matter" };
      }
      else if ((key === "author" || key === "authors") && v) pushAll(people.authors, toPeople(v).map((p) => ({ p, range })));
      else if (key === "participants" && v) {
        pushAll(people.participants, toPeople(v).map((p) => ({ p, range })));
        participantsFromLabel = true;
      } else if (["id", "severity", "timezone", "status"].includes(key) && typeof v === "string") out[key === "status" ? "status" : key] = key === "status" ? v.toLowerCase() : v;
      else if (key === "tags" && Array.isArray(v)) out.tags = v.map(String);
      else if (key === "categories" && Array.isArray(v)) out.tags = v.map(String);
      else extra[k] = v instanceof Date ? v.toISOString() : v;
    }
    if (Object.keys(extra).length) out["x-front-matter"] = extra;
  }

  // Title: front matter, else the first H1, else the mail subject, else (plain text) a first short line.
  let titleSection: Section | undefined;
  const h1 = sections.find((s) => s.via === "heading" && s.depth === 1 && s.key === undefined);
  // The first heading, when it is an H1, is the title; its text below is the lead.
  if (h1 && h1 === sections.find((s) => s.via === "heading")) titleSection = h1;
  if (out.title === undefined) {
    if (titleSection) {
      out.title = inlineText(titleSection.label ?? "");
      positions.set("/title", { value: lineRange(titleSection.line, titleSection.line, titleSection.column) });
    } else if (input.statusPage?.title) {
      out.title = input.statusPage.title.text;
      positions.set("/title", { value: lineRange(input.statusPage.title.line + (input.firstLine ?? 1)) });
    } else if (input.mail?.subject) {
      out.title = titleFromSubject(input.mail.subject);
      if (input.mail.lines.subject) positions.set("/title", { value: lineRange(input.mail.lines.subject) });
    } else if (mode === "text") {
      const intro = sections[0]!;
      // Web page chrome that survives a copy of the page as text.
      while (intro.blocks[0]?.kind === "paragraph" && /^(?:skip to (?:main )?content|jump to (?:navigation|content)|toggle navigation|menu|navigation)$/i.test(intro.blocks[0].text.trim())) intro.blocks.shift();
      const first = intro.blocks[0];
      // A line that only gives the day ("Sunday 3rd June 2012") is a dateline, not the title.
      const head = intro.blocks[first?.kind === "paragraph" && isDateline(first.text) ? 1 : 0];
      const titleBlock = head?.kind === "paragraph" && !head.text.includes("\n") && head.text.length <= 120 && !/[.:]$/.test(head.text.trim()) && !readStamp(head.text) ? head : undefined;
      if (titleBlock) intro.blocks.splice(intro.blocks.indexOf(titleBlock), 1);
      if (titleBlock) {
        out.title = titleBlock.text.trim();
        positions.set("/title", { value: lineRange(titleBlock.line) });
      }
    }
  } else if (fm) positions.set("/title", { value: lineRange(fm.line, fm.endLine) });
  if (titleSection) titleSection.key = undefined;

  // Our own Markdown rendering starts with a metadata list of "**Key:** value" items.
  const metadataKeys = (): void => {
    const holder = titleSection ?? sections[0]!;
    const first = holder.blocks[0];
    // Other documents open with the same list unbolded ("* Date: 2026-01-28", "* Author: X"):
    // taken when every item is a field of the record.
    const plain = (text: string): RegExpExecArray | null => {
      const m = /^([A-Z][\w ()-]{0,30}):\s+(\S.*)$/s.exec(text);
      const k = m ? sectionKey(m[1]!) : undefined;
      return m && (k === "date" || k === "authors" || k === "participants" || k === "status" || k === "severity") ? m : null;
    };
    const field = (text: string): RegExpExecArray | null => /^\*\*([^*]+):\*\*\s+(.*)$/s.exec(text) ?? plain(text);
    if (first?.kind !== "list" || !first.items!.every((i) => field(i.text))) return;
    holder.blocks.shift();
    for (const item of first.items!) {
      const m = field(item.text)!;
      const key = (sectionKey(m[1]!) === "authors" ? "authors" : m[1]!).toLowerCase();
      const value = foldLines(m[2]!).trim();
      const range = lineRange(item.line, item.endLine, item.column);
      const plain = inlineText(value);
      if (key === "date") setDateFrom(value, range, "metadata", true);
      else if (key === "id") out.id = plain;
      else if (key === "status") out.status = plain.toLowerCase();
      else if (key === "severity") out.severity = plain;
      else if (key === "tags") out.tags = plain.split(/,\s*/).filter(Boolean);
      else if (key === "source time zone") out.timezone = plain;
      else if (key === "authors") pushAll(people.authors, readPeople(value, ";").map((p) => ({ p, range })));
      else if (key === "participants") {
        pushAll(people.participants, readPeople(value, ";").map((p) => ({ p, range })));
        participantsFromLabel = true;
      } else if (/^(?:duration|time to (?:detect|mitigate|resolve))$/.test(key)) continue;
      else notes.push({ label: m[1]!, text: value, line: item.line });
      if (["id", "status", "severity", "tags", "source time zone"].includes(key)) positions.set(`/${key === "source time zone" ? "timezone" : key}`, { value: range });
    }
  };
  metadataKeys();
  sections = splitLabelledItems(sections);

  // Sections, in order. Unknown sub-sections belong to a prose or timeline parent; under a list
  // section they are discussion, kept in notes.
  const effective: Array<SectionKey | undefined> = [];
  const labelled = sections.filter((s) => s.key && s.key !== "appendix").length;
  let inAppendix = false;
  const hasKey = (k: SectionKey): boolean => sections.some((s) => s.key === k);
  // Each section's parent: the nearest section above it of a lower depth (the title and the
  // intro do not count). A stack of open sections finds it in one pass; scanning back from
  // every section would be quadratic on a document of many same-level headings.
  const parentOf: number[] = [];
  const open: number[] = [];
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si]!;
    if (s === titleSection || s.via === "intro") {
      parentOf.push(-1);
      continue;
    }
    while (open.length && sections[open[open.length - 1]!]!.depth >= s.depth) open.pop();
    parentOf.push(open.length ? open[open.length - 1]! : -1);
    open.push(si);
  }
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si]!;
    let key = s.key;
    if (s === titleSection || s.via === "intro") {
      pushAll(pool, s.blocks);
      effective.push(undefined);
      continue;
    }
    const parent = parentOf[si]! >= 0 ? effective[parentOf[si]!] : undefined;
    // A status update posted as a heading ("## Resolved 2025-01-04 4:00p") is an event, whatever
    // its status word would mean as a section name.
    if (key !== undefined && key !== "timeline" && parent !== "timeline" && s.label && stampInLabel(s.label)) key = undefined;
    if (key === undefined || (inAppendix && s.depth > 1 && key !== "appendix")) {
      if (inAppendix && s.depth > 1) key = "appendix";
      else if (parent && (PROSE.has(parent) || parent === "timeline" || parent === "notes" || parent === "appendix" || parent === "whatHappened")) key = parent;
      // Action items grouped by area ("### Process", "### Testing") under a heading that holds
      // nothing else; sub-sections under a section with its own prose are discussion.
      else if (parent === "actionItems" && groupsOnly(sections[parentOf[si]!]!)) key = parent;
    } else if (s.depth <= 2 && s.via === "heading") inAppendix = key === "appendix";
    effective.push(key);
    const { blocks: unprompted, dropped } = withoutPlaceholders(s.blocks);
    // Action items stated in passing ("Action point: ...") in a section about something else.
    const { blocks, items: points } = key === "actionItems" ? { blocks: unprompted, items: [] } : takeActionPoints(unprompted, mode);
    for (const item of points) actionItems.push({ item: readActionItem(item), range: lineRange(item.line, item.endLine, item.column) });
    if (points.length) warn(`Read ${points.length} "Action point:" paragraph${points.length === 1 ? "" : "s"} under "${s.label ?? "the introduction"}" as action items`, lineRange(points[0]!.line));
    if (dropped) report(file, `Ignored the template prompt${dropped === 1 ? "" : "s"} under "${s.label}"`, { range: lineRange(s.line), ruleId: "parse/template-prompt", severity: "info" });
    const valueBlocks: Block[] = s.value ? [{ kind: "paragraph", line: s.line, endLine: s.line, column: s.column, text: s.value }] : [];
    switch (key) {
      case undefined: {
        // A status-page update ("## Investigating 2025-01-04 9:27a") is a timeline entry.
        const stamped = s.label ? stampInLabel(s.label) : undefined;
        if (stamped && !hasKey("timeline")) {
          const para = blocks.find((b) => b.kind === "paragraph");
          const text = `${stamped.prefix ? stamped.prefix + ": " : ""}${para ? foldLines(para.text) : ""}`.trim() || s.label!;
          scan.date = undefined;
          timelineEntries.push({ stamp: stamped.stamp, contextDate: undefined, contextId: ++scan.contextId, zone: undefined, event: text, line: s.line, column: s.column, endLine: para?.endLine ?? s.line });
          const others = blocks.filter((b) => b !== para);
          if (others.length) addNote(s.label, others, `Text under "${s.label}" fits no field`, s.line);
        } else if (s.label && s.depth > 0 && /^(?:\d{4}-\d{2}-\d{2}|undated)$/i.test(s.label.trim()) && effective.some((k) => k === "timeline")) {
          // handled by the timeline parent through inheritance; nothing here
        } else addNote(s.label, [...valueBlocks, ...blocks], `Section "${s.label}" (line ${s.line}) matches no field`, s.line);
        break;
      }
      case "summary":
      case "impact":
      case "detection":
      case "trigger":
      case "resolution":
      case "whatHappened":
        addProse(key, [...valueBlocks, ...blocks]);
        for (const b of blocks)
          for (const f of infoboxFields(b, PROSE)) {
            if (f.key === key || hasKey(f.key) || prose.has(f.key)) continue;
            prose.set(f.key, { parts: [inlineText(f.text)], range: lineRange(f.line) });
            warn(`Read the ${NAMES[f.key] ?? f.key} from the "${s.label}" table`, lineRange(f.line));
          }
        break;
      case "rootCause": {
        const all = [...valueBlocks, ...blocks];
        const last = all[all.length - 1];
        const before = all[all.length - 2];
        // The Gluster template: the steps taken follow the root cause as a bare list of bullets
        // (a numbered list is the root cause's own reasoning, step by step).
        if (last?.kind === "list" && !last.items![0]!.ordered && before && before.kind !== "list" && !/:\s*$/.test(before.text) && !hasKey("resolution")) {
          addProse("rootCause", all.slice(0, -1));
          addProse("resolution", [last]);
          warn("Read the unlabelled list after the root cause as the resolution", lineRange(last.line, last.endLine));
        } else addProse("rootCause", all);
        break;
      }
      case "timeline": {
        const heading = declaredZone(s.label ?? "");
        if (heading) scan.zone = heading;
        const d = s.label && s.depth > 2 ? findDate(s.label) : undefined;
        if (d && s.label!.trim().length <= 40) setDate(scan, d);
        const leftovers: Block[] = [];
        // One heading per entry ("### 4:27", "### July 11, 2025, 12:42 PM"): the heading is the
        // time, the text under it the event.
        const own = s.key === undefined && s.label ? readStamp(s.label) : undefined;
        // A heading with a date alone over a table or list is the day of the entries below it.
        if (own && (own.clock || (own.date && !blocks.some((b) => b.kind === "table" || b.kind === "list"))) && s.label!.length - own.end <= 3) {
          const text = blocks.filter((b) => b.kind === "paragraph" || b.kind === "list").map((b) => (b.kind === "list" ? b.items!.map((it) => foldLines(it.text)).join("; ") : foldLines(b.text))).join(" ");
          timelineEntries.push({ stamp: own, contextDate: scan.date, contextId: scan.contextId, zone: scan.zone, event: text.trim() || s.label!, line: s.line, column: s.column, endLine: blocks[blocks.length - 1]?.endLine ?? s.line });
          if (own.date?.year !== undefined) setDate(scan, own.date as Day);
          break;
        }
        scanTimeline([...valueBlocks, ...blocks], scan, timelineEntries, leftovers);
        if (leftovers.length) addNote(s.label, leftovers, `Lines in "${s.label}" that are not timeline entries`, leftovers[0]!.line);
        break;
      }
      case "wentWell":
      case "wentBad":
      case "lucky":
      case "lessons": {
        const { items, rest } = listItems([...valueBlocks, ...blocks], mode);
        lists.set(key, [...(lists.get(key) ?? []), ...items]);
        if (rest.length && items.length) addNote(s.label, rest, `Text in "${s.label}" around its list`, rest[0]!.line);
        break;
      }
      case "actionItems": {
        const { items, table, rest } = actionCandidates([...valueBlocks, ...blocks], mode);
        for (const item of items) actionItems.push({ item: readActionItem(item), range: lineRange(item.line, item.endLine, item.column) });
        if (table) for (const { item, line } of actionItemsFromTable(table.header!, table.rows!)) actionItems.push({ item, range: lineRange(line) });
        if (rest.length) addNote(s.label, rest, `Text in "${s.label}" that is not an action item`, rest[0]!.line);
        break;
      }
      case "participants":
      case "authors": {
        const target = key === "participants" ? people.participants : people.authors;
        if (key === "participants") participantsFromLabel = true;
        const all = [...valueBlocks, ...blocks];
        const first = all[0];
        if (first?.kind === "list") for (const i of first.items!) pushAll(target, readPeopleItem(i.text).map((p) => ({ p, range: lineRange(i.line, i.endLine, i.column) })));
        else if (first?.kind === "paragraph" && first.text.length < 300) pushAll(target, readPeople(foldLines(first.text, ", ")).map((p) => ({ p, range: lineRange(first.line, first.endLine) })));
        pushAll(pool, all.slice(1));
        break;
      }
      case "date": {
        const all = [...valueBlocks, ...blocks];
        const first = all[0];
        if (first) setDateFrom(first.text, lineRange(first.line, first.endLine), `"${s.label}"`, true);
        pushAll(pool, all.slice(1));
        break;
      }
      case "status":
      case "severity": {
        const all = [...valueBlocks, ...blocks];
        const first = all[0];
        if (first?.kind === "paragraph" && first.text.length < 40) {
          const v = inlineText(first.text);
          if (key === "status") {
            const st = v.toLowerCase();
            if (["draft", "review", "final"].includes(st)) out.status = st;
            else if (/^(?:published|complete|done|closed)$/.test(st)) out.status = "final";
            else if (/^(?:in review|under review|reviewed)$/.test(st)) out.status = "review";
            else notes.push({ label: s.label, text: v, line: s.line });
          } else out.severity = v;
          positions.set(`/${key}`, { value: lineRange(first.line) });
          pushAll(pool, all.slice(1));
        } else addNote(s.label, all, `Section "${s.label}" is not a single value`, s.line);
        break;
      }
      case "links": {
        const all = [...valueBlocks, ...blocks];
        const links: Array<{ url: string; title?: string }> = [];
        const rest: Block[] = [];
        for (const b of all) {
          if (b.kind !== "list") {
            rest.push(b);
            continue;
          }
          for (const i of b.items!) {
            const link = readLink(i.text);
            if (link) links.push(link);
            else rest.push({ kind: "paragraph", line: i.line, endLine: i.endLine, column: i.column, text: i.text });
          }
        }
        if (links.length) out.links = [...((out.links as unknown[]) ?? []), ...links];
        if (rest.length) addNote(s.label, rest, `Text in "${s.label}" that is not a link`, rest[0]!.line);
        break;
      }
      case "notes":
        if (blocks.length || valueBlocks.length) notes.push({ label: s.label === "Notes" ? null : s.label, text: sourceOf([...valueBlocks, ...blocks]), line: s.line });
        break;
      case "appendix":
        // Kept whole and never mined: chat logs are full of times that are not timeline entries.
        if (blocks.length || valueBlocks.length) notes.push({ label: s.label, text: sourceOf([...valueBlocks, ...blocks]), line: s.line });
        break;
    }
  }

  // Unlabelled text, read by position.
  interpretPool();

  if (input.statusPage?.affected) {
    const a = input.statusPage.affected;
    notes.push({ label: "Affected components", text: a.text, line: a.line + (input.firstLine ?? 1) });
  }
  if (input.statusPage?.updates.length) {
    const first = input.firstLine ?? 1;
    for (const u of input.statusPage.updates) {
      const event = `${u.status ? `${u.status}: ` : ""}${u.text}`.trim();
      timelineEntries.push({ stamp: u.stamp, contextDate: undefined, contextId: ++scan.contextId, zone: undefined, event, line: u.start + first, column: 1, endLine: u.end + first });
    }
    timelineEntries.sort((a, b) => (stampOrder(a) ?? 0) - (stampOrder(b) ?? 0));
    warn("Read the status updates as the timeline, oldest first", lineRange(input.statusPage.updates[0]!.start + first));
  }


  // Root cause given inline ("... Reason: a power failure in one of the UPS systems.").
  if (!prose.has("rootCause")) {
    for (const key of ["summary", "whatHappened"]) {
      const p = prose.get(key);
      const text = p?.parts.join("\n\n") ?? "";
      const m = /(?:^|[.!?]\s+)(?:reason|root cause|cause)\s*:\s*(\S[^\n]*)/i.exec(text);
      if (m && p) {
        prose.set("rootCause", { parts: [m[1]!.trim()], range: p.range });
        warn("Read the root cause from the inline \"Reason:\"", p.range);
        break;
      }
    }
  }
  const happened = prose.get("whatHappened");
  if (happened) {
    prose.delete("whatHappened");
    const target = prose.has("rootCause") ? "summary" : "rootCause";
    const existing = prose.get(target);
    if (existing) pushAll(existing.parts, happened.parts);
    else prose.set(target, happened);
  }

  // Dates. A mail's Date header, a blog's front matter date, a status page's Posted line and an
  // issue's byline say when the text was published, which can be days after the incident; a
  // date the title or the lead paragraph states, on or before that day, is the incident's.
  const dateOptions = (year?: number): DateOptions => ({ ...(order ? { order: order.order } : {}), ...(year !== undefined ? { year } : {}) });
  const mailDay = input.mail?.date ? findDate(input.mail.date.slice(0, 10)) : undefined;
  const published: { day: Day; range: Range; how: string } | undefined = mailDay
    ? { day: mailDay, range: input.mail?.lines.date ? lineRange(input.mail.lines.date) : lineRange(1), how: "the mail's date" }
    : (publishedDate ?? (input.statusPage?.postmortem?.stamp.date?.year !== undefined ? { day: input.statusPage.postmortem.stamp.date as Day, range: lineRange(input.statusPage.postmortem.end + 1 + (input.firstLine ?? 1)), how: "the post-mortem's Posted line" } : undefined));
  const notAfterPublished = (d: Day): boolean => !published || Date.UTC(d.year, d.month - 1, d.day) <= Date.UTC(published.day.year, published.day.month - 1, published.day.day);
  const sayReading = (d: { reading?: string }, range: Range): void => {
    if (d.reading) warn(`Date ${d.reading}${order ? ` (${order.why})` : ""}`, range, "parse/date");
  };
  const titleDay = typeof out.title === "string" ? findDate(out.title, dateOptions(published?.day.year)) : undefined;
  if (!dateSource && titleDay && notAfterPublished(titleDay)) {
    dateSource = { day: titleDay, range: positions.get("/title")?.value ?? lineRange(1), how: "the title" };
    sayReading(titleDay, dateSource.range);
  }
  if (!dateSource) {
    const lead = prose.get("summary");
    const first = lead ? lead.parts[0]!.split(/\n\s*\n/)[0]! : "";
    const d = findDate(first, dateOptions(published?.day.year));
    // Only a lead that names one day: "the incident on X repeated on Y" names none for sure.
    const another = d ? findDate(first.slice(d.index + d.length), dateOptions(published?.day.year)) : undefined;
    if (d && lead && notAfterPublished(d) && (!another || formatDay(another) === formatDay(d))) {
      dateSource = { day: d, range: lead.range, how: "the lead paragraph" };
      warn(`Took the incident date ${formatDay(d)} from the lead paragraph`, lead.range, "parse/date");
      sayReading(d, lead.range);
    }
  }
  if (!dateSource && published) {
    // Status updates and dated timeline entries before the publication date are the incident's.
    const dated = timelineEntries.find((e) => e.stamp?.date?.year !== undefined);
    const day = dated?.stamp?.date as Day | undefined;
    if (dated && day && notAfterPublished(day)) dateSource = { day, range: lineRange(dated.line), how: "the first dated timeline entry" };
  }
  if (!dateSource && published) {
    dateSource = published;
    if (titleDay && !notAfterPublished(titleDay)) warn(`The title names ${formatDay(titleDay)}, after the text was published on ${formatDay(published.day)}; took the publication date`, published.range, "parse/date");
  }
  documentZone = documentZone ?? findDocumentZone(sections);
  const resolved = resolveTimes(timelineEntries, dateSource?.day, documentZone);
  if (!dateSource) {
    // An entry dated by day alone ("2022-09-05: deploy fails") dates the incident as well as a
    // timed one.
    const firstTimed = resolved.entries.find((e) => e.time && e.time.length >= 10);
    const d = firstTimed?.time ? findDate(firstTimed.time.slice(0, 10)) : undefined;
    if (d && firstTimed) {
      dateSource = { day: d, range: lineRange(firstTimed.raw.line), how: "the first timeline entry" };
      warn(`Took the incident date ${formatDay(d)} from the first timeline entry`, dateSource.range, "parse/date");
    }
  }
  if (dateSource) {
    out.date = formatDay(dateSource.day);
    positions.set("/date", { value: dateSource.range });
  } else warn("No incident date found (no Date: line, dated title, mail date or dated timeline)", lineRange(1), "parse/missing-date");

  // Timeline.
  if (resolved.entries.length) {
    const zones = new Set(timelineEntries.map((e) => e.stamp?.zone ?? e.zone ?? documentZone).filter((z): z is string => Boolean(z)));
    file.data.timelineZones = [...zones];
    for (const zone of zones) {
      const reading = ambiguousZone(zone);
      const first = timelineEntries.find((e) => (e.stamp?.zone ?? e.zone ?? documentZone) === zone);
      if (reading && first) warn(`"${zone}" names more than one time zone; read it as ${reading}`, lineRange(first.line), "parse/ambiguous-zone");
    }
    const timeline: TimelineEntry[] = [];
    resolved.entries.forEach((e, i) => {
      const entry: TimelineEntry = e.time ? { time: e.time, event: e.event || "(no description)" } : { event: e.event || "(no description)" };
      if (e.actor) entry.actor = inlineText(e.actor);
      const kind = e.kind ? inlineText(e.kind).toLowerCase() : inferKind(e.event);
      if (kind && ["start", "detected", "escalated", "mitigated", "resolved", "other"].includes(kind)) entry.kind = kind as NonNullable<TimelineEntry["kind"]>;
      timeline.push(entry);
      const range = lineRange(e.raw.line, e.raw.endLine, e.raw.column);
      positions.set(`/timeline/${i}`, { value: range });
      positions.set(`/timeline/${i}/time`, { value: range });
      positions.set(`/timeline/${i}/event`, { value: range });
    });
    out.timeline = timeline;
    positions.set("/timeline", { value: lineRange(timelineEntries[0]!.line, timelineEntries[timelineEntries.length - 1]!.endLine) });
    if (out.timezone === undefined && zones.size === 1) out.timezone = [...zones][0];
    else if (out.timezone === undefined && zones.size > 1) out.timezone = [...zones].join(", ");
    const timed = resolved.problems.noZone.filter((e) => e.stamp?.clock);
    if (timed.length) warn(`The timeline states no time zone; read its ${timed.length} time${timed.length === 1 ? "" : "s"} as UTC`, lineRange(timed[0]!.line), "parse/timeline-zone");
    for (const e of resolved.problems.noDate) warn("Timeline entry has a time but no day can be worked out; its time is left out", lineRange(e.line), "parse/timeline-date");
    for (const e of resolved.problems.unknownTime) warn("Timeline entry has an unknown time", lineRange(e.line), "parse/timeline-time");
    for (const g of resolved.problems.guessed) warn(g.message, lineRange(resolved.entries[g.index]!.raw.line), "parse/dst");
    for (const o of resolved.problems.outOfSeason) warn(o.message, lineRange(resolved.entries[o.index]!.raw.line), "parse/zone-season");
    file.data.guessedTimes = resolved.problems.guessed.map((g) => ({ index: g.index, message: g.message }));
  }

  // Prose fields.
  for (const [key, value] of prose) {
    if (key === "whatHappened") continue;
    out[key] = value.parts.join("\n\n");
    positions.set(`/${key}`, { value: value.range });
  }
  for (const [key, items] of lists) {
    if (!items.length) continue;
    out[key] = items.map((i) => i.text);
    items.forEach((it, n) => positions.set(`/${key}/${n}`, { value: lineRange(it.line, it.endLine, it.column) }));
    positions.set(`/${key}`, { value: lineRange(items[0]!.line, items[items.length - 1]!.endLine) });
  }
  if (actionItems.length) {
    out.actionItems = actionItems.map((a) => a.item);
    actionItems.forEach((a, n) => positions.set(`/actionItems/${n}`, { value: a.range }));
  }

  // People: the sender of a mail wrote it; a document's declared author stands in for the
  // participants when it names none.
  if (input.mail?.from?.name || input.mail?.from?.address) {
    const f = input.mail.from;
    if (people.authors.length === 0) people.authors.push({ p: f.name ? (f.address ? { name: f.name, email: f.address } : f.name) : f.address!, range: input.mail.lines.from ? lineRange(input.mail.lines.from) : lineRange(1) });
  } else if (!participantsFromLabel && people.participants.length === 0 && people.authors.length) {
    pushAll(people.participants, people.authors);
    warn("No participants are listed; took the author as a participant", people.authors[0]!.range);
  }
  for (const k of ["authors", "participants"] as const) {
    if (!people[k].length) continue;
    out[k] = people[k].map((x) => x.p);
    people[k].forEach((x, n) => positions.set(`/${k}/${n}`, { value: x.range }));
  }

  if (notes.length) {
    out.notes = notes.map((n) => (n.label ? `**${n.label.replace(/\*/g, "")}**\n\n${n.text}` : n.text)).join("\n\n");
    positions.set("/notes", { value: lineRange(notes[0]!.line) });
  }
  if (mode === "markdown") unescapeFields(out);
  return { incident: ordered(out), positions };

  function interpretPool(): void {
    const blocks = pool.filter((b) => b.kind !== "rule");
    // Lines such as "Created By: X", "Last Modified: Y", "All times in PST."
    const rest: Block[] = [];
    for (const b of blocks) {
      if (b.kind === "paragraph") {
        // A byline over the text ("cdrini · description · 2025-10-07") dates its publication.
        if (!publishedDate && b.text.length <= 120 && !b.text.includes("\n")) {
          const d = findDate(b.text, order ? { order: order.order } : {});
          if (d && b.text.length - d.length <= 80) publishedDate = { day: d, range: lineRange(b.line), how: "the byline" };
        }
        const zone = declaredZone(b.text);
        if (zone && /\btimes?\b/i.test(b.text) && b.text.length < 120) {
          documentZone = zone;
          const d = findDate(b.text);
          if (d && !scan.date) setDate(scan, d);
          continue;
        }
        const kv = b.text.split("\n").every((l) => /^[A-Z][\w ()'-]{0,30}:\s+\S/.test(l.trim()));
        if (kv && b.text.split("\n").length <= 4 && labelled > 0) {
          for (const [k, l] of b.text.split("\n").entries()) notes.push({ label: null, text: l.trim(), line: b.line + k });
          continue;
        }
      }
      rest.push(b);
    }
    // Paragraphs that each open with a time ("At 05:00 UTC 2016-05-16 ...", "By 08:11 ...")
    // are a timeline written as prose, when there are several and no timeline section.
    if (!hasKey("timeline")) {
      const prosey = rest.filter((b) => b.kind === "paragraph" && proseStamp(b.text));
      if (prosey.length >= 2) {
        for (const b of prosey) {
          const m = proseStamp(b.text)!;
          timelineEntries.push({ stamp: m.stamp, contextDate: scan.date, contextId: scan.contextId, zone: scan.zone, event: m.event, line: b.line, column: b.column, endLine: b.endLine });
          rest.splice(rest.indexOf(b), 1);
        }
        warn("Read paragraphs that start with a time as the timeline", lineRange(prosey[0]!.line, prosey[prosey.length - 1]!.endLine));
      }
    }
    // The lead: paragraphs before any list or table, less one that only introduces a list.
    let i = 0;
    const lead: Block[] = [];
    while (i < rest.length && rest[i]!.kind === "paragraph" && !(rest[i + 1]?.kind === "list" && /:\s*$/.test(rest[i]!.text))) lead.push(rest[i++]!);
    const after = rest.slice(i);
    if (lead.length && !hasKey("summary")) {
      if (labelled >= 3 && !hasKey("impact") && lead.length >= 2) {
        addProse("summary", lead.slice(0, -1));
        addProse("impact", lead.slice(-1));
        warn("Read the unlabelled paragraphs before the first section as the summary", blocksRange(lead.slice(0, -1)));
        warn("Read the second unlabelled paragraph as the impact", blocksRange(lead.slice(-1)));
      } else {
        addProse("summary", lead);
        warn("Read the unlabelled opening paragraphs as the summary", blocksRange(lead));
      }
    } else if (lead.length) addNote(null, lead, "Unlabelled paragraphs before the first section", lead[0]!.line);
    // A bare list of time-stamped lines with no timeline section is the timeline.
    const remaining: Block[] = [];
    for (let k = 0; k < after.length; k++) {
      const b = after[k]!;
      if (b.kind === "list" && !hasKey("timeline") && b.items!.filter((it) => readStamp(it.text)?.clock).length >= Math.max(2, b.items!.length / 2)) {
        const intro = remaining[remaining.length - 1];
        if (intro?.kind === "paragraph" && /:\s*$/.test(intro.text)) remaining.pop();
        scanTimeline([b], scan, timelineEntries, remaining);
        warn("Read the list of time-stamped lines as the timeline", lineRange(b.line, b.endLine));
      } else if (b.kind === "paragraph" && rest[i - 1] === undefined && k === 0 && /:\s*$/.test(b.text) && after[1]?.kind === "list" && after[1].items!.filter((it) => readStamp(it.text)?.clock).length >= 2) {
        // The line that introduces a timeline list; dropped with it.
        continue;
      } else remaining.push(b);
    }
    const other = remaining.filter((b) => b.kind !== "rule");
    if (other.length) addNote(null, other, "Unlabelled text", other[0]!.line);
  }
}

/** A section that only introduces its sub-sections: no text of its own, or one line ending in ":". */
function groupsOnly(section: Section): boolean {
  const own = section.blocks.filter((b) => b.kind !== "rule");
  return own.length === 0 || (own.length === 1 && own[0]!.kind === "paragraph" && /:\s*$/.test(own[0]!.text));
}

/** A line that only names a day: "Sunday 3rd June 2012", "2018-11-20". */
function isDateline(text: string): boolean {
  const t = text.trim();
  if (t.includes("\n") || t.length > 40) return false;
  const d = findDate(t);
  return d !== undefined && t.slice(0, d.index).replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\s,]/gi, "") === "" && t.slice(d.index + d.length).trim() === "";
}

/** A sortable number for a fully dated stamp (status updates carry their own date and time). */
function stampOrder(e: RawEntry): number | undefined {
  const d = e.stamp?.date;
  const c = e.stamp?.clock;
  if (d?.year === undefined || !c) return undefined;
  return Date.UTC(d.year, d.month - 1, d.day, c.hour, c.minute);
}

function proseStamp(text: string): { stamp: NonNullable<ReturnType<typeof readStamp>>; event: string } | undefined {
  const m = /^(?:at|by|around|from|since|until|on)\s+(?:\*\*)?/i.exec(text);
  if (!m) return undefined;
  const stamp = readStamp(text.slice(m[0].length));
  if (!stamp?.clock) return undefined;
  return { stamp, event: foldLines(text.slice(m[0].length + stamp.end)).trim() };
}

/** A date and time inside a heading: "Investigating 2025-01-04 9:27a", "Update (2024-03-09 10:00 UTC)". */
function stampInLabel(label: string): { stamp: NonNullable<ReturnType<typeof readStamp>>; prefix: string } | undefined {
  const words = [...label.matchAll(/\S+/g)];
  for (const w of words.slice(0, 6)) {
    const stamp = readStamp(label.slice(w.index).replace(/(\d{1,2}:\d{2})([ap])\b/i, "$1 $2m"));
    if (stamp?.date && stamp.clock) return { stamp, prefix: trimEndChars(label.slice(0, w.index), " \t\n:(,-").trim() };
  }
  return undefined;
}

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

function readLink(text: string): { url: string; title?: string } | undefined {
  const md = /^\[([^\]]+)\]\(<?([^)>\s]+)>?\)\s*$/.exec(text.trim());
  if (md) return { url: md[2]!, title: inlineText(md[1]!) };
  const auto = /^<(https?:\/\/[^>]+)>$/.exec(text.trim());
  if (auto) return { url: auto[1]! };
  const titled = /^(.*?):\s+(https?:\/\/\S+)$/.exec(text.trim());
  if (titled) return { url: titled[2]!, title: titled[1]! };
  if (/^https?:\/\/\S+$/.test(text.trim())) return { url: text.trim() };
  return undefined;
}

function toPeople(v: unknown): Person[] {
  if (typeof v === "string") return readPeople(v);
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === "string" ? [readPerson(x)].filter((p): p is Person => !!p) : x && typeof x === "object" && "name" in x ? [x as Person] : []));
  return [];
}

/** Markdown fields as their authors meant them, without the escapes they do not need. */
function unescapeFields(out: Record<string, unknown>): void {
  for (const key of [...PROSE, "notes"]) if (typeof out[key] === "string") out[key] = withoutNeedlessEscapes(out[key] as string, "block");
  for (const key of ["wentWell", "wentBad", "lucky", "lessons"]) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((v) => (typeof v === "string" ? withoutNeedlessEscapes(v, "inline") : v));
  if (Array.isArray(out.timeline)) for (const e of out.timeline as TimelineEntry[]) e.event = withoutNeedlessEscapes(e.event, "inline");
  if (Array.isArray(out.actionItems)) for (const a of out.actionItems as ActionItem[]) a.description = withoutNeedlessEscapes(a.description, "inline");
}

const ORDER = ["$schema", "id", "title", "date", "status", "severity", "tags", "timezone", "authors", "participants", "summary", "impact", "detection", "trigger", "rootCause", "resolution", "notes", "timeline", "wentWell", "wentBad", "lucky", "lessons", "actionItems", "links"];

/** Keys in schema order, so output diffs well. */
function ordered(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (o[k] !== undefined) out[k] = o[k];
  for (const k of Object.keys(o).sort()) if (!(k in out)) out[k] = o[k];
  return out;
}
