import { trimEndChars } from "../../text/whitespace.js";
import stringWidth from "string-width";
import { MAIL_WIDTH, wrapLine } from "../../render/wrap.js";
import { reportSections, type Table } from "../present/sections.js";
import type { StatsReport } from "../report.js";

const TITLE = "Post-mortem statistics";

/**
 * The report as plain text: for a terminal (`table`) and as a digest mail body (`email`, wrapped
 * at 72 columns like `render --format email`). A table wider than the page is written one row
 * per line as `column: value` pairs instead, so nothing is cut.
 */
export function statsText(report: StatsReport, width = MAIL_WIDTH): string {
  const out: string[] = [TITLE, "=".repeat(TITLE.length), ""];
  for (const s of reportSections(report)) {
    out.push(s.title, "-".repeat(stringWidth(s.title)));
    if (s.definition) out.push(wrapLine(s.definition, width));
    for (const line of s.lines) out.push(wrapLine(line, width));
    for (const t of s.tables) {
      out.push("", `${t.caption}:`);
      for (const line of tableLines(t, width)) out.push(line);
    }
    out.push("");
  }
  return trimEndChars(out.join("\n"), "\n") + "\n";
}

/** An aligned table, or one `column: value; ...` line per row when it does not fit. */
function tableLines(t: Table, width: number): string[] {
  if (t.rows.length === 0) return ["  none"];
  const widths = t.head.map((h, i) =>
    Math.max(stringWidth(h), ...t.rows.map((r) => stringWidth(r[i] ?? ""))),
  );
  const total = 2 + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  if (total > width)
    return t.rows.map((r) =>
      wrapLine(`- ${r.map((c, i) => `${t.head[i]}: ${c || "-"}`).join("; ")}`, width),
    );
  const pad = (c: string, i: number): string => {
    const gap = " ".repeat(widths[i]! - stringWidth(c));
    return t.numeric[i] ? gap + c : c + gap;
  };
  const line = (cells: string[]): string => `  ${cells.map(pad).join("  ")}`.trimEnd();
  return [line(t.head), line(widths.map((w) => "-".repeat(w))), ...t.rows.map(line)];
}
