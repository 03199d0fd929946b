import type { RuleContext } from "./rule.js";
import { LIST_FIELDS, PROSE_FIELDS } from "../model/fields.js";

export { PROSE_FIELDS, LIST_FIELDS };

export interface FieldText {
  pointer: string;
  text: string;
}

/** Every piece of prose in the incident with its JSON Pointer: sections, list items, events. */
export function fieldTexts(incident: RuleContext<unknown>["incident"]): FieldText[] {
  const out: FieldText[] = [];
  if (typeof incident.title === "string") out.push({ pointer: "/title", text: incident.title });
  for (const k of PROSE_FIELDS)
    if (typeof incident[k] === "string") out.push({ pointer: `/${k}`, text: incident[k] });
  for (const k of LIST_FIELDS)
    (Array.isArray(incident[k]) ? incident[k] : []).forEach(
      (t, i) => typeof t === "string" && out.push({ pointer: `/${k}/${i}`, text: t }),
    );
  (Array.isArray(incident.timeline) ? incident.timeline : []).forEach(
    (e, i) =>
      typeof e?.event === "string" && out.push({ pointer: `/timeline/${i}/event`, text: e.event }),
  );
  (Array.isArray(incident.actionItems) ? incident.actionItems : []).forEach(
    (a, i) =>
      typeof a?.description === "string" &&
      out.push({ pointer: `/actionItems/${i}/description`, text: a.description }),
  );
  return out;
}

/**
 * Finds a pattern in the source text where a field came from, so a finding points at the very
 * words; falls back to the field's own place when the source spells it differently (a wrapped
 * line, an escaped character).
 */
export function locateInSource(
  context: RuleContext<unknown>,
  pointer: string,
  needle: string,
): ReturnType<RuleContext<unknown>["rangeOf"]> {
  const field = context.rangeOf(pointer);
  if (!field || !needle) return field;
  const from = field.start.offset;
  const to = Math.max(field.end.offset, from);
  const slice = context.source.slice(from, to + 1);
  const at = slice.toLowerCase().indexOf(needle.toLowerCase());
  return at >= 0 ? context.range(from + at, from + at + needle.length) : field;
}

/** Text that is still a placeholder: no-placeholder reports it, other rules leave it alone. */
export const isPlaceholder = (text: string): boolean => /^\s*(?:TODO|TBD|FIXME|XXX)\b/.test(text);
