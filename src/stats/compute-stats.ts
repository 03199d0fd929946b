import { DURATION_NAMES, type DurationName } from "./durations.js";
import { summarise, type Summary } from "./summary.js";
import { DEFINITIONS } from "./definitions.js";
import { actionItemStats } from "./action-item-stats.js";
import { relatedIncidents } from "./related.js";
import { dataQuality } from "./data-quality.js";
import { countBy } from "./counts.js";
import {
  DEFAULT_EXCLUDE_TAGS,
  DEFAULT_NEAR_MISS_TAGS,
  incidentRow,
  personName,
} from "./incident-row.js";
import {
  STATS_VERSION,
  type Counts,
  type IncidentRow,
  type StatsDocument,
  type StatsOptions,
  type StatsReport,
} from "./report.js";

export const TAG_PREFIXES = ["service", "team", "trigger", "cause", "detected-by"];

/**
 * Statistics over many post-mortems. Pure: the same documents and options give the same report,
 * whatever their order (documents are sorted by file name first), and nothing reads the clock.
 */
export function computeStats(
  documents: readonly StatsDocument[],
  options: StatsOptions,
): StatsReport {
  const tz = options.tz ?? "UTC";
  const repeatWindow = options.repeatWindow ?? 90;
  const ctx = {
    asOf: options.asOf,
    tz,
    excludeTags: options.excludeTags ?? DEFAULT_EXCLUDE_TAGS,
    nearMissTags: options.nearMissTags ?? DEFAULT_NEAR_MISS_TAGS,
  };
  const docs = sortedDocs(documents);
  const inWindow = docs.filter((d) => withinFilter(d.incident.date, options));
  const rows = inWindow.map((d) => incidentRow(d, ctx));
  const counted = rows.filter((r) => !r.excluded && !r.nearMiss);
  const countedDocs = inWindow.filter((_, i) => !rows[i]!.excluded && !rows[i]!.nearMiss);
  return {
    version: STATS_VERSION,
    asOf: options.asOf,
    timezone: tz,
    repeatWindowDays: repeatWindow,
    filter: { since: options.since ?? null, until: options.until ?? null },
    definitions: DEFINITIONS,
    incidents: {
      total: counted.length,
      nearMisses: rows.filter((r) => r.nearMiss && !r.excluded).length,
      byYear: countBy(counted, (r) => r.date?.slice(0, 4)),
      byQuarter: countBy(counted, (r) => quarterOf(r.date)),
      byMonth: countBy(counted, (r) => r.date?.slice(0, 7)),
      bySeverity: countBy(counted, (r) => r.severity ?? "(none)"),
      byStatus: countBy(counted, (r) => r.status ?? "(none)"),
      byTag: Object.fromEntries(TAG_PREFIXES.map((p) => [p, countTags(counted, p)])),
      excluded: rows
        .filter((r) => r.excluded)
        .map((r) => ({ file: r.file, title: r.title, date: r.date, reason: r.excluded! })),
    },
    groups: options.groupBy?.length ? crossTable(counted, options.groupBy) : null,
    durations: durationStats(counted),
    actionItems: actionItemStats(countedDocs, counted, options.asOf),
    people: peopleStats(countedDocs, counted),
    related: relatedIncidents(counted, repeatWindow),
    dataQuality: dataQuality(inWindow),
    rows,
  };
}

/** File name first; messages of one mbox share a file, so their content orders them. */
function sortedDocs(documents: readonly StatsDocument[]): StatsDocument[] {
  const keyed = documents.map((d) => ({ d, content: "" }));
  const byFile = new Map<string, number>();
  for (const { d } of keyed) byFile.set(d.file, (byFile.get(d.file) ?? 0) + 1);
  for (const k of keyed) if (byFile.get(k.d.file)! > 1) k.content = JSON.stringify(k.d.incident);
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return keyed
    .sort((a, b) => order(a.d.file, b.d.file) || order(a.content, b.content))
    .map((k) => k.d);
}

function withinFilter(date: unknown, options: StatsOptions): boolean {
  if (!options.since && !options.until) return true;
  if (typeof date !== "string") return false;
  return (!options.since || date >= options.since) && (!options.until || date <= options.until);
}

const quarterOf = (date: string | null): string | undefined =>
  date && /^\d{4}-\d{2}/.test(date)
    ? `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`
    : undefined;

const tagsWithPrefix = (r: IncidentRow, prefix: string): string[] =>
  r.tags
    .filter((t) => t.toLowerCase().startsWith(`${prefix}:`))
    .map((t) => t.slice(prefix.length + 1).trim());

function countTags(rows: readonly IncidentRow[], prefix: string): Counts {
  return countBy(
    rows.flatMap((r) => tagsWithPrefix(r, prefix)),
    (t) => t,
  );
}

/** A key's values for one incident: one for periods and fields, one per tag for a tag prefix. */
function groupValues(r: IncidentRow, key: string): string[] {
  switch (key) {
    case "year":
      return [r.date?.slice(0, 4) ?? "(no date)"];
    case "quarter":
      return [quarterOf(r.date) ?? "(no date)"];
    case "month":
      return [r.date?.slice(0, 7) ?? "(no date)"];
    case "severity":
      return [r.severity ?? "(none)"];
    case "status":
      return [r.status ?? "(none)"];
    default: {
      const tags = tagsWithPrefix(r, key);
      return tags.length ? tags : ["(none)"];
    }
  }
}

function crossTable(
  rows: readonly IncidentRow[],
  by: string[],
): NonNullable<StatsReport["groups"]> {
  const combos = rows.flatMap((r) =>
    by.reduce<string[][]>(
      (acc, key) => acc.flatMap((prefix) => groupValues(r, key).map((v) => [...prefix, v])),
      [[]],
    ),
  );
  const counts = countBy(combos, (keys) => JSON.stringify(keys));
  return {
    by,
    rows: Object.entries(counts).map(([k, count]) => ({ keys: JSON.parse(k) as string[], count })),
  };
}

function durationStats(rows: readonly IncidentRow[]): StatsReport["durations"] {
  const of = (subset: readonly IncidentRow[]): Record<DurationName, Summary> =>
    Object.fromEntries(
      DURATION_NAMES.map((n) => [
        n,
        summarise(subset.map((r) => r.durations[n]).filter((v): v is number => v !== null)),
      ]),
    ) as Record<DurationName, Summary>;
  const severities = Object.keys(countBy(rows, (r) => r.severity ?? "(none)"));
  const bySeverity = Object.fromEntries(
    severities.map((s) => [s, of(rows.filter((r) => (r.severity ?? "(none)") === s))]),
  );
  return { ...of(rows), bySeverity };
}

function peopleStats(
  docs: readonly StatsDocument[],
  rows: readonly IncidentRow[],
): StatsReport["people"] {
  const perPerson = new Map<string, number>();
  for (const d of docs) {
    const people = Array.isArray(d.incident.participants) ? d.incident.participants : [];
    for (const name of new Set(people.map(personName).filter(Boolean)))
      perPerson.set(name, (perPerson.get(name) ?? 0) + 1);
  }
  const starts = rows.filter((r) => r.start);
  const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const r of starts) grid[r.start!.weekday - 1]![r.start!.hour]!++;
  return {
    participantsPerIncident: summarise(rows.map((r) => r.participants)),
    incidentsPerPerson: [...perPerson]
      .map(([person, incidents]) => ({ person, incidents }))
      .sort((a, b) => b.incidents - a.incidents || (a.person < b.person ? -1 : 1)),
    outOfHoursStarts: {
      count: starts.filter((r) => r.start!.outOfHours).length,
      of: starts.length,
    },
    startsByWeekdayHour: grid,
  };
}
