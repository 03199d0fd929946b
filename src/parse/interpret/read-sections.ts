import type { SectionKey } from "../../model/section-synonyms.js";
import type { Block, Section } from "../outline.js";
import { takeActionPoints, withoutPlaceholders } from "../extract-items.js";
import { readActionItem } from "../action-item.js";
import { report } from "../../diagnostics/report.js";
import { pushAll } from "../../util/push-all.js";
import { PROSE, type Reading } from "./reading.js";
import { readSection, stampInLabel } from "./read-section.js";

/**
 * Sections, in order. Unknown sub-sections belong to a prose or timeline parent; under a list
 * section they are discussion, kept in notes. The introduction and the title's own text go to
 * the pool, read by position later.
 */
export function readSections(r: Reading): void {
  const { sections, mode, lineRange } = r;
  const effective: Array<SectionKey | undefined> = [];
  let underTimeline = false;
  const parentOf = parents(sections, r.titleSection);
  let inAppendix = false;
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si]!;
    if (s === r.titleSection || s.via === "intro") {
      pushAll(r.pool, s.blocks);
      effective.push(undefined);
      continue;
    }
    const parent = parentOf[si]! >= 0 ? effective[parentOf[si]!] : undefined;
    let key = s.key;
    // A status update posted as a heading ("## Resolved 2025-01-04 4:00p") is an event, whatever
    // its status word would mean as a section name.
    if (
      key !== undefined &&
      key !== "timeline" &&
      parent !== "timeline" &&
      s.label &&
      stampInLabel(s.label)
    )
      key = undefined;
    if (key === undefined || (inAppendix && s.depth > 1 && key !== "appendix")) {
      if (inAppendix && s.depth > 1) key = "appendix";
      else if (
        parent &&
        (PROSE.has(parent) ||
          parent === "timeline" ||
          parent === "notes" ||
          parent === "appendix" ||
          parent === "whatHappened")
      )
        key = parent;
      // Action items grouped by area ("### Process", "### Testing") under a heading that holds
      // nothing else; sub-sections under a section with its own prose are discussion.
      else if (parent === "actionItems" && groupsOnly(sections[parentOf[si]!]!)) key = parent;
    } else if (s.depth <= 2 && s.via === "heading") inAppendix = key === "appendix";
    effective.push(key);
    // Kept as it goes: searching `effective` for every section would be quadratic.
    if (key === "timeline") underTimeline = true;
    const { blocks: unprompted, dropped } = withoutPlaceholders(s.blocks);
    // Action items stated in passing ("Action point: ...") in a section about something else.
    const { blocks, items: points } =
      key === "actionItems"
        ? { blocks: unprompted, items: [] }
        : takeActionPoints(unprompted, mode);
    for (const item of points)
      r.actionItems.push({
        item: readActionItem(item),
        range: lineRange(item.line, item.endLine, item.column),
      });
    if (points.length)
      r.warn(
        `Read ${points.length} "Action point:" paragraph${points.length === 1 ? "" : "s"} under "${s.label ?? "the introduction"}" as action items`,
        lineRange(points[0]!.line),
      );
    if (dropped)
      report(r.file, `Ignored the template prompt${dropped === 1 ? "" : "s"} under "${s.label}"`, {
        range: lineRange(s.line),
        ruleId: "parse/template-prompt",
        severity: "info",
      });
    const valueBlocks: Block[] = s.value
      ? [{ kind: "paragraph", line: s.line, endLine: s.line, column: s.column, text: s.value }]
      : [];
    readSection(r, { s, key, blocks, valueBlocks, underTimeline });
  }
}

/**
 * Each section's parent: the nearest section above it of a lower depth (the title and the
 * intro do not count), or -1. A stack of open sections finds it in one pass; scanning back from
 * every section would be quadratic on a document of many same-level headings.
 */
function parents(sections: readonly Section[], titleSection: Section | undefined): number[] {
  const parentOf: number[] = [];
  const open: number[] = [];
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si]!;
    if (s === titleSection || s.via === "intro") {
      parentOf.push(-1);
      continue;
    }
    while (open.length && sections[open[open.length - 1]!]!.depth >= s.depth) open.pop();
    parentOf.push(open.length ? open[open.length - 1]! : -1);
    open.push(si);
  }
  return parentOf;
}

/** A section that only introduces its sub-sections: no text of its own, or one line ending in ":". */
function groupsOnly(section: Section): boolean {
  const own = section.blocks.filter((b) => b.kind !== "rule");
  return (
    own.length === 0 ||
    (own.length === 1 && own[0]!.kind === "paragraph" && /:\s*$/.test(own[0]!.text))
  );
}
