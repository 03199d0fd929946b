import { sectionKey } from "../../model/section-synonyms.js";
import { readPeople } from "../people.js";
import { inlineText } from "../markdown-inline.js";
import { foldLines } from "../../text/whitespace.js";
import { pushAll } from "../../util/push-all.js";
import type { Reading } from "./reading.js";

/**
 * Our own Markdown rendering starts with a metadata list of "**Key:** value" items. Other
 * documents open with the same list unbolded ("* Date: 2026-01-28", "* Author: X"): taken when
 * every item is a field of the record.
 */
export function readMetadataList(r: Reading): void {
  const { out, positions, people, notes, lineRange } = r;
  const holder = r.titleSection ?? r.sections[0]!;
  const first = holder.blocks[0];
  if (first?.kind !== "list" || !first.items!.every((i) => metadataField(i.text))) return;
  holder.blocks.shift();
  for (const item of first.items!) {
    const m = metadataField(item.text)!;
    const key = (sectionKey(m[1]!) === "authors" ? "authors" : m[1]!).toLowerCase();
    const value = foldLines(m[2]!).trim();
    const range = lineRange(item.line, item.endLine, item.column);
    const plain = inlineText(value);
    if (key === "date") r.setDateFrom(value, range, "metadata", true);
    else if (key === "id") out.id = plain;
    else if (key === "status") out.status = plain.toLowerCase();
    else if (key === "severity") out.severity = plain;
    else if (key === "tags") out.tags = plain.split(/,\s*/).filter(Boolean);
    else if (key === "source time zone") out.timezone = plain;
    else if (key === "authors")
      pushAll(
        people.authors,
        readPeople(value, ";").map((p) => ({ p, range })),
      );
    else if (key === "participants") {
      pushAll(
        people.participants,
        readPeople(value, ";").map((p) => ({ p, range })),
      );
      r.participantsFromLabel = true;
    } else if (/^(?:duration|time to (?:detect|mitigate|resolve))$/.test(key)) continue;
    else notes.push({ label: m[1]!, text: value, line: item.line });
    if (["id", "status", "severity", "tags", "source time zone"].includes(key))
      positions.set(`/${key === "source time zone" ? "timezone" : key}`, { value: range });
  }
}

function metadataField(text: string): RegExpExecArray | null {
  return /^\*\*([^*]+):\*\*\s+(?!\s)(.*)$/s.exec(text) ?? plainField(text);
}

function plainField(text: string): RegExpExecArray | null {
  const m = /^([A-Z][\w ()-]{0,30}):\s+(\S.*)$/s.exec(text);
  const k = m ? sectionKey(m[1]!) : undefined;
  return m &&
    (k === "date" || k === "authors" || k === "participants" || k === "status" || k === "severity")
    ? m
    : null;
}
