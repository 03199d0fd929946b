import type { Person } from "../../model/incident.js";
import { readPeople, readPerson } from "../people.js";
import { findDate } from "../time/dates.js";
import { pushAll } from "../../util/push-all.js";
import type { Reading } from "./reading.js";

/** Front matter: its keys map straight onto the model; the rest is kept under `x-front-matter`. */
export function readFrontMatter(r: Reading): void {
  const fm = r.input.frontMatter;
  if (!fm) return;
  const { out, people } = r;
  const range = r.lineRange(fm.line, fm.endLine);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fm.data)) {
    const key = k.toLowerCase();
    if (key === "title" && typeof v === "string") out.title = v;
    else if (key === "date" && (typeof v === "string" || v instanceof Date)) {
      // A blog's date says when it was published, which can be after the incident.
      const d = findDate(v instanceof Date ? v.toISOString() : v);
      if (d) r.publishedDate = { day: d, range, how: "front matter" };
    } else if ((key === "author" || key === "authors") && v)
      pushAll(
        people.authors,
        toPeople(v).map((p) => ({ p, range })),
      );
    else if (key === "participants" && v) {
      pushAll(
        people.participants,
        toPeople(v).map((p) => ({ p, range })),
      );
      r.participantsFromLabel = true;
    } else if (["id", "severity", "timezone", "status"].includes(key) && typeof v === "string")
      out[key] = key === "status" ? v.toLowerCase() : v;
    else if ((key === "tags" || key === "categories") && Array.isArray(v)) out.tags = v.map(String);
    else extra[k] = v instanceof Date ? v.toISOString() : v;
  }
  if (Object.keys(extra).length) out["x-front-matter"] = extra;
}

function toPeople(v: unknown): Person[] {
  if (typeof v === "string") return readPeople(v);
  if (Array.isArray(v))
    return v.flatMap((x) =>
      typeof x === "string"
        ? [readPerson(x)].filter((p): p is Person => !!p)
        : x && typeof x === "object" && "name" in x
          ? [x as Person]
          : [],
    );
  return [];
}
