import { DURATIONS, DURATION_NAMES } from "../durations.js";
import type { Summary } from "../summary.js";
import type { Counts, StatsReport } from "../report.js";

export type ChartName = "periods" | "durations" | "ecdf" | "tags" | "actionItems" | "heatmap";

/** A table as every format shows it: cells are plain text, numbers right-aligned. */
export interface Table {
  caption: string;
  head: string[];
  rows: string[][];
  /** Which columns hold numbers. */
  numeric: boolean[];
}

/** One part of the report: what it measures, how, its tables and the chart drawn from them. */
export interface ReportSection {
  id: string;
  title: string;
  definition?: string;
  lines: string[];
  tables: Table[];
  charts: ChartName[];
  /** Source files named in the section, for formats that can link them. */
  files?: string[];
}

const table = (caption: string, head: string[], rows: Array<Array<string | number>>): Table => ({
  caption,
  head,
  rows: rows.map((r) => r.map(String)),
  numeric: head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number")),
});

const countsTable = (caption: string, key: string, counts: Counts): Table =>
  table(caption, [key, "incidents"], Object.entries(counts));

/** Durations in table cells: 45m, 2h05m, 3d04h. */
export function compactMinutes(m: number | undefined): string {
  if (m === undefined) return "";
  const total = Math.round(m);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const min = total % 60;
  if (d) return `${d}d${String(h).padStart(2, "0")}h`;
  if (h) return `${h}h${String(min).padStart(2, "0")}m`;
  return `${min}m`;
}

/** The values themselves when there are few; else the median with its spread, never a mean. */
export function summaryCells(s: Summary, of: number): string[] {
  const n = `${s.n} of ${of}`;
  const m = compactMinutes;
  if (s.values)
    return [n, s.values.length ? `${s.values.map(m).join(", ")} (each)` : "", "", "", ""];
  return [n, m(s.median), `${m(s.p25)}-${m(s.p75)}`, m(s.p90), `${m(s.min)}-${m(s.max)}`];
}

export function reportSections(r: StatsReport): ReportSection[] {
  return [
    overview(r),
    periods(r),
    breakdowns(r),
    durations(r),
    actionItems(r),
    people(r),
    related(r),
    quality(r),
  ].filter((s): s is ReportSection => s !== null);
}

function overview(r: StatsReport): ReportSection {
  const i = r.incidents;
  const lines = [
    `${i.total} incident${i.total === 1 ? "" : "s"}, ${i.nearMisses} near miss${i.nearMisses === 1 ? "" : "es"} apart, ${i.excluded.length} excluded.`,
    `As of ${r.asOf}; times of day in ${r.timezone}; related incidents within ${r.repeatWindowDays} days.`,
  ];
  if (r.filter.since || r.filter.until)
    lines.push(
      `Incidents dated from ${r.filter.since ?? "the first"} to ${r.filter.until ?? "the last"}.`,
    );
  for (const e of i.excluded)
    lines.push(`Excluded: ${e.title ?? e.file}${e.date ? ` (${e.date})` : ""}, ${e.reason}.`);
  return {
    id: "overview",
    title: "Overview",
    definition: r.definitions.incidents,
    lines,
    tables: [],
    charts: [],
    files: i.excluded.map((e) => e.file),
  };
}

function periods(r: StatsReport): ReportSection {
  const i = r.incidents;
  return {
    id: "periods",
    title: "Incidents by period",
    definition: r.definitions.period,
    lines: [],
    tables: [
      countsTable("By year", "year", i.byYear),
      countsTable("By quarter", "quarter", i.byQuarter),
      countsTable("By month", "month", i.byMonth),
    ],
    charts: ["periods"],
  };
}

function breakdowns(r: StatsReport): ReportSection {
  const i = r.incidents;
  const tags = Object.entries(i.byTag).flatMap(([prefix, counts]) =>
    Object.entries(counts).map(([tag, n]) => [`${prefix}:${tag}`, n] as [string, number]),
  );
  tags.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const tables = [
    countsTable("By severity", "severity", i.bySeverity),
    countsTable("By status", "status", i.byStatus),
  ];
  if (tags.length)
    tables.push(table("Most frequent tags", ["tag", "incidents"], tags.slice(0, 15)));
  if (r.groups)
    tables.push(
      table(
        `By ${r.groups.by.join(" and ")}`,
        [...r.groups.by, "incidents"],
        r.groups.rows.map((g) => [...g.keys, g.count]),
      ),
    );
  return {
    id: "breakdowns",
    title: "Severity, status and tags",
    lines: [],
    tables,
    charts: tags.length ? ["tags"] : [],
  };
}

function durations(r: StatsReport): ReportSection {
  const head = ["measure", "n", "median", "p25-p75", "p90", "min-max"];
  const rows = DURATION_NAMES.map((n) => [
    DURATIONS[n].label,
    ...summaryCells(r.durations[n], r.incidents.total),
  ]);
  const tables = [
    {
      ...table(`Of ${r.incidents.total} incidents`, head, rows),
      numeric: head.map((_, k) => k === 1),
    },
  ];
  return {
    id: "durations",
    title: "Durations",
    definition: r.definitions.durations,
    lines: [],
    tables,
    charts: ["durations", "ecdf"],
  };
}

function actionItems(r: StatsReport): ReportSection {
  const a = r.actionItems;
  const rate = a.completionRate === null ? "not known" : `${Math.round(a.completionRate * 100)}%`;
  const lines = [
    `${a.total} action item${a.total === 1 ? "" : "s"}; completion rate ${rate}; ${a.overdue.length} overdue on ${r.asOf}.`,
    `Missing: ${a.missing.owner} without an owner, ${a.missing.due} without a due date, ${a.missing.ticket} without a ticket.`,
  ];
  const tables = [
    table("By status", ["status", "items"], Object.entries(a.byStatus)),
    table("Open items by age", ["age", "items"], Object.entries(a.ageBuckets)),
    table(
      "Load per owner",
      ["owner", "open", "overdue", "total"],
      a.perOwner.slice(0, 20).map((o) => [o.owner, o.open, o.overdue, o.total]),
    ),
  ];
  if (a.overdue.length)
    tables.push(
      table(
        "Overdue",
        ["due", "days over", "owner", "item", "incident"],
        a.overdue.map((o) => [
          o.due,
          o.daysOverdue,
          o.owner ?? "(no owner)",
          o.description,
          o.title ?? o.file,
        ]),
      ),
    );
  return {
    id: "action-items",
    title: "Action items",
    definition: `${r.definitions.overdue} ${r.definitions.age} ${r.definitions.completionRate}`,
    lines,
    tables,
    charts: ["actionItems"],
    files: a.overdue.map((o) => o.file),
  };
}

function people(r: StatsReport): ReportSection {
  const p = r.people;
  const s = p.participantsPerIncident;
  const spread = s.values
    ? s.values.join(", ")
    : `median ${s.median}, ${s.p25} to ${s.p75}, max ${s.max}`;
  const lines = [
    `Participants per incident: ${spread}.`,
    `Out-of-hours starts: ${p.outOfHoursStarts.count} of ${p.outOfHoursStarts.of} incidents with a start time.`,
  ];
  const tables = p.incidentsPerPerson.length
    ? [
        table(
          "Incidents per person",
          ["person", "incidents"],
          p.incidentsPerPerson.slice(0, 15).map((x) => [x.person, x.incidents]),
        ),
      ]
    : [];
  return {
    id: "people",
    title: "People",
    definition: r.definitions.outOfHours,
    lines,
    tables,
    charts: p.outOfHoursStarts.of ? ["heatmap"] : [],
  };
}

function related(r: StatsReport): ReportSection | null {
  if (!r.related.length) return null;
  const lines = r.related.map(
    (g) => `${g.tag}: ${g.incidents.map((x) => `${x.title ?? x.file} (${x.date})`).join("; ")}`,
  );
  return {
    id: "related",
    title: "Related incidents",
    definition: r.definitions.related,
    lines,
    tables: [],
    charts: [],
    files: r.related.flatMap((g) => g.incidents.map((x) => x.file)),
  };
}

function quality(r: StatsReport): ReportSection {
  const q = r.dataQuality;
  const lines = q.lint
    ? [
        `Lint: ${q.lint.errors} errors and ${q.lint.warnings} warnings; ${q.lint.documentsWithErrors} of ${q.documents} documents have errors.`,
      ]
    : [];
  for (const p of q.problems) lines.push(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  const fields = table(
    `Of ${q.documents} documents`,
    ["field", "share"],
    Object.entries(q.fields).map(([k, v]) => [k, `${Math.round(v * 100)}%`]),
  );
  return {
    id: "data-quality",
    title: "Data quality",
    definition: r.definitions.dataQuality,
    lines,
    tables: [{ ...fields, numeric: [false, true] }],
    charts: [],
    files: [...new Set(q.problems.map((p) => p.file))],
  };
}
