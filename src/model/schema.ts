import { createRequire } from "node:module";

interface JsonSchemaObject {
  properties: Record<string, { title?: string; description?: string }>;
  $defs: {
    person: { anyOf: Array<{ properties?: Record<string, unknown> }> };
    timelineEntry: { properties: Record<string, unknown> };
    actionItem: { properties: Record<string, unknown> };
    link: { properties: Record<string, unknown> };
  };
  $id: string;
}

// Read through require: JSON module imports still warn as experimental on Node 20.
const requireJson = createRequire(import.meta.url);

/** The incident JSON Schema, the single source of truth for the model. */
export const schema = requireJson("../../schemas/postmortem.schema.json") as JsonSchemaObject;

export const SCHEMA_ID = schema.$id;
