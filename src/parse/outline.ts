import { htmlToText } from "../text/html-to-text.js";
import { runInQuestions } from "./run-in-questions.js";
import {
  normaliseLabel,
  sectionKey,
  wholeSectionKey,
  type SectionKey,
} from "../model/section-synonyms.js";

/**
 * A label run into its text with no colon, as status pages flatten their headings: "Root Cause
 * Excessive load on a database ...", "Follow Ups Root cause investigation". Only a section name
 * of two words or more, each capitalised, followed by a capitalised word, counts.
 */
function runInLabel(line: string): { label: string; value: string; key: SectionKey } | null {
  const words = line.trimStart().slice(0, 80).split(" ");
  for (let k = Math.min(5, words.length - 1); k >= 2; k--) {
    const head = words.slice(0, k);
    if (!head.every((w) => /^\p{Lu}/u.test(w)) || !/^[\p{Lu}\d]/u.test(words[k]!)) continue;
    const key = wholeSectionKey(head.join(" "));
    if (key)
      return {
        label: head.join(" "),
        value: line.trimStart().slice(head.join(" ").length).trim(),
        key,
      };
  }
  return null;
}

/** Loose matching by cue words suits short labels, not a sentence that ends in a colon. */
function headingLike(label: string): boolean {
  const words = label.split(/\s+/);
  return (
    words.length <= 6 &&
    !/^(?:the|this|that|these|those|we|our|it|i|here|there|following|please|if|when|as|so|and|but)$/i.test(
      words[0]!,
    )
  );
}

/**
 * A cheap line scanner that splits a post-mortem into sections and blocks before anything
 * looks at inline Markdown. It reads Markdown (ATX and setext headings, lists, GFM tables,
 * fences, quotes) and plain mail text (labels such as `Root cause:` or `What happened?` on
 * their own line) in one pass, in time linear in the input, so no document can make it slow.
 */

export type BlockKind = "paragraph" | "list" | "table" | "code" | "quote" | "rule";

export interface ListItem {
  /** The item's text: first line and continuation lines, dedented; nested lists stay inside. */
  text: string;
  line: number;
  column: number;
  endLine: number;
  /** Task-list box: true `[x]`, false `[ ]`, null when there is none. */
  checked: boolean | null;
  /** The task box as written (`[x] `), so lists where boxes mean nothing can keep it. */
  box: string;
  ordered: boolean;
  /** The marker as written: `-`, `*`, `2.`, `3)`. */
  marker: string;
}

export interface TableRow {
  cells: string[];
  line: number;
}

export interface Block {
  kind: BlockKind;
  /** 1-based first and last line. */
  line: number;
  endLine: number;
  column: number;
  /** The block's source lines (for paragraphs, trimmed and joined with newlines). */
  text: string;
  /** Paragraphs: how far each line was indented, since trimming hides wrapped continuations. */
  indents?: number[];
  items?: ListItem[];
  header?: string[];
  rows?: TableRow[];
}

export interface Section {
  /** The heading or label as written (without `#` or trailing colon); null for the intro. */
  label: string | null;
  key: SectionKey | undefined;
  /** Heading depth (1-6); labels count as depth 2, below a title. 0 for the intro. */
  depth: number;
  line: number;
  column: number;
  /** Text on the label's own line after the colon (`Date: 20 november 2018`). */
  value: string | null;
  via: "heading" | "label" | "intro";
  blocks: Block[];
}

export interface OutlineOptions {
  mode: "markdown" | "text";
  /** 1-based line number of the first line, when the text is a slice of a larger file. */
  firstLine?: number;
  /** Read HTML blocks (off for text that came out of one, so an entity cannot nest them). */
  html?: boolean;
}

// CommonMark's HTML blocks that can interrupt a paragraph: a comment (kind 2), raw text such as
// <pre> (kind 1), and a block-level tag (kind 6).
const HTML_START = /^ {0,3}<(?:(!--)|\/?([A-Z][A-Z0-9]{0,15})(?=[\s/>]|$))/i;
const HTML_RAW = new Set(["pre", "script", "style", "textarea"]);
const HTML_BLOCK_TAGS = new Set(
  [
    "address article aside blockquote body center details dialog dd div dl dt fieldset",
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p section",
    "summary table tbody td tfoot th thead tr ul",
  ]
    .join(" ")
    .split(" "),
);

function htmlStart(line: string): "comment" | "raw" | "block" | null {
  const m = HTML_START.exec(line);
  if (!m) return null;
  if (m[1]) return "comment";
  const name = m[2]!.toLowerCase();
  if (HTML_RAW.has(name) && !line.trimStart().startsWith("</")) return "raw";
  return HTML_BLOCK_TAGS.has(name) ? "block" : null;
}

const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const ATX_TIGHT = /^ {0,3}(#{2,6})(?=\p{Lu})/u;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$/;
const LIST_ITEM = /^([ \t]{0,8})([-*+•‣◦▪–]|\d{1,9}[.)])(?:([ \t]+)(?![ \t])([\s\S]*))?$/;
const TASK = /^\[([ x])\][ \t]+/i;
const QUOTE = /^ {0,3}>/;
const DELIMITER_CELL = /^:?-+:?$/;
// The label patterns are only tried on lines of at most 90 characters (bounded input), so
// their optional markers and blanks cannot backtrack for long.
// A label alone on its line: `Root cause:`, `What happened?`, `**Impact**`, `Timeline (in UTC):`.
const LABEL_LINE =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, see above
  /^[ \t]{0,3}(?:\*\*|__)?([^:?*_\s][^:?]{0,70}?)(?:\*\*|__)?[ \t]*([:?])?(?:\*\*|__)?[ \t]*$/;
// `Label: value` with the value on the same line; tried on a line's first 90 characters (bounded input).
const LABEL_VALUE =
  /^[ \t]{0,3}(?:\*\*|__)?([A-Z][A-Z ()'/-]{0,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(\S.*)$/i;

// `**Label:** text`, `**Label?** text` or `**Label**: text`: bold, then a colon or question mark
// inside or just after it, then the text (tried on a line's first 90 characters).
const BOLD_RUN_IN = /^[ \t]{0,3}(\*\*|__)([^*_:?\n]{1,60})([:?])?\1(:)?[ \t]+(?=\S)/;

export function outline(text: string, options: OutlineOptions): Section[] {
  return new Outliner(text, options).run();
}

/** Splits a document into sections of blocks, the way a reader skims it: see `outline`. */
class Outliner {
  readonly lines: string[];
  readonly base: number;
  readonly markdown: boolean;
  readonly readHtml: boolean;
  readonly sections: Section[];
  current: Section;
  /** Whether the block before the one being read was an HTML comment. */
  afterComment = false;

  constructor(text: string, options: OutlineOptions) {
    this.lines = text.split(/\r\n?|\n/);
    this.base = (options.firstLine ?? 1) - 1;
    this.markdown = options.mode === "markdown";
    this.readHtml = this.markdown && options.html !== false;
    this.current = {
      label: null,
      key: undefined,
      depth: 0,
      line: this.base + 1,
      column: 1,
      value: null,
      via: "intro",
      blocks: [],
    };
    this.sections = [this.current];
  }

  /** Reads the whole text; each reader takes the block at line i and returns the line after it. */
  run(): Section[] {
    let i = 0;
    while (i < this.lines.length) {
      if (this.lines[i]!.trim() === "") {
        i++;
        continue;
      }
      const wasAfterComment = this.afterComment;
      this.afterComment = false;
      i =
        this.htmlBlockAt(i) ??
        this.fenceAt(i) ??
        this.headingAt(i) ??
        this.ruleAt(i) ??
        this.quoteAt(i) ??
        this.tableAt(i) ??
        this.labelLineAt(i) ??
        this.listAt(i, wasAfterComment) ??
        this.paragraphAt(i);
    }
    return this.sections;
  }

  htmlBlockAt(i: number): number | undefined {
    const html = this.readHtml ? htmlStart(this.lines[i]!) : null;
    if (!html) return undefined;
    const end = this.htmlEnd(i, html);
    // A comment is not shown to readers (template guidance, lint directives): no content.
    if (html !== "comment") this.embed(htmlToText(this.lines.slice(i, end).join("\n")), i);
    else this.afterComment = true;
    return end;
  }

  fenceAt(i: number): number | undefined {
    const fence = this.markdown ? FENCE.exec(this.lines[i]!) : null;
    if (!fence) return undefined;
    const start = i;
    const marker = fence[1]!;
    i++;
    while (
      i < this.lines.length &&
      !(
        this.lines[i]!.trimStart().startsWith(marker[0]!.repeat(marker.length)) &&
        this.lines[i]!.trim().replace(/[`~]/g, "") === ""
      )
    )
      i++;
    const end = Math.min(i, this.lines.length - 1) + 1;
    this.push(this.linesBlock("code", start, end));
    return end;
  }

  headingAt(i: number): number | undefined {
    const line = this.lines[i]!;
    const atx = readAtx(line, this.markdown);
    if (!atx) return undefined;
    const raw = atx[2];
    const kv = /^([^:]{1,40}):\s+(\S.*)$/.exec(raw);
    const keyWhole = sectionKey(raw);
    if (!keyWhole && kv && sectionKey(kv[1]!))
      this.startSection(
        kv[1]!.trim(),
        atx[1].length,
        i,
        line.indexOf("#") + 1,
        kv[2]!.trim(),
        "heading",
      );
    else this.startSection(raw, atx[1].length, i, line.indexOf("#") + 1, null, "heading", keyWhole);
    return i + 1;
  }

  ruleAt(i: number): number | undefined {
    const line = this.lines[i]!;
    if (!RULE.test(line) || this.dashItemInText(i)) return undefined;
    this.push(this.linesBlock("rule", i, i + 1));
    return i + 1;
  }

  quoteAt(i: number): number | undefined {
    if (!this.markdown || !QUOTE.test(this.lines[i]!)) return undefined;
    const start = i;
    const paragraphEnd = (k: number): number => {
      while (
        k < this.lines.length &&
        !this.isBlank(k) &&
        (QUOTE.test(this.lines[k]!) || !this.startsBlock(k))
      )
        k++;
      return k;
    };
    i = paragraphEnd(i);
    // Quotes in chat logs separate turns with lone ">" lines; keep the quote whole.
    while (i + 1 < this.lines.length && this.isBlank(i) && QUOTE.test(this.lines[i + 1]!))
      i = paragraphEnd(i + 1);
    this.push(this.linesBlock("quote", start, i));
    return i;
  }

  /** A block of whole lines, from line `start` to the line before `end` (0-based). */
  linesBlock(kind: Block["kind"], start: number, end: number): Block {
    return {
      kind,
      line: this.base + start + 1,
      endLine: this.base + end,
      column: 1,
      text: this.lines.slice(start, end).join("\n"),
    };
  }

  tableAt(i: number): number | undefined {
    if (!this.isTableStart(i)) return undefined;
    const header = splitRow(this.lines[i]!);
    const rows: TableRow[] = [];
    const start = i;
    i += 2;
    while (i < this.lines.length && !this.isBlank(i) && this.lines[i]!.includes("|")) {
      rows.push({ cells: splitRow(this.lines[i]!), line: this.base + i + 1 });
      i++;
    }
    this.push({
      ...this.linesBlock("table", start, i),
      header,
      rows,
    });
    return i;
  }

  labelLineAt(i: number): number | undefined {
    const line = this.lines[i]!;
    const label = this.labelAt(i);
    if (
      !label ||
      !(
        this.prevBlankOrRule(i) ||
        !this.markdown ||
        label.value !== null ||
        /^\s*(?:\*\*|__)/.test(line)
      )
    )
      return undefined;
    const depth = Math.max(
      2,
      this.current.via === "heading" &&
        this.current.depth >= 2 &&
        label.value === null &&
        this.markdown
        ? this.current.depth + 1
        : 2,
    );
    this.startSection(
      label.label,
      depth,
      i,
      line.search(/\S/) + 1,
      label.value,
      "label",
      label.key,
    );
    return i + 1;
  }

  listAt(i: number, wasAfterComment: boolean): number | undefined {
    const line = this.lines[i]!;
    if (!LIST_ITEM.test(line) || !this.isListStart(i)) return undefined;
    const { block, next } = this.readList(i);
    // "1. What happened? ... 2. What was affected? ..." on one line reads as a list of one.
    const only = block.items!.length === 1 ? block.items![0]! : undefined;
    if (only?.ordered && this.questionnaire(block, `${line.trim().split(/\s/)[0]} ${only.text}`))
      return next;
    // A comment between items (`<!-- postmortem-disable ... -->`) splits the list for
    // CommonMark, not for its writer.
    const last = this.current.blocks[this.current.blocks.length - 1];
    if (
      wasAfterComment &&
      last?.kind === "list" &&
      last.items![0]!.ordered === block.items![0]!.ordered
    ) {
      for (const item of block.items!) last.items!.push(item);
      last.text +=
        "\n" + this.lines.slice(last.endLine - this.base, block.endLine - this.base).join("\n");
      last.endLine = block.endLine;
    } else this.push(block);
    return next;
  }

  /** A paragraph runs until a blank line or a line that starts another block. */
  paragraphAt(i: number): number {
    const line = this.lines[i]!;
    const start = i;
    const para: string[] = [line.trim()];
    const indents: number[] = [line.search(/\S/)];
    i++;
    while (i < this.lines.length && !this.isBlank(i)) {
      // A one-line paragraph underlined with = or - is a setext heading.
      if (para.length === 1 && this.setextUnder(i)) break;
      if (this.startsBlock(i)) break;
      para.push(this.lines[i]!.trim());
      indents.push(this.lines[i]!.search(/\S/));
      i++;
    }
    if (i < this.lines.length && para.length === 1 && this.setextUnder(i)) {
      const level = this.lines[i]!.trim().startsWith("=") ? 1 : 2;
      this.startSection(para[0]!, level, start, 1, null, "heading");
      return i + 1;
    }
    const paragraph: Block = {
      kind: "paragraph",
      line: this.base + start + 1,
      endLine: this.base + i,
      column: line.search(/\S/) + 1,
      text: para.join("\n"),
      indents,
    };
    if (!this.questionnaire(paragraph, paragraph.text)) this.push(paragraph);
    return i;
  }

  push(b: Block): void {
    this.current.blocks.push(b);
  }
  startSection(
    label: string,
    depth: number,
    line: number,
    column: number,
    value: string | null,
    via: Section["via"],
    key = sectionKey(label, { loose: true }),
  ): void {
    this.current = {
      label,
      key,
      depth,
      line: this.base + line + 1,
      column,
      value,
      via,
      blocks: [],
    };
    this.sections.push(this.current);
  }
  isBlank(i: number): boolean {
    return i >= this.lines.length || this.lines[i]!.trim() === "";
  }

  prevBlankOrRule(i: number): boolean {
    return i === 0 || this.isBlank(i - 1) || RULE.test(this.lines[i - 1]!);
  }

  /** Whether line i is a section label in its own right (not a sentence ending in a colon). */
  labelAt(i: number): { label: string; value: string | null; key: SectionKey | undefined } | null {
    const line = this.lines[i]!;
    const bare = line.length <= 90 ? LABEL_LINE.exec(line) : null;
    if (bare && (bare[2] || /^[ \t]*(?:\*\*|__)/.test(line))) {
      const label = bare[1]!.trim();
      const key = sectionKey(label, { loose: headingLike(label) });
      // Bounded input: labelAt returns early on lines over 90 characters.
      const bold = /^[ \t]*(?:\*\*|__).*(?:\*\*|__)[ \t]*(?::[ \t]*)?$/.test(line);
      if (key && key !== "whatHappened" && bare[2] === "?" && !/\?$/.test(line.trim())) return null;
      if (key) return { label, value: null, key };
      // Unknown labels start sections only in mail text, where a short `word word:` line after
      // a separator or blank line is how people head a section ("reporting issues:").
      if (
        !this.markdown &&
        !bold &&
        bare[2] === ":" &&
        this.prevBlankOrRule(i) &&
        !this.isBlank(i + 1) &&
        label.split(/\s+/).length <= 4 &&
        /^[a-z]/i.test(label) &&
        !/^(?:hi|hello|dear|thanks|regards)\b/i.test(label)
      )
        return { label, value: null, key: undefined };
      return null;
    }
    if (bare && !bare[2]) {
      const label = this.bareLabel(i);
      if (label) return label;
    }
    const runIn = this.boldRunIn(line);
    if (runIn) return runIn;
    // Bounded input: the label is read from the line's first 90 characters; the value is the
    // rest of the line, however long.
    const kv = LABEL_VALUE.exec(line.slice(0, 90));
    if (kv) kv[2] = line.slice(kv[0].length - kv[2]!.length);
    // "TODO: if human only, ..." and "Note: ..." are remarks in the text, not section labels.
    if (kv && !/^(?:todo|to do|note|nb|hint|tip|example|optional|ps)$/i.test(kv[1]!.trim())) {
      const key = sectionKey(kv[1]!);
      if (
        key &&
        (key === "date" ||
          key === "authors" ||
          key === "participants" ||
          key === "status" ||
          key === "severity" ||
          !this.markdown ||
          key === "rootCause")
      )
        return { label: kv[1]!.trim(), value: kv[2]!.trim(), key };
    }
    return this.markdown ? null : runInLabel(line);
  }

  /**
   * A bold label run into its text: "**What caused it?** A bad deploy.", "**Root cause:** ...",
   * "**Impact**: ...". The bold and the colon or question mark say it is a label, in Markdown
   * as in mail, so any section name counts, in question form too.
   */
  boldRunIn(line: string): { label: string; value: string; key: SectionKey } | null {
    // Bounded input: the label is read from the line's first 90 characters.
    const m = BOLD_RUN_IN.exec(line.slice(0, 90));
    if (!m || (!m[3] && !m[4])) return null;
    const label = m[2]!.trim();
    // A one-word question ("**Why?** ...", a five-whys chain) is a step of an argument, not the
    // name of a section, unless the word is one ("**Impact?**").
    const key = sectionKey(label, { loose: !(m[3] === "?" && !/\s/.test(label)) });
    if (!key || /^(?:todo|to do|note|nb|hint|tip|example|optional|ps)$/i.test(label)) return null;
    return { label, value: line.slice(m[0].length).trim(), key };
  }

  /**
   * A label line with no colon: "Timeline", "ROOT CAUSE", "Planned Improvements", "1. Summary".
   * Prose lines can look the same, so the words must be a section name as a whole, or a heading
   * by their form (all capitals, or Title Case standing alone between blank lines).
   */
  bareLabel(i: number): { label: string; value: string | null; key: SectionKey } | null {
    const text = this.lines[i]!.trim().replace(/\[edit\]$/, "");
    if (text.length > 60 || /[.,;!]$/.test(text) || !/^(?:\d+(?:\.\d+)*[.)]?\s+)?[A-Z]/.test(text))
      return null;
    const n = normaliseLabel(text);
    if (!n || n.split(" ").length > 6) return null;
    const whole = wholeSectionKey(text);
    // A numbered section name ("2. Timeline") heads what follows even with no blank line under
    // it, as the section numbers say; Markdown would read it as a one-item list.
    const numbered = /^\d+(?:\.\d+)*[.)]?\s/.test(text);
    if (
      whole &&
      (!this.markdown ||
        (this.prevBlankOrRule(i) &&
          (numbered || this.isBlank(i + 1) || LIST_ITEM.test(this.lines[i + 1]!))))
    )
      return { label: text, value: null, key: whole };
    if (this.markdown) return null;
    const caps = /[A-Z]{2}/.test(text) && text === text.toUpperCase();
    const titleCase = text.split(/\s+/).every((w) => !/^[a-z]/.test(w) || w.length <= 3);
    if (caps || (titleCase && this.prevBlankOrRule(i))) {
      const key = sectionKey(text, { loose: true });
      if (key) return { label: text, value: null, key };
    }
    return null;
  }

  /**
   * Line k past the end of the HTML block starting at i: a comment or raw block ends with the
   * line that closes it (or the document, as in CommonMark), any other at a blank line.
   */
  htmlEnd(k: number, kind: "comment" | "raw" | "block"): number {
    if (kind === "block") {
      while (k < this.lines.length && !this.isBlank(k)) k++;
      return k;
    }
    const close = kind === "comment" ? "-->" : /<\/(?:pre|script|style|textarea)>/i;
    let from = this.lines[k]!.indexOf("<") + 4;
    for (; k < this.lines.length; k++, from = 0) {
      const rest = this.lines[k]!.slice(from);
      if (typeof close === "string" ? rest.includes(close) : close.test(rest)) return k + 1;
    }
    return k;
  }

  /** Text read out of an HTML block joins the outline where the block stood. */
  embed(markdownText: string, line: number): void {
    const inner = outline(markdownText, {
      mode: "markdown",
      firstLine: this.base + line + 1,
      html: false,
    });
    for (const b of inner[0]!.blocks) this.push(b);
    for (const s of inner.slice(1)) {
      this.sections.push(s);
      this.current = s;
    }
  }

  /**
   * A paragraph that is a questionnaire with its line breaks lost (see run-in-questions.ts) is
   * read as one section per question, all on the paragraph's lines; returns false for any other.
   */
  questionnaire(block: Block, text: string): boolean {
    const found = this.markdown ? null : runInQuestions(text);
    if (!found) return false;
    const line = block.line - this.base - 1;
    const paragraph = (text: string): Block => ({
      kind: "paragraph",
      line: block.line,
      endLine: block.endLine,
      column: block.column,
      text,
    });
    if (found.before) this.push(paragraph(found.before));
    for (const q of found.questions) {
      this.startSection(q.label.replace(/\?$/, ""), 2, line, block.column, null, "label", q.key);
      if (q.text) this.push(paragraph(q.text));
    }
    return true;
  }

  /**
   * Line k underlines the one-line paragraph above it: Markdown's setext headings, and the
   * reStructuredText and plain-text habit of underlining titles with "=" or "-". In text, a short
   * run of dashes is a separator or a signature mark, so the underline must be at least three
   * long and reach most of the way under the title.
   */
  setextUnder(k: number): boolean {
    const under = this.lines[k]!;
    if (!SETEXT.test(under)) return false;
    if (this.markdown) return true;
    const title = this.lines[k - 1]!.trim();
    const len = under.trim().length;
    return len >= 3 && len >= title.length * 0.6 && title.length <= 80;
  }

  /** A GFM table: a row, then a delimiter row with as many cells; a list item is not a row. */
  isTableStart(i: number): boolean {
    const line = this.lines[i]!;
    const next = this.lines[i + 1];
    if (!line.includes("|") || next === undefined || !next.includes("-") || !isDelimiterRow(next))
      return false;
    if (LIST_ITEM.test(line) && !/^\s*\|/.test(line)) return false;
    return splitRow(line).length === splitRow(next).length;
  }

  /**
   * Mail has no escaping, so an item whose text is dashes ("- - -") looks like a rule; right
   * under a label or another item it is an item.
   */
  dashItemInText(k: number): boolean {
    if (this.markdown || k === 0 || this.isBlank(k - 1) || !/^ {0,3}- +-/.test(this.lines[k]!))
      return false;
    return LIST_ITEM.test(this.lines[k - 1]!) || this.labelAt(k - 1) !== null;
  }

  startsBlock(k: number): boolean {
    const l = this.lines[k]!;
    if (readAtx(l, this.markdown) !== null || (this.markdown && FENCE.test(l))) return true;
    if (this.readHtml && htmlStart(l)) return true;
    if (RULE.test(l) && !/^ {0,3}-{1,2}\s*$/.test(l) && !this.dashItemInText(k)) return true;
    if (this.markdown && QUOTE.test(l)) return true;
    if (LIST_ITEM.test(l) && this.isListStart(k, true)) return true;
    if (this.labelAt(k) && (!this.markdown || /^\s*(?:\*\*|__)/.test(l))) return true;
    if (this.isTableStart(k)) return true;
    return false;
  }

  isListStart(k: number, interrupting = false): boolean {
    const m = LIST_ITEM.exec(this.lines[k]!)!;
    if (!m) return false;
    if (m[1]!.replace(/\t/g, "    ").length > 3 && !/^\s*[•‣◦▪]/.test(this.lines[k]!)) return false;
    if (m[4] === undefined || m[4].trim() === "") return false;
    // An ordered item may interrupt a paragraph only when it starts at 1, as in CommonMark;
    // in mail text "2018. " or "10." inside a sentence line is not a list.
    if (interrupting && /\d/.test(m[2]!) && !/^1[.)]$/.test(m[2]!)) return false;
    return true;
  }

  readList(k: number): { block: Block; next: number } {
    const items: ListItem[] = [];
    const start = k;
    const first = LIST_ITEM.exec(this.lines[k]!)!;
    const listIndent = first[1]!.replace(/\t/g, "    ").length;
    const ordered = /\d/.test(first[2]!);
    while (k < this.lines.length) {
      const m = LIST_ITEM.exec(this.lines[k]!);
      if (!m || m[4] === undefined || m[1]!.replace(/\t/g, "    ").length > listIndent + 3) break;
      if (/\d/.test(m[2]!) !== ordered && m[1]!.length <= listIndent) break;
      const markerWidth = m[1]!.replace(/\t/g, "    ").length + m[2]!.length;
      const gap = (m[3] ?? " ").replace(/\t/g, "    ").length;
      const contentIndent = markerWidth + (gap > 4 ? 1 : gap);
      let content = m[4];
      let checked: boolean | null = null;
      let box = "";
      const task = TASK.exec(content);
      if (task) {
        checked = task[1] !== " ";
        box = task[0];
        content = content.slice(task[0].length);
      }
      const body: string[] = [content.trim()];
      const itemLine = k;
      k++;
      const { next, sawBlank } = this.itemBody(k, contentIndent, body);
      k = next;
      // Step back over trailing blank lines so the next item (or block) starts cleanly.
      let end = k - 1;
      while (end > itemLine && this.lines[end]!.trim() === "") end--;
      items.push({
        text: body
          .join("\n")
          .replace(/\n{3,}/g, "\n\n")
          .trim(),
        line: this.base + itemLine + 1,
        column: m[1]!.length + 1,
        endLine: this.base + end + 1,
        checked,
        box,
        ordered,
        marker: m[2]!,
      });
      if (sawBlank) {
        // A blank line then another item of this list continues it; anything else ends it.
        let n = k;
        while (n < this.lines.length && this.lines[n]!.trim() === "") n++;
        const nm = n < this.lines.length ? LIST_ITEM.exec(this.lines[n]!) : null;
        if (
          nm &&
          nm[4] !== undefined &&
          nm[1]!.replace(/\t/g, "    ").length <= listIndent + 3 &&
          this.isListStart(n)
        ) {
          k = n;
          continue;
        }
        break;
      }
    }
    let end = k - 1;
    while (end > start && this.lines[end]!.trim() === "") end--;
    return {
      block: {
        kind: "list",
        line: this.base + start + 1,
        endLine: this.base + end + 1,
        column: listIndent + 1,
        text: this.lines.slice(start, end + 1).join("\n"),
        items,
      },
      next: k,
    };
  }

  /**
   * The lines after an item's first that belong to it: indented ones, and unindented lazy
   * continuations until a blank line or another block. Pushed onto `body`.
   */
  itemBody(k: number, contentIndent: number, body: string[]): { next: number; sawBlank: boolean } {
    let sawBlank = false;
    while (k < this.lines.length) {
      const l = this.lines[k]!;
      if (l.trim() === "") {
        sawBlank = true;
        k++;
        continue;
      }
      const indent = l.length - l.trimStart().length;
      const lm = LIST_ITEM.exec(l);
      if (indent >= contentIndent) {
        body.push((sawBlank ? "\n" : "") + l.slice(Math.min(contentIndent, indent)).trimEnd());
        sawBlank = false;
        k++;
        continue;
      }
      if (sawBlank) break;
      if (lm && lm[4] !== undefined && this.isListStart(k)) break;
      if (this.startsBlock(k)) break;
      // Lazy continuation: an unindented line that carries on the item's paragraph.
      body.push(l.trim());
      k++;
    }
    return { next: k, sawBlank };
  }
}

/** Cells of a GFM table row; `\|` is a pipe inside a cell, not a separator. */
/** An ATX heading: `[line, "#"s, text]` with the closing `#`s and blanks taken off, or null. */
function readAtx(line: string, markdown: boolean): [string, string, string] | null {
  // "##What happened": kramdown and many wikis take it as a heading, CommonMark does not; a
  // writer who typed two hashes before a word meant one. One hash is a tag or an issue number.
  const open = ATX_OPEN.exec(line) ?? ATX_TIGHT.exec(line);
  if (!open) return null;
  let text = line.slice(open[0].length).trim();
  // In mail, "# " also starts shell comments and prompts in pasted output: only a short line
  // that reads like a heading counts.
  if (!markdown && (text.length > 80 || !/^[\p{L}\d]/u.test(text))) return null;
  // A closing sequence is `#`s after a blank (or the whole text): "## Title ##".
  const closing = /(?:^|[ \t])#+$/.exec(text);
  if (closing) text = text.slice(0, closing.index).trim();
  return [line, open[1]!, text];
}

/** A GFM table delimiter row: `| --- | :-: |`, cells of dashes with optional colons. */
function isDelimiterRow(line: string): boolean {
  const cells = splitRow(line);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c));
}

export function splitRow(row: string): string[] {
  let s = row.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "\\" && s[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (ch === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
