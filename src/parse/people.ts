import type { Person } from "../model/incident.js";

/**
 * Reads a person as written: `Name <email> (@handle, role)` (our own rendering), `Name <email>`,
 * `@handle`, `[Name](https://github.com/handle)`, `name at example.org`, or a bare name.
 */
export function readPerson(raw: string): Person | undefined {
  let s = raw
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>@|~])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  if (!s) return undefined;
  let email: string | undefined;
  let handle: string | undefined;
  let role: string | undefined;
  const paren = /\s*\(([^()]*)\)\s*$/.exec(s);
  if (paren) {
    const parts = paren[1]!.split(",").map((p) => p.trim());
    if (parts[0]?.startsWith("@")) {
      handle = parts.shift()!.slice(1);
      role = parts.join(", ") || undefined;
    } else role = paren[1]!.trim() || undefined;
    s = s.slice(0, paren.index).trim();
  }
  const angle = /\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(s);
  if (angle) {
    email = angle[1];
    s = s.slice(0, angle.index).trim();
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
  if (separator) return line.split(separator).map((p) => readPerson(p)).filter((p): p is Person => p !== undefined);
  const parts = line.includes(";") ? line.split(";") : line.split(/,(?![^()]*\))|\s+and\s+(?![^()]*\))/);
  return parts.map((p) => readPerson(p)).filter((p): p is Person => p !== undefined);
}
