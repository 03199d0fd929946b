import type { ActionItem, TimelineEntry } from "../../model/incident.js";
import { withoutNeedlessEscapes } from "../../markdown/needless-escapes.js";
import { pushAll } from "../../util/push-all.js";
import { PROSE, type Reading } from "./reading.js";
import { FIELD_ORDER, LIST_FIELDS } from "../../model/fields.js";

/** Writes prose, lists, action items, people and notes into the incident, with their positions. */
export function writeFields(r: Reading): Record<string, unknown> {
  const { out, positions, lineRange } = r;
  for (const [key, value] of r.prose) {
    if (key === "whatHappened") continue;
    out[key] = value.parts.join("\n\n");
    positions.set(`/${key}`, { value: value.range });
  }
  for (const [key, items] of r.lists) {
    if (!items.length) continue;
    out[key] = items.map((i) => i.text);
    items.forEach((it, n) =>
      positions.set(`/${key}/${n}`, { value: lineRange(it.line, it.endLine, it.column) }),
    );
    positions.set(`/${key}`, {
      value: lineRange(items[0]!.line, items[items.length - 1]!.endLine),
    });
  }
  if (r.actionItems.length) {
    out.actionItems = r.actionItems.map((a) => a.item);
    r.actionItems.forEach((a, n) => positions.set(`/actionItems/${n}`, { value: a.range }));
  }
  writePeople(r);
  if (r.notes.length) {
    out.notes = r.notes
      .map((n) => (n.label ? `**${n.label.replace(/\*/g, "")}**\n\n${n.text}` : n.text))
      .join("\n\n");
    positions.set("/notes", { value: lineRange(r.notes[0]!.line) });
  }
  if (r.mode === "markdown") unescapeFields(out);
  return ordered(out);
}

/**
 * The sender of a mail wrote it; a document's declared author stands in for the participants
 * when it names none.
 */
function writePeople(r: Reading): void {
  const { people, input, lineRange } = r;
  const from = input.mail?.from;
  if (from?.name || from?.address) {
    if (people.authors.length === 0)
      people.authors.push({
        p: from.name
          ? from.address
            ? { name: from.name, email: from.address }
            : from.name
          : from.address!,
        range: input.mail?.lines.from ? lineRange(input.mail.lines.from) : lineRange(1),
      });
  } else if (
    !r.participantsFromLabel &&
    people.participants.length === 0 &&
    people.authors.length
  ) {
    pushAll(people.participants, people.authors);
    r.warn(
      "No participants are listed; took the author as a participant",
      people.authors[0]!.range,
    );
  }
  for (const k of ["authors", "participants"] as const) {
    if (!people[k].length) continue;
    r.out[k] = people[k].map((x) => x.p);
    people[k].forEach((x, n) => r.positions.set(`/${k}/${n}`, { value: x.range }));
  }
}

/** Markdown fields as their authors meant them, without the escapes they do not need. */
function unescapeFields(out: Record<string, unknown>): void {
  for (const key of [...PROSE, "notes"])
    if (typeof out[key] === "string") out[key] = withoutNeedlessEscapes(out[key], "block");
  for (const key of LIST_FIELDS)
    if (Array.isArray(out[key]))
      out[key] = (out[key] as unknown[]).map((v) =>
        typeof v === "string" ? withoutNeedlessEscapes(v, "inline") : v,
      );
  if (Array.isArray(out.timeline))
    for (const e of out.timeline as TimelineEntry[])
      e.event = withoutNeedlessEscapes(e.event, "inline");
  if (Array.isArray(out.actionItems))
    for (const a of out.actionItems as ActionItem[])
      a.description = withoutNeedlessEscapes(a.description, "inline");
}

/** Keys in schema order, so output diffs well. */
function ordered(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (o[k] !== undefined) out[k] = o[k];
  for (const k of Object.keys(o).sort()) if (!(k in out)) out[k] = o[k];
  return out;
}
