import stringWidth from "string-width";

export const MAIL_WIDTH = 72;

// Markers after which wrapped lines hang: list bullets, numbered items, timeline clocks.
const HANGING =
  /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+|(?:\d{4}-\d{2}-\d{2}\s+)?\d{1,2}:\d{2}(?::\d{2})?:?\s+)?/;
// A word that, first on a line, would read as the start of a list item, quote, heading or table
// row, a signature ("-- ") or a new message in an mbox ("From "): a line is never broken just
// before one.
const MARKER = /^(?:\d{1,9}[.)]|[-*+•>#|]|--|From)$/;

/**
 * Wraps one logical line at `width` columns (display width, so CJK counts double). Words and
 * URLs are never split: a word longer than the line stands alone on its own line. Continuation
 * lines hang under the text after a list marker or a timeline clock.
 */
export function wrapLine(line: string, width = MAIL_WIDTH): string {
  if (stringWidth(line) <= width) return line;
  const m = HANGING.exec(line);
  const lead = m?.[0] ?? "";
  const indent = " ".repeat(stringWidth(lead));
  const words = line.slice(lead.length).split(/ +/).filter(Boolean);
  const out: string[] = [];
  let current: string[] = [];
  let currentWidth = stringWidth(lead);
  const flush = (next: string[]): void => {
    out.push((out.length ? indent : lead) + current.join(" "));
    current = next;
    currentWidth = indent.length + stringWidth(next.join(" "));
  };
  for (const word of words) {
    const w = stringWidth(word);
    if (current.length && currentWidth + 1 + w > width) {
      // Carry the word before a marker along, so the marker does not open the next line.
      if (MARKER.test(word) && current.length > 1) flush([current.pop()!, word]);
      else flush([word]);
    } else {
      currentWidth += (current.length ? 1 : 0) + w;
      current.push(word);
    }
  }
  out.push((out.length ? indent : lead) + current.join(" "));
  return out.join("\n");
}

/**
 * Turns a Markdown block into plain-text lines fit for mail: paragraphs and list items are
 * joined into single logical lines and wrapped; fenced code is kept verbatim.
 */
export function flowText(markdown: string, width = MAIL_WIDTH): string {
  const lines = markdown.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  const out: string[] = [];
  let para: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    if (para.length) out.push(wrapLine(para.join(" "), width));
    para = [];
  };
  for (const raw of lines) {
    if (fence !== null) {
      out.push(raw);
      if (raw.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const f = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (f) {
      flush();
      fence = f[1]!;
      out.push(raw);
      continue;
    }
    const line = raw.trimEnd();
    if (line.trim() === "") {
      flush();
      if (out.length && out[out.length - 1] !== "") out.push("");
      continue;
    }
    const startsItem = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/.test(line);
    if (startsItem) {
      flush();
      para = [line];
    } else if (para.length) {
      para.push(line.trim());
    } else {
      para = [line];
    }
  }
  flush();
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
