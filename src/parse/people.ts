import type { Person } from "../model/incident.js";
import { trailingGroup } from "../text/whitespace.js";

/**
 * Reads a person as written: `Name <email> (@handle, role)` (our own rendering), `Name <email>`,
 * `@handle`, `[Name](https://github.com/handle)`, `name at example.org`, or a bare name.
 */
export function readPerson(raw: string): Person | undefined {
  let s = raw
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, "$1")
    .replace(/\[([^[\]]+)\]/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>@|~])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  if (!s) return undefined;
  let email: string | undefined;
  let handle: string | undefined;
  let role: string | undefined;
  const paren = trailingGroup(s, "(", ")");
  if (paren) {
    const parts = paren.inner.split(",").map((p) => p.trim());
    if (parts[0]?.startsWith("@")) {
      handle = parts.shift()!.slice(1);
      role = parts.join(", ") || undefined;
    } else role = paren.inner.trim() || undefined;
    s = paren.before;
  }
  const angle = trailingGroup(s, "<", ">");
  if (angle && /^[^\s@]+@[^\s@]+$/.test(angle.inner)) {
    email = angle.inner;
    s = angle.before;
  }
  if (!s && email) return email;
  if (!s) return undefined;
  if (!email && !handle && !role) return s;
  const person: { name: string; handle?: string; email?: string; role?: string } = { name: s };
  if (handle) person.handle = handle;
  if (email) person.email = email;
  if (role) person.role = role;
  // `Name <email>` with nothing else reads best kept as the author wrote it.
  if (!handle && !role && email) return `${s} <${email}>`;
  return person;
}

/** A list of people on one line: `a, b and c` or `a; b` (our rendering uses `; `). */
export function readPeople(line: string, separator?: ";"): Person[] {
  if (separator)
    return line
      .split(separator)
      .map((p) => readPerson(p))
      .filter((p): p is Person => p !== undefined);
  const parts = line.includes(";") ? line.split(";") : splitOutsideParentheses(line);
  return parts.map((p) => readPerson(p)).filter((p): p is Person => p !== undefined);
}

/**
 * The people of one list item. An item names one person as a rule, so "O'Brien, Seán" (a family
 * name, a comma, a given name) is one name; an item that lists
 * several ("misc, nigelb and duck") gives each.
 */
export function readPeopleItem(item: string): Person[] {
  const plain = item.replace(/\s+/g, " ").trim();
  if (isFamilyNameFirst(plain)) {
    const one = readPerson(plain);
    return one ? [one] : [];
  }
  return readPeople(item);
}

/** `a, b (x, y) and c` -> `a`, `b (x, y)`, `c`: commas and "and" inside parentheses stay. */
function splitOutsideParentheses(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ",") {
      parts.push(line.slice(start, i));
      start = i + 1;
    } else if (
      depth === 0 &&
      /\s/.test(c!) &&
      /^\s+and\s/.test(line.slice(i, i + 6)) &&
      i > start
    ) {
      const m = /^\s+and\s+/.exec(line.slice(i, i + 64))!;
      parts.push(line.slice(start, i));
      start = i + m[0].length;
      i = start - 1;
    }
  }
  parts.push(line.slice(start));
  return parts;
}

// "O'Brien, Seán", "van der Berg, Anna Maria": capitalised words, the family name's particles
// in lower case. Each word is at most 40 characters (bounded input).
const FAMILY_NAME_FIRST =
  /^(?:\p{Ll}{1,4} ){0,3}\p{Lu}[\p{L}'’-]{0,40}, \p{Lu}[\p{L}'’-]{0,40}(?: \p{Lu}[\p{L}'’-]{0,40})?$/u;

/** A name written family name first, with one comma: "O'Brien, Seán". */
export function isFamilyNameFirst(text: string): boolean {
  return text.length <= 120 && FAMILY_NAME_FIRST.test(text.trim());
}
