import type { Incident } from "../model/incident.js";
import type { SchemaError } from "./schema-error.js";
import { humanize } from "./humanize.js";

// The validator is precompiled from the schema at build time (scripts/generate.mjs), so no
// schema compilation happens at start-up.
import validator from "./generated/incident-validator.cjs";

export type ValidationResult =
  { valid: true; data: Incident; errors: [] } | { valid: false; errors: SchemaError[] };

/** Checks data against the incident schema. Never throws for bad data. */
export function validateIncident(data: unknown): ValidationResult {
  if (validator(data)) return { valid: true, data: data as Incident, errors: [] };
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      valid: false,
      errors: [
        {
          pointer: "",
          at: "value",
          keyword: "type",
          message:
            "The document must be a mapping of incident fields (title, date, ...), got " +
            (Array.isArray(data) ? "a list" : data === null ? "nothing" : typeof data),
        },
      ],
    };
  }
  return { valid: false, errors: humanize(validator.errors ?? [], data) };
}
