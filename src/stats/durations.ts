import type { Incident, TimelineEntry } from "../model/incident.js";

/** The milestones a timeline marks with `kind`, in the order an incident goes through them. */
export const MILESTONES = ["start", "detected", "escalated", "mitigated", "resolved"] as const;
export type Milestone = (typeof MILESTONES)[number];

export const DURATIONS = {
  timeToDetect: { from: "start", to: "detected", label: "time to detect" },
  timeToEscalate: { from: "start", to: "escalated", label: "time to escalate" },
  timeToMitigate: { from: "start", to: "mitigated", label: "time to mitigate" },
  timeToResolve: { from: "start", to: "resolved", label: "time to resolve" },
  detectionToMitigation: { from: "detected", to: "mitigated", label: "detection to mitigation" },
  totalImpact: { from: "start", to: "mitigated", label: "total impact" },
} as const satisfies Record<string, { from: Milestone; to: Milestone; label: string }>;
export type DurationName = keyof typeof DURATIONS;
export const DURATION_NAMES = Object.keys(DURATIONS) as DurationName[];

export interface MilestoneTimes {
  /** Epoch milliseconds of the first timed entry of each kind. */
  at: Partial<Record<Milestone, number>>;
  /** The index of that entry in the timeline, for positions. */
  index: Partial<Record<Milestone, number>>;
  /** Whether the timeline has entries but none with a time of day. */
  dateOnly: boolean;
}

const timed = (e: TimelineEntry): boolean => typeof e.time === "string" && e.time.includes("T");

export function milestoneTimes(incident: Partial<Incident>): MilestoneTimes {
  const timeline = Array.isArray(incident.timeline) ? incident.timeline : [];
  const at: MilestoneTimes["at"] = {};
  const index: MilestoneTimes["index"] = {};
  timeline.forEach((e, i) => {
    const kind = e.kind as Milestone | undefined;
    if (!kind || !MILESTONES.includes(kind) || at[kind] !== undefined || !timed(e)) return;
    const ms = Date.parse(e.time!);
    if (Number.isNaN(ms)) return;
    at[kind] = ms;
    index[kind] = i;
  });
  return { at, index, dateOnly: timeline.length > 0 && !timeline.some(timed) };
}

/**
 * Minutes between milestones. `totalImpact` ends at mitigation, when users stop being hurt, or at
 * resolution when no mitigation is marked. A negative span is not a duration: it is left out
 * and reported as a data problem by the caller.
 */
export function durationsOf(times: MilestoneTimes): Partial<Record<DurationName, number>> {
  const out: Partial<Record<DurationName, number>> = {};
  for (const name of DURATION_NAMES) {
    const { from, to } = DURATIONS[name];
    const end = times.at[to] ?? (name === "totalImpact" ? times.at.resolved : undefined);
    const start = times.at[from];
    if (start === undefined || end === undefined || end < start) continue;
    out[name] = Math.round((end - start) / 60_000);
  }
  return out;
}
