import { basename, dirname, extname, relative } from "node:path";
import { type SetMember, type SetRule, wholeNumberOptions } from "../rule.js";

export interface Options {
  /** Tags two incidents must share to count as the same kind (fewer when one has fewer). */
  minSharedTags: number;
  /** How far back an earlier incident counts as the same problem coming back. */
  withinDays: number;
  /** Tags that say how an incident was handled, not what broke: `team:*` is a facet. */
  ignoreTags: string[];
}

// Facets of who and how (the team, how it was found, how bad): two incidents that share them
// are not the same problem.
const HANDLING = [
  "team:*",
  "detected-by:*",
  "severity:*",
  "sev:*",
  "priority:*",
  "status:*",
  "owner:*",
];

// "Service: DB" is "service:db". Split, not a regular expression: a tag is user text of any
// length.
const normal = (tag: string): string =>
  tag
    .toLowerCase()
    .split(":")
    .map((part) => part.trim())
    .join(":");

function ignoring(patterns: readonly string[]): (tag: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const p of patterns.map(normal))
    if (p.endsWith("*")) prefixes.push(p.slice(0, -1));
    else exact.add(p);
  return (tag) => exact.has(tag) || prefixes.some((p) => tag.startsWith(p));
}

const DAY = 86_400_000;

interface Known {
  index: number;
  day: number;
  tags: Set<string>;
  /** What a post-mortem that links this one would contain: its file name, id or title. */
  names: string[];
}

function known(member: SetMember, index: number): Known | undefined {
  const { incident } = member;
  const date = typeof incident.date === "string" ? Date.parse(incident.date) : NaN;
  const tags = Array.isArray(incident.tags)
    ? incident.tags.flatMap((t) => {
        const tag = typeof t === "string" ? normal(t) : "";
        return tag ? [tag] : [];
      })
    : [];
  if (Number.isNaN(date) || tags.length === 0) return undefined;
  const names: string[] = [];
  if (member.path !== "-" && member.path !== "<input>") {
    const file = basename(member.path);
    names.push(file, file.slice(0, file.length - extname(file).length));
  }
  if (typeof incident.id === "string" && incident.id.trim().length >= 3)
    names.push(incident.id.trim());
  // A short title ("Outage") is in every post-mortem's text: only a telling one is a link.
  if (typeof incident.title === "string" && incident.title.trim().length >= 12)
    names.push(incident.title.trim());
  return {
    index,
    day: Math.floor(date / DAY),
    tags: new Set(tags),
    names: names.map((n) => n.toLowerCase()),
  };
}

export const repeatIncident: SetRule<Options> = {
  id: "repeat-incident",
  code: "PM024",
  description:
    "A repeat of an earlier incident (the same tags, in the documents linted together) links the earlier post-mortem.",
  defaultSeverity: "warning",
  defaultOptions: { minSharedTags: 2, withinDays: 365, ignoreTags: HANDLING },
  optionsSchema: {
    ...wholeNumberOptions({ minSharedTags: 1, withinDays: 1 }),
    properties: {
      ...(wholeNumberOptions({ minSharedTags: 1, withinDays: 1 }).properties as object),
      ignoreTags: { type: "array", items: { type: "string", minLength: 1 } },
    },
  },
  checkSet(context) {
    const all = context.members.flatMap((m, i) => known(m, i) ?? []);
    // Incidents by tag, so each one is compared only with those that share a tag: a folder of
    // thousands stays fast.
    const byTag = new Map<string, Known[]>();
    for (const k of all) for (const t of k.tags) (byTag.get(t) ?? byTag.set(t, []).get(t)!).push(k);
    const filters = new WeakMap<string[], (tag: string) => boolean>();
    for (const later of all) {
      const options = context.optionsOf(later.index);
      if (!options) continue;
      const ignored =
        filters.get(options.ignoreTags) ??
        filters.set(options.ignoreTags, ignoring(options.ignoreTags)).get(options.ignoreTags)!;
      const mine = [...later.tags].filter((t) => !ignored(t));
      const shared = new Map<Known, number>();
      for (const t of mine)
        for (const e of byTag.get(t)!)
          if (e.day < later.day && later.day - e.day <= options.withinDays)
            shared.set(e, (shared.get(e) ?? 0) + 1);
      const size = (k: Known): number => [...k.tags].filter((t) => !ignored(t)).length;
      // The most alike first, then the most recent.
      const earlier = [...shared]
        .filter(([e, n]) => n >= Math.min(options.minSharedTags, size(e), mine.length))
        .sort(([a, n], [b, m]) => m - n || b.day - a.day || a.index - b.index)
        .map(([e]) => e);
      if (earlier.length === 0) continue;
      const text = context.members[later.index]!.source.toLowerCase();
      // One earlier post-mortem linked is the repeat acknowledged.
      if (earlier.some((e) => e.names.some((n) => text.includes(n)))) continue;
      const last = earlier[0]!;
      const member = context.members[last.index]!;
      const tags = mine.filter((t) => last.tags.has(t));
      const where =
        member.path === "-"
          ? "standard input"
          : relative(dirname(context.members[later.index]!.path), member.path);
      const title = typeof member.incident.title === "string" ? `"${member.incident.title}" ` : "";
      const more = earlier.length > 1 ? ` (and ${earlier.length - 1} earlier)` : "";
      context.report(later.index, {
        message: `A repeat incident: ${title}(${where}, ${String(member.incident.date)})${more} had the same tags (${tags.join(", ")}), expected a link to it and why its action items did not prevent this one`,
        at: "/tags",
      });
    }
  },
};
