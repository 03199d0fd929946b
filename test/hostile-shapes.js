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
  // Shapes that were quadratic once: placeholders for lint, a timeline in a zone with daylight
  // saving, many messages in one mbox, many parts in one message, many keys in YAML data and in
  // front matter. A [head, unit] pair repeats the unit after the head.
  placeholders: "TODO TBD <fill in> ",
  zonedTimeline: ["## Timeline\n\n", "- 2020-03-08 01:59 PST x\n"],
  mboxMessages:
    "From a@example.org Mon Apr  1 09:00:00 2024\nFrom: a@example.org\nSubject: x\n\nTODO\n\n",
  multipart: [
    'From: a@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n',
    "--b\nContent-Type: text/plain\n\nx\n",
  ],
  yamlKeys: ["title: t\ndate: 2020-01-01\nx-a:\n", "  k: v\n"],
  frontMatterKeys: ["---\n", "a: b\n"],
};

export const OPERATIONS = {
  "parse (Markdown)": (text) => parseDocument(text, { path: "x.md", input: "markdown" }),
  "parse (mail)": (text) => parseDocument(text, { path: "x.txt", input: "mail" }),
  "lint (Markdown)": (text) => lintText(text, { path: "x.md" }),
  "lint (mail)": (text) => lintText(text, { path: "x.txt", input: "mail" }),
  "lint (data)": (text) => lintText(text, { path: "x.yaml" }),
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

export const of = (shape, bytes) =>
  Array.isArray(shape)
    ? shape[0] + shape[1].repeat(Math.ceil((bytes - shape[0].length) / shape[1].length))
    : shape.repeat(Math.ceil(bytes / shape.length));
