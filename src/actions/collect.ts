import { createHash } from "node:crypto";
import { byCodeUnit } from "../util/by-code-unit.js";
import type { ParsedIncident } from "../parse/parse-document.js";
import type { ActionItem } from "../model/incident.js";
import { slugify } from "../scaffold/slug.js";
import type { ActionItemView } from "../render/view-model.js";

/** One action item with the incident it came from; the item's fields as templates see them. */
export interface ActionRow extends Omit<ActionItemView, "id"> {
  id: string;
  incident: {
    id: string | null;
    title: string | null;
    date: string | null;
    file: string;
    line: number | null;
  };
}

const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A stable id: the item's own, else the incident's key and a hash of the item's words, so the
 * same item keeps its id across runs and edits of punctuation or case, and can be matched to
 * a tracker issue.
 */
export function actionItemId(
  incident: ParsedIncident["incident"],
  item: Partial<ActionItem>,
): string {
  if (item.id) return item.id;
  const key =
    typeof incident.id === "string" && incident.id
      ? incident.id
      : `${incident.date ?? "undated"}-${slugify(String(incident.title ?? ""), 40)}`;
  const hash = createHash("sha256")
    .update(normal(String(item.description ?? "")))
    .digest("hex")
    .slice(0, 8);
  return `${key}#${hash}`;
}

export function actionRows(parsed: ParsedIncident, file: string): ActionRow[] {
  const x = parsed.incident;
  const items = Array.isArray(x.actionItems) ? (x.actionItems as Partial<ActionItem>[]) : [];
  const incident = {
    id: typeof x.id === "string" ? x.id : null,
    title: typeof x.title === "string" ? x.title : null,
    date: typeof x.date === "string" ? x.date : null,
    file,
  };
  return items.map((item, i) => ({
    id: actionItemId(x, item),
    incident: {
      ...incident,
      line: parsed.positions.get(`/actionItems/${i}`)?.value.start.line ?? null,
    },
    description: String(item.description ?? ""),
    owner: item.owner ?? null,
    priority: item.priority ?? null,
    status: item.status ?? null,
    due: item.due ?? null,
    ticket: item.ticket ?? null,
    type: item.type ?? null,
  }));
}

export interface ActionFilter {
  status?: string | undefined;
  owner?: string | undefined;
  since?: string | undefined;
  /** Open items whose due date is before this day (YYYY-MM-DD). */
  overdueOn?: string | undefined;
}

/** An item without a status is still to do: post-mortems rarely mark open items as open. */
const statusOf = (row: ActionRow): string => row.status ?? "open";

export function filterRows(rows: readonly ActionRow[], filter: ActionFilter): ActionRow[] {
  const owner = filter.owner?.replace(/^@/, "").toLowerCase();
  return rows.filter(
    (r) =>
      (!filter.status || statusOf(r) === filter.status) &&
      (!owner || r.owner?.replace(/^@/, "").toLowerCase() === owner) &&
      (!filter.since || (r.incident.date !== null && r.incident.date >= filter.since)) &&
      (!filter.overdueOn ||
        ((statusOf(r) === "open" || statusOf(r) === "in-progress") &&
          r.due !== null &&
          r.due < filter.overdueOn)),
  );
}

/** By incident date (undated last), then file, then the order in the document. */
export function sortRows(rows: ActionRow[]): ActionRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        byCodeUnit(a.r.incident.date ?? "9999", b.r.incident.date ?? "9999") ||
        byCodeUnit(a.r.incident.file, b.r.incident.file) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}
