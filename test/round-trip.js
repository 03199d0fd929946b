// What a render/parse round trip must preserve, per format. Text written as Markdown compares
// after Markdown normalisation (`a * b` and `a \* b` are the same Markdown); the mail body is
// plain text re-wrapped at 72 columns, so its prose compares with line breaks folded.
import { markdownBlock, markdownInline } from "../dist/render/markdown-text.js";

const drop = (o) =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
const fold = (s) => s.replace(/\s+/g, " ").trim();
// Re-wrapping joins a paragraph's lines, but list items stay one a line.
const flowBlock = (s) =>
  s
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split(/\n(?=\s*(?:[-*+]|\d+[.)])\s)/)
        .map(fold)
        .join("\n"),
    )
    .join("\n\n");

/** Fields the Markdown rendering carries, in the form parsing gives them back. */
export function carriedByMarkdown(x) {
  const y = drop({ ...x });
  delete y.$schema;
  for (const k of ["summary", "impact", "detection", "trigger", "rootCause", "resolution", "notes"])
    if (y[k] !== undefined) y[k] = markdownBlock(y[k]);
  for (const k of ["wentWell", "wentBad", "lucky", "lessons"])
    if (y[k]) y[k] = y[k].map(markdownInline);
  if (y.timeline)
    y.timeline = y.timeline.map((e) => drop({ ...e, event: markdownInline(e.event) }));
  if (y.actionItems)
    y.actionItems = y.actionItems.map((a) =>
      drop({ ...a, description: markdownInline(a.description) }),
    );
  return y;
}

/**
 * Fields the mail body carries. Not carried: the title (it is the Subject of the message),
 * id, tags, source time zone, authors (the sender), and timeline actors and kinds. A
 * ticket is read out of an item's text when the item names one (a bare URL, a key such as
 * OPS-12), and a task box opening an item (`[ ] x`) is its status.
 */
export function carriedByMail(x) {
  const y = drop({ ...x });
  for (const k of ["$schema", "title", "id", "tags", "timezone", "authors"]) delete y[k];
  for (const k of ["summary", "impact", "detection", "trigger", "rootCause", "resolution", "notes"])
    if (y[k] !== undefined) y[k] = flowBlock(y[k]);
  for (const k of ["wentWell", "wentBad", "lucky", "lessons"]) if (y[k]) y[k] = y[k].map(fold);
  if (y.timeline) y.timeline = y.timeline.map((e) => ({ time: e.time, event: fold(e.event) }));
  // A task box at the start of an item is its status: "- [ ] x" is an open item.
  if (y.actionItems)
    y.actionItems = y.actionItems.map((a) => {
      const box = /^\[([ x])\][ \t]+(?=\S)/i.exec(a.description);
      return drop({
        ...a,
        description: fold(box ? a.description.slice(box[0].length) : a.description),
        status: a.status ?? (box ? (box[1] === " " ? "open" : "done") : undefined),
      });
    });
  return y;
}

/**
 * Parsed output in comparable form: key order ignored, empty lists dropped. Parsing records the
 * zone the timeline was written in, which for our own rendering is UTC even when the data
 * did not say so.
 */
export function comparable(y, format, x = {}) {
  const z = drop({ ...y });
  if (x.timezone === undefined && z.timezone === "UTC") delete z.timezone;
  if (format === "markdown") {
    for (const k of ["wentWell", "wentBad", "lucky", "lessons"])
      if (z[k]) z[k] = z[k].map(markdownInline);
    if (z.timeline) z.timeline = z.timeline.map((e) => ({ ...e, event: markdownInline(e.event) }));
    if (z.actionItems)
      z.actionItems = z.actionItems.map((a) => ({
        ...a,
        description: markdownInline(a.description),
      }));
  }
  if (format === "mail") {
    for (const k of ["title", "authors", "timezone"]) delete z[k];
    if (z.timeline) z.timeline = z.timeline.map((e) => ({ time: e.time, event: fold(e.event) }));
    // A ticket read out of the description's own text (a bare URL, a key such as OPS-12).
    if (z.actionItems)
      z.actionItems = z.actionItems.map((a, i) =>
        a.ticket && !x.actionItems?.[i]?.ticket && a.description.includes(a.ticket)
          ? drop({ ...a, ticket: undefined })
          : a,
      );
  }
  return z;
}
