import { trimLineEnds } from "./whitespace.js";
/**
 * HTML as the Markdown-like text the outline reads: HTML mail parts with no text/plain
 * alternative, and HTML blocks inside Markdown. Headings become `#` lines, list items "- "
 * lines, other block elements line breaks; comments are dropped and entities decoded. Tags
 * are removed with a linear scan, never a backtracking pattern.
 */
export function htmlToText(html: string): string {
  let out = "";
  let i = 0;
  let skip: string | null = null;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      if (!skip) out += html.slice(i);
      break;
    }
    if (!skip) out += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      if (close === -1) break;
      i = close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt);
    if (gt === -1) break;
    const tag = html
      .slice(lt + 1, gt)
      .trim()
      .toLowerCase();
    const name = /^\/?([a-z0-9]+)/.exec(tag)?.[1] ?? "";
    const closing = tag.startsWith("/");
    if (skip) {
      if (closing && name === skip) skip = null;
    } else if (name === "script" || name === "style" || name === "head") {
      if (!closing && !tag.endsWith("/")) skip = name;
    } else if (name === "br") out += "\n";
    else if (name === "li" && !closing) out += "\n- ";
    else if (/^h[1-6]$/.test(name)) out += closing ? "\n\n" : `\n\n${"#".repeat(Number(name[1]))} `;
    else if (/^(?:p|div|ul|ol|tr|table|blockquote|pre|section|article)$/.test(name))
      out += closing ? "\n\n" : "\n";
    else if ((name === "td" || name === "th") && closing) out += "\t";
    i = gt + 1;
  }
  return trimLineEnds(decodeEntities(out))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code =
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}
