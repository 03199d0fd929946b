import { toCsvText } from "../../output/csv.js";
import { DURATION_NAMES } from "../durations.js";
import type { IncidentRow, StatsReport } from "../report.js";

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const HEAD = [
  "file",
  "id",
  "title",
  "date",
  "severity",
  "status",
  "tags",
  "near_miss",
  "excluded",
  "participants",
  "action_items",
  "open_action_items",
  "overdue_action_items",
  ...DURATION_NAMES.map((n) => `${snake(n)}_minutes`),
  "start_weekday",
  "start_hour",
  "out_of_hours",
];

const cells = (r: IncidentRow): Array<string | number | boolean | null> => [
  r.file,
  r.id,
  r.title,
  r.date,
  r.severity,
  r.status,
  r.tags.join(";"),
  r.nearMiss,
  r.excluded,
  r.participants,
  r.actionItems,
  r.openActionItems,
  r.overdueActionItems,
  ...DURATION_NAMES.map((n) => r.durations[n]),
  r.start?.weekday ?? null,
  r.start?.hour ?? null,
  r.start?.outOfHours ?? null,
];

/** One row per incident, for a spreadsheet. */
export function statsCsv(report: StatsReport): string {
  return toCsvText(HEAD, report.rows.map(cells));
}

/** One JSON object per incident and line, for `jq` and log tools. */
export function statsNdjson(report: StatsReport): string {
  return report.rows.map((r) => JSON.stringify(r) + "\n").join("");
}

/** The whole report, versioned; its shape is `schemas/stats.schema.json`. */
export function statsJson(report: StatsReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
