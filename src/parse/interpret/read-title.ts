import type { Block } from "../outline.js";
import { inlineText } from "../markdown-inline.js";
import { findDate } from "../time/dates.js";
import { readStamp } from "../time/stamp.js";
import { titleFromSubject } from "../mail/mail-meta.js";
import type { Reading } from "./reading.js";

/** Title: front matter, else the first H1, else the mail subject, else (plain text) a first short line. */
export function readTitle(r: Reading): void {
  const { input, out, positions, sections, lineRange } = r;
  const h1 = sections.find((s) => s.via === "heading" && s.depth === 1 && s.key === undefined);
  // The first heading, when it is an H1, is the title; its text below is the lead.
  if (h1 && h1 === sections.find((s) => s.via === "heading")) r.titleSection = h1;
  const titleSection = r.titleSection;
  if (out.title !== undefined) {
    if (input.frontMatter)
      positions.set("/title", {
        value: lineRange(input.frontMatter.line, input.frontMatter.endLine),
      });
  } else if (titleSection) {
    out.title = inlineText(titleSection.label ?? "");
    positions.set("/title", {
      value: lineRange(titleSection.line, titleSection.line, titleSection.column),
    });
  } else if (input.statusPage?.title) {
    out.title = input.statusPage.title.text;
    positions.set("/title", {
      value: lineRange(input.statusPage.title.line + (input.firstLine ?? 1)),
    });
  } else if (input.mail?.subject) {
    out.title = titleFromSubject(input.mail.subject);
    if (input.mail.lines.subject)
      positions.set("/title", { value: lineRange(input.mail.lines.subject) });
  } else if (r.mode === "text") {
    const titleBlock = takeFirstLineTitle(sections[0]!.blocks);
    if (titleBlock) {
      out.title = titleBlock.text.trim();
      positions.set("/title", { value: lineRange(titleBlock.line) });
    }
  }
  if (titleSection) titleSection.key = undefined;
}

/** Plain text: a short first line that is not a sentence, a dateline or a timeline entry. */
function takeFirstLineTitle(blocks: Block[]): Block | undefined {
  // Web page chrome that survives a copy of the page as text.
  while (
    blocks[0]?.kind === "paragraph" &&
    /^(?:skip to (?:main )?content|jump to (?:navigation|content)|toggle navigation|menu|navigation)$/i.test(
      blocks[0].text.trim(),
    )
  )
    blocks.shift();
  const first = blocks[0];
  // A line that only gives the day ("Sunday 3rd June 2012") is a dateline, not the title.
  const head = blocks[first?.kind === "paragraph" && isDateline(first.text) ? 1 : 0];
  const titleBlock =
    head?.kind === "paragraph" &&
    !head.text.includes("\n") &&
    head.text.length <= 120 &&
    !/[.:]$/.test(head.text.trim()) &&
    !readStamp(head.text)
      ? head
      : undefined;
  if (titleBlock) blocks.splice(blocks.indexOf(titleBlock), 1);
  return titleBlock;
}

/** A line that only names a day: "Sunday 3rd June 2012", "2018-11-20". */
function isDateline(text: string): boolean {
  const t = text.trim();
  if (t.includes("\n") || t.length > 40) return false;
  const d = findDate(t);
  return (
    d !== undefined &&
    t.slice(0, d.index).replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\s,]/gi, "") ===
      "" &&
    t.slice(d.index + d.length).trim() === ""
  );
}
