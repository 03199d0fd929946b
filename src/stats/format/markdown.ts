import { trimEndChars } from "../../text/whitespace.js";
import { markdownCell, markdownHeadingText, markdownInline } from "../../render/markdown-text.js";
import { wrapLine } from "../../render/wrap.js";
import { reportSections, type Table } from "../present/sections.js";
import type { StatsReport } from "../report.js";

// Prose is wrapped at markdownlint's line length; tables cannot be.
const WIDTH = 80;

/** The report as Markdown that passes markdownlint's default rules: one H1, H2 per section, GFM tables. */
export function statsMarkdown(report: StatsReport): string {
  const out: string[] = ["# Post-mortem statistics", ""];
  for (const s of reportSections(report)) {
    out.push(`## ${markdownHeadingText(s.title)}`, "");
    if (s.definition) out.push(wrapLine(`*${markdownInline(s.definition)}*`, WIDTH), "");
    if (s.lines.length)
      out.push(...s.lines.map((l) => wrapLine(`- ${markdownInline(l)}`, WIDTH)), "");
    for (const t of s.tables) out.push(...tableLines(t), "");
  }
  return trimEndChars(out.join("\n"), "\n") + "\n";
}

function tableLines(t: Table): string[] {
  const caption = `${markdownInline(t.caption)}:`;
  if (t.rows.length === 0) return [caption, "", "None."];
  // An empty cell is "| |": markdownlint's compact table style wants one space, not two.
  const row = (cells: string[]): string =>
    `|${cells
      .map((c) => markdownCell(c))
      .map((c) => (c ? ` ${c} ` : " "))
      .join("|")}|`;
  const rule = `| ${t.numeric.map((n) => (n ? "--: " : "--- ").trimEnd()).join(" | ")} |`;
  return [caption, "", row(t.head), rule, ...t.rows.map(row)];
}
