import type { RuleContext } from "./rule.js";

export interface TimelinePoint {
  /** The time as written in the data (`2018-11-20T05:00:00Z`), or "" when there is none. */
  time: string;
  ms: number | undefined;
  kind: string | undefined;
}

/** The timeline with each time read once, for the rules that compare times. */
export function timelineOf(context: RuleContext<unknown>): TimelinePoint[] {
  const timeline = Array.isArray(context.incident.timeline) ? context.incident.timeline : [];
  return timeline.map((e) => {
    const time = typeof e?.time === "string" ? e.time : "";
    const ms = time ? Date.parse(time) : NaN;
    return {
      time: time.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, "$1 $2"),
      ms: Number.isNaN(ms) ? undefined : ms,
      kind: typeof e?.kind === "string" ? e.kind : undefined,
    };
  });
}
