// Shared checks on rendered Markdown: markdownlint's default rules (line length aside), and the
// outline as remark reads it back.
import { lint } from "markdownlint/sync";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";

export function markdownlintProblems(markdown) {
  const result = lint({ strings: { doc: markdown }, config: { default: true, MD013: false } });
  return result.doc.map(
    (e) =>
      `${e.lineNumber}: ${e.ruleNames.join("/")} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ""}`,
  );
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** Sections (h2 text) with the list items and table rows directly under each, and every heading. */
export function outline(markdown) {
  const tree = processor.parse(markdown);
  const sections = new Map();
  const headings = [];
  let current = null;
  for (const node of tree.children) {
    if (node.type === "heading") {
      const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
      headings.push(`${node.depth}:${text}`);
      if (node.depth === 2) {
        current = { items: 0, rows: 0 };
        sections.set(text, current);
      }
      continue;
    }
    if (!current) continue;
    if (node.type === "list") current.items += node.children.length;
    if (node.type === "table") current.rows += node.children.length - 1;
  }
  return { headings, sections };
}
