import { sectionKey } from "../model/section-synonyms.js";
import type { Block, ListItem, Section } from "./outline.js";

// `**What caused it?** text`, `**Root Cause:** text`, `__Impact__: text`. Items are capped at
// their first 200 characters before matching, so the lazy label cannot scan far.
const BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,80})\1[ \t]*[:?]?[ \t]*/;

/**
 * Issue templates and forms write a post-mortem as one list whose items each open with a bold
 * label ("- **What caused it?** An upgrade ...", "- **Followup actions:**"). Such items are
 * sections in all but form: each becomes a section of its own, one level below the section that
 * holds the list, and unlabelled items right after a label (the follow-up tasks under
 * "Followup actions:") belong to it.
 */
export function splitLabelledItems(sections: Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    if (!s.blocks.some(isLabelledList)) {
      out.push(s);
      continue;
    }
    // The section keeps its identity (callers hold on to the title section), and its blocks
    // are dealt out again.
    const blocks = s.blocks;
    s.blocks = [];
    let current: Section = s;
    out.push(current);
    let labelled: Section | undefined;
    for (const b of blocks) {
      if (b.kind === "list" && (isLabelledList(b) || labelled)) {
        const loose: ListItem[] = [];
        const flush = (): void => {
          if (!loose.length) return;
          const first = loose[0]!;
          const target = labelled ?? current;
          target.blocks.push({
            ...b,
            line: first.line,
            column: first.column,
            endLine: loose[loose.length - 1]!.endLine,
            items: loose.splice(0),
          });
        };
        for (const item of b.items!) {
          const m = BOLD_LABEL.exec(item.text.slice(0, 200));
          const key = m ? sectionKey(m[2]!, { loose: true }) : undefined;
          if (!m || !key) {
            loose.push(item);
            continue;
          }
          flush();
          const rest = item.text.slice(m[0].length).trim();
          labelled = {
            label: m[2]!.trim(),
            key,
            depth: s.depth + 1,
            line: item.line,
            column: item.column,
            value: null,
            via: "label",
            blocks: [],
          };
          if (rest) labelled.blocks.push(paragraph(rest, item));
          out.push(labelled);
        }
        flush();
        continue;
      }
      // Anything else after the labelled items goes back under the section that held them.
      if (labelled) {
        labelled = undefined;
        current = { ...s, blocks: [] };
        out.push(current);
      }
      current.blocks.push(b);
    }
  }
  return out.filter((s) => s.blocks.length > 0 || s.via !== "intro" || s === out[0]);
}

/**
 * A list whose first item and at least one other are labels of sections, written as labels
 * ("**Impact:**", "**What caused it?**"): bold words in a list of findings ("**Alerting** worked")
 * are emphasis, not structure.
 */
function isLabelledList(b: Block): boolean {
  if (b.kind !== "list" || !b.items?.length) return false;
  const labels = b.items.map((i) => asLabel(i.text));
  return labels[0] !== undefined && labels.filter(Boolean).length >= 2;
}

function asLabel(text: string): string | undefined {
  const m = BOLD_LABEL.exec(text.slice(0, 200));
  if (!m || !/[:?]\s*$/.test(m[0].replace(/[*_]/g, ""))) return undefined;
  return sectionKey(m[2]!, { loose: true }) ? m[2] : undefined;
}

function paragraph(text: string, item: ListItem): Block {
  return { kind: "paragraph", line: item.line, endLine: item.endLine, column: item.column, text };
}
