import { toCsvText } from "../output/csv.js";
import { markdownInline, markdownHeadingText } from "../render/markdown-text.js";
import type { ActionRow } from "./collect.js";

const COLUMNS = [
  "id",
  "incident_date",
  "incident_title",
  "file",
  "line",
  "description",
  "owner",
  "priority",
  "status",
  "due",
  "ticket",
  "type",
] as const;

const cells = (r: ActionRow): (string | number | null)[] => [
  r.id,
  r.incident.date,
  r.incident.title,
  r.incident.file,
  r.incident.line,
  r.description,
  r.owner,
  r.priority,
  r.status,
  r.due,
  r.ticket,
  r.type,
];

/** One row per item, in RFC 4180 CSV. */
export function toCsv(rows: readonly ActionRow[]): string {
  return toCsvText(COLUMNS, rows.map(cells));
}

export function toNdjson(rows: readonly ActionRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
}

export function toJson(rows: readonly ActionRow[]): string {
  return JSON.stringify(rows, null, 2) + "\n";
}

/** A checklist grouped by incident, Markdown-escaped so item text cannot break the list. */
export function toMarkdown(rows: readonly ActionRow[]): string {
  const out: string[] = ["# Action items", ""];
  let group = "";
  for (const r of rows) {
    const key = `${r.incident.file}\u0000${r.incident.title}\u0000${r.incident.date}`;
    if (key !== group) {
      group = key;
      out.push(
        `## ${markdownHeadingText(`${r.incident.title ?? r.incident.file}${r.incident.date ? ` (${r.incident.date})` : ""}`)}`,
        "",
      );
    }
    const details = [
      r.owner && `owner: ${r.owner}`,
      r.priority && `priority: ${r.priority}`,
      r.due && `due: ${r.due}`,
      r.ticket && `ticket: ${r.ticket}`,
      r.status && r.status !== "open" && r.status !== "done" && `status: ${r.status}`,
    ]
      .filter(Boolean)
      .join(", ");
    out.push(
      `- [${r.status === "done" || r.status === "wontfix" ? "x" : " "}] ${markdownInline(r.description)}${details ? ` (${markdownInline(details)})` : ""}`,
    );
    const next = rows[rows.indexOf(r) + 1];
    if (
      !next ||
      `${next.incident.file}\u0000${next.incident.title}\u0000${next.incident.date}` !== group
    )
      out.push("");
  }
  if (rows.length === 0) out.push("No action items.", "");
  return out.join("\n");
}
