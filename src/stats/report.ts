import type { Incident } from "../model/incident.js";
import type { PositionMap } from "../load/positions.js";
import type { DurationName } from "./durations.js";
import type { Summary } from "./summary.js";
import type { DEFINITIONS } from "./definitions.js";

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const STATS_VERSION = 1;

/** One document's incident, as `parse` or the data loader read it. */
export interface StatsDocument {
  file: string;
  incident: Partial<Incident> & Record<string, unknown>;
  positions?: PositionMap;
  /** What `lint` found in the document, when it was linted. */
  lint?: { errors: number; warnings: number };
}

export interface StatsOptions {
  /** The day overdue and age are measured on, YYYY-MM-DD. Required: the library never reads the clock. */
  asOf: string;
  /** The zone office hours are judged in (IANA name); UTC when not given. */
  tz?: string;
  /** Days within which two incidents with the same tag are related. */
  repeatWindow?: number;
  since?: string;
  until?: string;
  /** Keys of the cross table: period, severity, status, or a tag prefix such as `service`. */
  groupBy?: string[];
  /** Tags that take an incident out of the figures (an exercise, planned work). */
  excludeTags?: string[];
  /** Tags (or a severity) that mark an incident as a near miss, counted apart. */
  nearMissTags?: string[];
}

export type Counts = Record<string, number>;

export interface IncidentRef {
  file: string;
  title: string | null;
  date: string | null;
}

export interface DataProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface IncidentRow extends IncidentRef {
  id: string | null;
  severity: string | null;
  status: string | null;
  tags: string[];
  nearMiss: boolean;
  /** Why the incident is left out of the figures, or null. */
  excluded: string | null;
  participants: number;
  actionItems: number;
  openActionItems: number;
  overdueActionItems: number;
  /** Minutes; null when the timeline does not mark both ends. */
  durations: Record<DurationName, number | null>;
  /** The start in `tz`: ISO weekday (1 = Monday) and hour, or null. */
  start: { weekday: number; hour: number; outOfHours: boolean } | null;
}

export interface OverdueItem extends IncidentRef {
  description: string;
  owner: string | null;
  due: string;
  daysOverdue: number;
}

export interface StatsReport {
  version: number;
  asOf: string;
  timezone: string;
  repeatWindowDays: number;
  filter: { since: string | null; until: string | null };
  definitions: typeof DEFINITIONS;
  incidents: {
    total: number;
    nearMisses: number;
    byYear: Counts;
    byQuarter: Counts;
    byMonth: Counts;
    bySeverity: Counts;
    byStatus: Counts;
    byTag: Record<string, Counts>;
    excluded: Array<IncidentRef & { reason: string }>;
  };
  groups: { by: string[]; rows: Array<{ keys: string[]; count: number }> } | null;
  durations: Record<DurationName, Summary> & {
    bySeverity: Record<string, Record<DurationName, Summary>>;
  };
  actionItems: {
    total: number;
    byStatus: Counts;
    completionRate: number | null;
    overdue: OverdueItem[];
    ageBuckets: Counts;
    /** Every item by the age of its incident and its status: what the chart stacks. */
    byAgeAndStatus: Record<string, Counts>;
    missing: { owner: number; due: number; ticket: number };
    perOwner: Array<{ owner: string; open: number; overdue: number; total: number }>;
  };
  people: {
    participantsPerIncident: Summary;
    incidentsPerPerson: Array<{ person: string; incidents: number }>;
    outOfHoursStarts: { count: number; of: number };
    /** Starts by ISO weekday (index 0 = Monday) and hour in `timezone`. */
    startsByWeekdayHour: number[][];
  };
  related: Array<{ tag: string; incidents: IncidentRef[] }>;
  dataQuality: {
    documents: number;
    fields: Record<string, number>;
    lint: { errors: number; warnings: number; documentsWithErrors: number } | null;
    problems: DataProblem[];
  };
  rows: IncidentRow[];
}
