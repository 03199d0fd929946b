import type { Person } from "../model/incident.js";

/**
 * One line for a person: `Name <email> (@handle, role)`, each part only when known. The
 * parser reads the same shape back, so people survive a render/parse round trip.
 */
export function formatPerson(person: Person): string {
  if (typeof person === "string") return person;
  let out = person.name;
  if (person.email) out += ` <${person.email}>`;
  const extra = [
    person.handle ? `@${person.handle.replace(/^@/, "")}` : "",
    person.role ?? "",
  ].filter(Boolean);
  if (extra.length) out += ` (${extra.join(", ")})`;
  return out;
}
