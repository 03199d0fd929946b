import { outline } from "../../parse/outline.js";
import { readFrontMatter } from "../../parse/front-matter.js";
import { LineIndex } from "../../load/positions.js";
import type { Rule } from "../rule.js";

export const headingStructure: Rule = {
  id: "heading-structure",
  code: "PM016",
  description: "Markdown headings form an outline: one H1 title, no skipped levels.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    if (context.format !== "markdown") return;
    let text = context.source;
    const fm = readFrontMatter(text);
    if (fm) {
      const lines = text.split("\n");
      for (let i = 0; i < fm.endLine; i++) lines[i] = "";
      text = lines.join("\n");
    }
    const headings = outline(text, { mode: "markdown" }).filter((s) => s.via === "heading");
    const lines = new LineIndex(context.source);
    const at = (line: number, column: number): ReturnType<typeof context.range> => {
      const point = lines.at(line, column);
      return { start: point, end: point };
    };
    const h1 = headings.filter((h) => h.depth === 1);
    if (h1.length === 0 && headings.length > 0 && !context.incident.title)
      context.report({
        message: "No H1 heading, expected the title as the one `# ` heading at the top",
        at: at(headings[0]!.line, headings[0]!.column),
      });
    for (const extra of h1.slice(1))
      context.report({
        message: `A second H1 heading "${extra.label}", expected one H1 (the title) and H2 for sections`,
        at: at(extra.line, extra.column),
        related: { message: "the first H1", at: at(h1[0]!.line, h1[0]!.column) },
      });
    let previous = 0;
    for (const h of headings) {
      if (previous > 0 && h.depth > previous + 1)
        context.report({
          message: `Heading "${h.label}" is level ${h.depth} after level ${previous}, expected level ${previous + 1}`,
          at: at(h.line, h.column),
        });
      previous = h.depth;
    }
  },
};
