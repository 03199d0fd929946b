import { daysBetween } from "./incident-row.js";
import type { IncidentRef, IncidentRow } from "./report.js";

/**
 * Incidents that share a tag and follow one another within `windowDays`: a chain breaks where
 * the gap between two dated incidents with the tag is longer than the window.
 */
export function relatedIncidents(
  rows: readonly IncidentRow[],
  windowDays: number,
): Array<{ tag: string; incidents: IncidentRef[] }> {
  const byTag = new Map<string, IncidentRow[]>();
  for (const r of rows) {
    if (!r.date) continue;
    for (const tag of new Set(r.tags.map((t) => t.toLowerCase())))
      byTag.set(tag, [...(byTag.get(tag) ?? []), r]);
  }
  const out: Array<{ tag: string; incidents: IncidentRef[] }> = [];
  for (const tag of [...byTag.keys()].sort()) {
    const dated = byTag
      .get(tag)!
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.file < b.file ? -1 : 1));
    let chain: IncidentRow[] = [];
    const flush = (): void => {
      if (chain.length >= 2)
        out.push({
          tag,
          incidents: chain.map((r) => ({ file: r.file, title: r.title, date: r.date })),
        });
    };
    for (const r of dated) {
      const last = chain[chain.length - 1];
      if (last && daysBetween(last.date!, r.date!) > windowDays) {
        flush();
        chain = [];
      }
      chain.push(r);
    }
    flush();
  }
  return out;
}
