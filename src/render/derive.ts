import type { IncidentDraft as Incident, TimelineEntry } from "../model/incident.js";

/**
 * Figures derived from the timeline. Each is measured from the first `start` entry to the
 * first entry of the given kind; with no `start`, or no entry of that kind, the figure is left
 * out rather than guessed.
 *
 * - timeToDetect   = first `detected`  − first `start`
 * - timeToMitigate = first `mitigated` − first `start`
 * - timeToResolve  = first `resolved`  − first `start`
 * - duration       = timeToResolve, else last timed entry − first timed entry when the
 *                    timeline has no kinds at all is NOT used: a span of notes is not an outage.
 */
export interface DerivedFigures {
  /** Minutes from start to resolution. */
  duration?: number;
  timeToDetect?: number;
  timeToMitigate?: number;
  timeToResolve?: number;
}

export function deriveFigures(incident: Incident): DerivedFigures {
  const timeline = incident.timeline ?? [];
  const first = (kind: TimelineEntry["kind"]): number | undefined => {
    const e = timeline.find((t) => t.kind === kind && t.time && t.time.includes("T"));
    return e?.time ? Date.parse(e.time) : undefined;
  };
  const start = first("start");
  const out: DerivedFigures = {};
  if (start === undefined) return out;
  const since = (t: number | undefined): number | undefined =>
    t === undefined || t < start ? undefined : Math.round((t - start) / 60000);
  const detect = since(first("detected"));
  const mitigate = since(first("mitigated"));
  const resolve = since(first("resolved"));
  if (detect !== undefined) out.timeToDetect = detect;
  if (mitigate !== undefined) out.timeToMitigate = mitigate;
  if (resolve !== undefined) {
    out.timeToResolve = resolve;
    out.duration = resolve;
  }
  return out;
}

/** `5 h 08 min`, `45 min`, `2 d 3 h 10 min`: short and unambiguous in any language. */
export function formatMinutes(total: number): string {
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h || d) parts.push(`${h} h`);
  parts.push(`${m} min`);
  return parts.join(" ");
}
