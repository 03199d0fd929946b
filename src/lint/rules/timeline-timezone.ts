import { zoneOffset } from "../../parse/time/zones.js";
import type { Rule } from "../rule.js";

const UTC = /^(?:UTC|GMT|Z|UT|Etc\/UTC)$/i;

const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `UTC${sign}${Math.floor(m / 60)}${m % 60 ? `:${String(m % 60).padStart(2, "0")}` : ""}`;
};

export const timelineTimezone: Rule = {
  id: "timeline-timezone",
  code: "PM003",
  description: "The timeline states its time zone, and that zone is UTC.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const timeline = Array.isArray(context.incident.timeline) ? context.incident.timeline : [];
    // Data keeps every time in UTC by its schema; only written documents can leave it unsaid.
    if (timeline.length === 0 || context.format === "data") return;
    const zone = typeof context.incident.timezone === "string" ? context.incident.timezone : undefined;
    if (!zone) {
      context.report({ message: "The timeline does not say which time zone its times are in, expected UTC (write \"Timeline (in UTC)\")", at: "/timeline" });
      return;
    }
    if (UTC.test(zone)) return;
    const first = timeline[0];
    const at = first?.time ? Date.parse(first.time) : NaN;
    const offset = Number.isNaN(at) ? undefined : zoneOffset(zone, at);
    const written = context.rangeOf("/timeline/0");
    const original = written ? context.source.slice(written.start.offset, written.end.offset).replace(/^\s*(?:[-*+]\s+|\|\s*)?/, "").split(/\s+/).slice(0, 3).join(" ") : "";
    const utc = first?.time?.slice(11, 16);
    const example = offset !== undefined && utc ? `: "${original}" is ${utc} UTC (${zone} is ${offsetText(offset)})` : "";
    context.report({ message: `Timeline times are in ${zone}, expected UTC${example}`, at: "/timeline/0" });
  },
};
