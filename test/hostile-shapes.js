// Shapes of hostile input, and the commands they are fed to: shared by the robustness tests and
// by scripts/hostile.mjs, which measures how time grows with them.
import { parseDocument } from "../dist/parse/parse-document.js";
import { lintText } from "../dist/lint/engine.js";
import { renderIncident } from "../dist/render/render.js";
import { actionRows } from "../dist/actions/collect.js";

// Shapes that make Markdown parsers slow (remark among them), and some of our own: many
// sections, labels and paragraphs stress the outline and the section reader.
export const SHAPES = {
  emphasis: "*a",
  strong: "**a",
  underscores: "_a",
  strike: "~a",
  quotes: ">",
  nestedQuotes: "> ",
  links: "[a](",
  brackets: "[",
  images: "![",
  autolinks: "<http://a",
  html: "<a ",
  entities: "&#",
  backticks: "`",
  escapes: "\\*",
  listItems: "- a\n",
  nestedLists: "- ",
  indentedItems: " - a\n",
  tableRows: "| a |\n",
  timelineLines: "10:01 x\n",
  blanks: " \t",
  longLine: "a ",
  mailQuotes: "> > a\n",
  headings: "# a\n",
  setextHeadings: "a\n=\n",
  labels: "Foo:\nbar\n\n",
  paragraphs: "a\n\n",
  fields: "Date: 2020-01-01\n",
};

export const OPERATIONS = {
  "parse (Markdown)": (text) => parseDocument(text, { path: "x.md", input: "markdown" }),
  "parse (mail)": (text) => parseDocument(text, { path: "x.txt", input: "mail" }),
  "lint (Markdown)": (text) => lintText(text, { path: "x.md" }),
  "lint (mail)": (text) => lintText(text, { path: "x.txt", input: "mail" }),
  actions: async (text) =>
    (await parseDocument(text, { path: "x.md" })).flatMap((p) => actionRows(p, "x.md")),
  "render (Markdown)": (text) =>
    renderIncident(
      {
        title: text.slice(0, 500),
        date: "2020-01-01",
        summary: text,
        timeline: [{ time: "2020-01-01T00:00:00Z", event: text }],
        actionItems: [{ description: text }],
      },
      { format: "markdown" },
    ),
  "render (mail)": (text) =>
    renderIncident(
      {
        title: "x",
        date: "2020-01-01",
        summary: text,
        timeline: [{ time: "2020-01-01T00:00:00Z", event: text }],
        actionItems: [{ description: text }],
      },
      { format: "email" },
    ),
};

export const of = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));
