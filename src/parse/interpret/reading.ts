import type { VFile } from "vfile";
import "../file-data.js";
import type { ActionItem, Incident, Person } from "../../model/incident.js";
import type { SectionKey } from "../../model/section-synonyms.js";
import { report } from "../../diagnostics/report.js";
import { DESCRIPTION_FIELDS } from "../../model/fields.js";
import type { LineIndex, PositionMap, Range } from "../../load/positions.js";
import type { Block, Section } from "../outline.js";
import type { Item } from "../extract-items.js";
import type { RawEntry, TimelineScan } from "../extract-timeline.js";
import { findDate, numericDateOrder, type Day } from "../time/dates.js";
import type { MailMeta } from "../mail/mail-meta.js";
import type { StatusPage } from "../status-page.js";
import { foldLines, trimLineEnds } from "../../text/whitespace.js";

export interface InterpretInput {
  sections: Section[];
  mode: "markdown" | "text";
  /** The source lines the sections point into (after cleaning), 0-based from `firstLine`. */
  lines: string[];
  /** The file line the first of `lines` is on (a message inside an mbox starts further down). */
  firstLine?: number;
  /** Line index of the original file text, for positions. */
  index: LineIndex;
  file: VFile;
  mail?: MailMeta;
  frontMatter?: { data: Record<string, unknown>; line: number; endLine: number };
  statusPage?: StatusPage;
}

export interface Interpretation {
  incident: Partial<Incident> & Record<string, unknown>;
  positions: PositionMap;
}

/** Where a date came from, for positions and for the warning that says how it was found. */
export interface DatedBy {
  day: Day;
  range: Range;
  how: string;
}

export interface Located<T> {
  p: T;
  range: Range;
}

export const PROSE: ReadonlySet<SectionKey> = new Set(DESCRIPTION_FIELDS);

/**
 * What the reader has found so far. Each stage of `interpret` reads part of the document into
 * it; the last stage writes the incident from it. The helpers are arrow functions so a stage
 * can take them out of the object by name.
 */
export class Reading {
  readonly mode: "markdown" | "text";
  readonly file: VFile;
  sections: Section[];
  readonly positions: PositionMap = new Map();
  readonly out: Record<string, unknown> = {};
  readonly prose = new Map<string, { parts: string[]; range: Range }>();
  readonly notes: Array<{ label: string | null; text: string; line: number }> = [];
  /** Blocks no label claims (the introduction, text after a value), read by position. */
  readonly pool: Block[] = [];
  readonly timelineEntries: RawEntry[] = [];
  readonly scan: TimelineScan = { date: undefined, zone: undefined, contextId: 0 };
  readonly lists = new Map<string, Item[]>();
  readonly actionItems: Array<{ item: ActionItem; range: Range }> = [];
  readonly people = {
    participants: [] as Array<Located<Person>>,
    authors: [] as Array<Located<Person>>,
  };
  participantsFromLabel = false;
  dateSource: DatedBy | undefined;
  publishedDate: DatedBy | undefined;
  documentZone: string | undefined;
  /** The H1 that gives the title; its text below is the lead. */
  titleSection: Section | undefined;
  /** How the text writes numeric dates (day first or month first), and why it is thought so. */
  readonly order: ReturnType<typeof numericDateOrder>;

  constructor(readonly input: InterpretInput) {
    this.mode = input.mode;
    this.file = input.file;
    this.sections = input.sections;
    this.order = numericDateOrder(input.lines.join("\n"));
  }

  hasKey = (k: SectionKey): boolean => this.sections.some((s) => s.key === k);

  warn = (message: string, range: Range | undefined, rule = "parse/inferred"): void => {
    report(this.file, message, { range, ruleId: rule, severity: "warning" });
  };

  lineRange = (line: number, endLine = line, column = 1): Range => {
    const endText = this.input.lines[endLine - (this.input.firstLine ?? 1)] ?? "";
    return {
      start: this.input.index.at(line, column),
      end: this.input.index.at(endLine, endText.length + 1),
    };
  };

  blocksRange = (blocks: readonly Block[]): Range =>
    this.lineRange(blocks[0]!.line, blocks[blocks.length - 1]!.endLine, blocks[0]!.column);

  /** The source of blocks as written (Markdown), or as flowing text (mail, hard-wrapped). */
  sourceOf = (blocks: readonly Block[]): string => {
    const first = this.input.firstLine ?? 1;
    if (this.mode === "markdown") {
      // Block by block, so a heading between two blocks of one field (a sub-section read into
      // its parent) is not copied into the text, and blocks made from part of a line (a label's
      // value) give just that part.
      return blocks
        .map((b) =>
          b.kind === "paragraph" && b.line === b.endLine
            ? b.text
            : trimLineEnds(
                this.input.lines.slice(b.line - first, b.endLine - first + 1).join("\n"),
              ).trim(),
        )
        .join("\n\n")
        .trim();
    }
    return blocks
      .map((b) =>
        b.kind === "list"
          ? b.items!.map((i) => `${i.ordered ? i.marker : "-"} ${foldLines(i.text)}`).join("\n")
          : b.kind === "paragraph"
            ? foldLines(b.text)
            : b.text,
      )
      .join("\n\n")
      .trim();
  };

  addProse = (key: string, blocks: readonly Block[]): void => {
    const content = blocks.filter((b) => b.kind !== "rule");
    if (content.length === 0) return;
    const text = this.sourceOf(content);
    if (!text) return;
    const existing = this.prose.get(key);
    if (existing) {
      existing.parts.push(text);
      existing.range = { start: existing.range.start, end: this.blocksRange(content).end };
    } else this.prose.set(key, { parts: [text], range: this.blocksRange(content) });
  };

  /** Keeps text that fits no field, with a warning that says why. */
  addNote = (label: string | null, blocks: readonly Block[], why: string, line: number): void => {
    const content = blocks.filter((b) => b.kind !== "rule");
    if (content.length === 0) return;
    this.notes.push({ label, text: this.sourceOf(content), line });
    this.warn(
      `${why}; kept in notes`,
      this.lineRange(line, content[content.length - 1]!.endLine),
      "parse/unclassified",
    );
  };

  setDateFrom = (text: string, range: Range, how: string, force = false): boolean => {
    if (this.dateSource && !force) return false;
    const d = findDate(text);
    if (!d) return false;
    this.dateSource = { day: d, range, how };
    return true;
  };
}
