import { schema } from "./schema.js";

/** The prose fields of an incident that describe it, in the conventional reading order. */
export const DESCRIPTION_FIELDS = [
  "summary",
  "impact",
  "detection",
  "trigger",
  "rootCause",
  "resolution",
] as const;
/** Every prose field: the description and the notes that fit no other. */
export const PROSE_FIELDS = [...DESCRIPTION_FIELDS, "notes"] as const;
/** The lists of short lessons. */
export const LIST_FIELDS = ["wentWell", "wentBad", "lucky", "lessons"] as const;
/** The fields only a post-mortem has: its story, timeline, lessons and action items. */
export const POSTMORTEM_FIELDS = [
  ...DESCRIPTION_FIELDS,
  "timeline",
  ...LIST_FIELDS,
  "actionItems",
] as const;
/** Every field in the schema's order, which is the order output is written in. */
export const FIELD_ORDER: readonly string[] = Object.keys(
  (schema as { properties: object }).properties,
);
