import type { ErrorObject } from "ajv";
import { displayPath, fromPointer, toPointer } from "../load/positions.js";
import type { SchemaError } from "./schema-error.js";
import { schema } from "../model/schema.js";

const EXAMPLES: Record<string, string> = {
  "date-time": "a UTC date-time such as 2018-11-20T05:00:00Z",
  date: "a date such as 2018-11-20 (YYYY-MM-DD)",
  email: "an e-mail address such as ops@example.org",
  uri: "an absolute URL such as https://example.org/ticket/1",
};

const TOP_KEYS = Object.keys(schema.properties);
const NESTED_KEYS: Record<string, string[]> = {
  timeline: Object.keys(schema.$defs.timelineEntry.properties),
  actionItems: Object.keys(schema.$defs.actionItem.properties),
  links: Object.keys(schema.$defs.link.properties),
  authors: Object.keys(schema.$defs.person.anyOf[1]?.properties ?? {}),
  participants: Object.keys(schema.$defs.person.anyOf[1]?.properties ?? {}),
};

/**
 * Turns Ajv's raw errors into one message per real problem. Ajv reports every failed branch of
 * an `anyOf` and the `anyOf` itself; a reader wants the branch that matches the value's shape,
 * or one sentence saying what shapes are allowed.
 */
export function humanize(errors: readonly ErrorObject[], data: unknown): SchemaError[] {
  const anyOfPaths = new Map<string, string>();
  for (const e of errors) if (e.keyword === "anyOf") anyOfPaths.set(e.schemaPath, e.instancePath);
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  const push = (err: SchemaError): void => {
    const key = `${err.pointer}\u0000${err.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(err);
    }
  };
  for (const e of errors) {
    const owner = [...anyOfPaths.keys()].find((p) => e.schemaPath.startsWith(p + "/"));
    if (owner) {
      const value = valueAt(data, anyOfPaths.get(owner) ?? e.instancePath);
      // A person given as an object: its own errors are the useful ones.
      if (isObject(value) && e.schemaPath.slice(owner.length).startsWith("/1/")) {
        push(describe(e, data));
      }
      continue;
    }
    if (e.keyword === "anyOf") {
      const objectBranchSpoke =
        isObject(valueAt(data, e.instancePath)) &&
        errors.some((x) => x.schemaPath.startsWith(e.schemaPath + "/1/"));
      if (!objectBranchSpoke) push(describeAnyOf(e, data));
      continue;
    }
    push(describe(e, data));
  }
  // Never report "invalid" with nothing to show for it.
  if (out.length === 0)
    for (const e of errors)
      push({
        pointer: e.instancePath,
        at: "value",
        keyword: e.keyword,
        message: `${displayPath(e.instancePath)} ${e.message ?? "is invalid"}`,
      });
  return out;
}

function describeAnyOf(e: ErrorObject, data: unknown): SchemaError {
  const value = valueAt(data, e.instancePath);
  const where = displayPath(e.instancePath);
  const last = fromPointer(e.instancePath).at(-1);
  if (last === "time") {
    const hint =
      typeof value === "string" &&
      /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?$/.test(value)
        ? ` (got "${value}", a local time without a zone)`
        : typeof value === "string"
          ? ` (got ${JSON.stringify(value)})`
          : "";
    return atValue(
      e,
      "format",
      `${where} must be a UTC date-time such as 2018-11-20T05:00:00Z${hint}`,
    );
  }
  if (isObject(value)) return atValue(e, "anyOf", `${where} must have a "name"`);
  return atValue(
    e,
    "type",
    `${where} must be a name or an object with a "name", got ${kindOf(value)}`,
  );
}

function describe(e: ErrorObject, data: unknown): SchemaError {
  const where = displayPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const value = valueAt(data, e.instancePath);
  switch (e.keyword) {
    case "required": {
      const name = String(p.missingProperty);
      const msg =
        e.instancePath === ""
          ? `Missing required property "${name}"`
          : `${where} is missing required property "${name}"`;
      return atValue(e, "required", msg);
    }
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const pointer = toPointer([...fromPointer(e.instancePath), name]);
      const parent = fromPointer(e.instancePath);
      const known = parent.length === 0 ? TOP_KEYS : (NESTED_KEYS[parent[0]!] ?? []);
      const guess = closest(name, known);
      const suggestion = guess
        ? `; did you mean "${guess}"?`
        : parent.length === 0
          ? ` (extension keys must start with "x-")`
          : "";
      return {
        pointer,
        at: "key",
        keyword: "additionalProperties",
        message: `Unknown property "${name}"${e.instancePath ? ` in ${where}` : ""}${suggestion}`,
      };
    }
    case "type":
      return atValue(
        e,
        "type",
        `${where} must be ${article(String(p.type))}, got ${kindOf(value)}`,
      );
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      return atValue(e, "enum", `${where} must be one of ${allowed}, got ${JSON.stringify(value)}`);
    }
    case "format": {
      const fmt = String(p.format);
      return atValue(
        e,
        "format",
        `${where} must be ${EXAMPLES[fmt] ?? `a valid ${fmt}`}, got ${JSON.stringify(value)}`,
      );
    }
    case "minLength":
      return atValue(e, "minLength", `${where} must not be empty`);
    case "pattern": {
      const last = fromPointer(e.instancePath).at(-1);
      const msg =
        last === "title"
          ? `${where} must be a single line`
          : last === "id"
            ? `${where} must be letters, digits, ".", "_" or "-", such as 2018-11-20-docs-cert`
            : `${where} has an unexpected form, got ${JSON.stringify(value)}`;
      return { pointer: e.instancePath, at: "value", keyword: "pattern", message: msg };
    }
    default:
      return {
        pointer: e.instancePath,
        at: "value",
        keyword: e.keyword,
        message: `${where} ${e.message ?? "is invalid"}`,
      };
  }
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const part of fromPointer(pointer)) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string")
    return `a string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  if (typeof v === "number") return `a number ${v}`;
  if (typeof v === "boolean") return `a boolean ${v}`;
  return typeof v;
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: "a string",
    array: "a list",
    object: "an object",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
  };
  return type
    .split(",")
    .map((t) => names[t] ?? t)
    .join(" or ");
}

/** The known key closest to a misspelt one, if it is close enough to be the likely intent. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase().replace(/[-_ ]/g, "");
  for (const k of known) {
    if (k === "$schema") continue;
    const d = lower === k.toLowerCase() ? 0 : distance(lower, k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3))
    ? best
    : undefined;
}

function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur.push(
        Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    prev = cur;
  }
  return prev[b.length]!;
}

/** A problem with the value at the error's own place. */
function atValue(e: ErrorObject, keyword: string, message: string): SchemaError {
  return { pointer: e.instancePath, at: "value", keyword, message };
}
