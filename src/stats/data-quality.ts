import type { ActionItem } from "../model/incident.js";
import { dataProblems } from "./incident-row.js";
import type { StatsDocument, StatsReport } from "./report.js";

const has = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.length > 0
    : typeof v === "string"
      ? v.trim() !== ""
      : v !== undefined && v !== null;

/** What a complete post-mortem gives; the share of documents that give each. */
const FIELDS: Record<string, (x: StatsDocument["incident"]) => boolean> = {
  title: (x) => has(x.title),
  date: (x) => has(x.date),
  severity: (x) => has(x.severity),
  status: (x) => has(x.status),
  summary: (x) => has(x.summary),
  impact: (x) => has(x.impact),
  rootCause: (x) => has(x.rootCause),
  resolution: (x) => has(x.resolution),
  participants: (x) => has(x.participants),
  timeline: (x) => has(x.timeline),
  "timeline start and resolution": (x) =>
    Array.isArray(x.timeline) &&
    ["start", "resolved"].every((k) => x.timeline!.some((e) => e.kind === k)),
  actionItems: (x) => has(x.actionItems),
  "owner on every action item": (x) =>
    Array.isArray(x.actionItems) &&
    x.actionItems.length > 0 &&
    (x.actionItems as Partial<ActionItem>[]).every((a) => has(a.owner)),
};

export function dataQuality(docs: readonly StatsDocument[]): StatsReport["dataQuality"] {
  const share = (test: (x: StatsDocument["incident"]) => boolean): number =>
    docs.length
      ? Math.round((docs.filter((d) => test(d.incident)).length / docs.length) * 1000) / 1000
      : 0;
  const linted = docs.filter((d) => d.lint);
  return {
    documents: docs.length,
    fields: Object.fromEntries(Object.entries(FIELDS).map(([name, test]) => [name, share(test)])),
    lint: linted.length
      ? {
          errors: linted.reduce((n, d) => n + d.lint!.errors, 0),
          warnings: linted.reduce((n, d) => n + d.lint!.warnings, 0),
          documentsWithErrors: linted.filter((d) => d.lint!.errors > 0).length,
        }
      : null,
    problems: docs.flatMap(dataProblems),
  };
}
