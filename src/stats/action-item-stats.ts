import type { ActionItem } from "../model/incident.js";
import { countBy } from "./counts.js";
import { daysBetween, isOpen } from "./incident-row.js";
import type { IncidentRow, OverdueItem, StatsDocument, StatsReport } from "./report.js";

const AGE_BUCKETS: Array<[string, number]> = [
  ["0-30 days", 30],
  ["31-90 days", 90],
  ["91-180 days", 180],
  ["181-365 days", 365],
  ["over 365 days", Infinity],
];

const str = (v: unknown): string | null =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : null;

/** Action items by status, age and owner; overdue ones listed, most overdue first. */
export function actionItemStats(
  docs: readonly StatsDocument[],
  rows: readonly IncidentRow[],
  asOf: string,
): StatsReport["actionItems"] {
  const all = docs.flatMap((d, i) =>
    (Array.isArray(d.incident.actionItems)
      ? (d.incident.actionItems as Partial<ActionItem>[])
      : []
    ).map((item) => ({ item, row: rows[i]! })),
  );
  const overdue: OverdueItem[] = all
    .filter(({ item }) => isOpen(item) && typeof item.due === "string" && item.due < asOf)
    .map(({ item, row }) => ({
      file: row.file,
      title: row.title,
      date: row.date,
      description: String(item.description ?? ""),
      owner: str(item.owner),
      due: item.due!,
      daysOverdue: daysBetween(item.due!, asOf),
    }))
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        (a.description < b.description ? -1 : 1),
    );
  const done = all.filter(({ item }) => item.status === "done").length;
  const countable = all.filter(({ item }) => item.status !== "wontfix").length;
  const open = all.filter(({ item }) => isOpen(item));
  return {
    total: all.length,
    byStatus: countBy(all, ({ item }) => item.status ?? "open"),
    completionRate: countable ? Math.round((done / countable) * 1000) / 1000 : null,
    overdue,
    ageBuckets: ageBuckets(
      open.map(({ row }) => row.date),
      asOf,
    ),
    byAgeAndStatus: Object.fromEntries(
      bucketNames().map((b) => [
        b,
        countBy(
          all.filter(({ row }) => bucketOf(row.date, asOf) === b),
          ({ item }) => item.status ?? "open",
        ),
      ]),
    ),
    missing: {
      owner: all.filter(({ item }) => !str(item.owner)).length,
      due: all.filter(({ item }) => !str(item.due)).length,
      ticket: all.filter(({ item }) => !str(item.ticket)).length,
    },
    perOwner: perOwner(all, asOf),
  };
}

const bucketNames = (): string[] => [...AGE_BUCKETS.map(([name]) => name), "no incident date"];

function bucketOf(date: string | null, asOf: string): string {
  if (!date) return "no incident date";
  const age = daysBetween(date, asOf);
  return AGE_BUCKETS.find(([, max]) => age <= max)![0];
}

function ageBuckets(dates: Array<string | null>, asOf: string): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(
    bucketNames().map((b): [string, number] => [b, 0]),
  );
  for (const date of dates) out[bucketOf(date, asOf)]!++;
  return out;
}

function perOwner(
  all: Array<{ item: Partial<ActionItem> }>,
  asOf: string,
): StatsReport["actionItems"]["perOwner"] {
  const load = new Map<string, { open: number; overdue: number; total: number }>();
  for (const { item } of all) {
    const owner = str(item.owner) ?? "(no owner)";
    const l = load.get(owner) ?? { open: 0, overdue: 0, total: 0 };
    l.total++;
    if (isOpen(item)) l.open++;
    if (isOpen(item) && typeof item.due === "string" && item.due < asOf) l.overdue++;
    load.set(owner, l);
  }
  return [...load]
    .map(([owner, l]) => ({ owner, ...l }))
    .sort((a, b) => b.open - a.open || b.total - a.total || (a.owner < b.owner ? -1 : 1));
}
