import type { RawEntry } from "../extract-timeline.js";
import type { Reading } from "./reading.js";

/** A status page: its updates are the timeline, oldest first; its affected components a note. */
export function readStatusUpdates(r: Reading): void {
  const page = r.input.statusPage;
  const first = r.input.firstLine ?? 1;
  if (page?.affected)
    r.notes.push({
      label: "Affected components",
      text: page.affected.text,
      line: page.affected.line + first,
    });
  if (!page?.updates.length) return;
  for (const u of page.updates) {
    const event = `${u.status ? `${u.status}: ` : ""}${u.text}`.trim();
    r.timelineEntries.push({
      stamp: u.stamp,
      contextDate: undefined,
      contextId: ++r.scan.contextId,
      zone: undefined,
      event,
      line: u.start + first,
      column: 1,
      endLine: u.end + first,
    });
  }
  r.timelineEntries.sort((a, b) => (stampOrder(a) ?? 0) - (stampOrder(b) ?? 0));
  r.warn(
    "Read the status updates as the timeline, oldest first",
    r.lineRange(page.updates[0]!.start + first),
  );
}

/** A sortable number for a fully dated stamp (status updates carry their own date and time). */
function stampOrder(e: RawEntry): number | undefined {
  const d = e.stamp?.date;
  const c = e.stamp?.clock;
  if (d?.year === undefined || !c) return undefined;
  return Date.UTC(d.year, d.month - 1, d.day, c.hour, c.minute);
}
