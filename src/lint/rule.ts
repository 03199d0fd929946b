import type { DataMap } from "vfile";
import "../parse/file-data.js";
import type { Incident } from "../model/incident.js";
import type { PositionMap, Range } from "../load/positions.js";

export type RuleSeverity = "error" | "warning";
export type SeveritySetting = RuleSeverity | "off";

/** What the document was written as: lint rules that need the text shape (headings) ask. */
export type SourceFormat = "data" | "markdown" | "mail";

/** A text edit, in offsets of the source, that `--fix` may apply. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  message: string;
  /** Where the problem is: a JSON Pointer into the incident, or a range of the source. */
  at?: string | Range | undefined;
  /** A related place (the entry this one should follow). */
  related?: { message: string; at?: string | Range | undefined } | undefined;
  fix?: Fix | Fix[] | undefined;
  /** Overrides the configured severity for this finding (e.g. stricter for a final review). */
  severity?: RuleSeverity | undefined;
}

export interface RuleContext<Options> {
  incident: Partial<Incident> & Record<string, unknown>;
  positions: PositionMap;
  /** What the reader learnt of a written document beyond the incident (see parse/file-data.ts); empty for data. */
  reader: Partial<DataMap>;
  format: SourceFormat;
  /** The whole source text, as read. */
  source: string;
  /** `status` of the incident; a missing status is held to the bar of a finished one. */
  status: "draft" | "review" | "final";
  options: Options;
  /** Where a JSON Pointer came from (itself or its nearest recorded parent). */
  rangeOf(pointer: string): Range | undefined;
  /** A range of the source from offsets. */
  range(start: number, end: number): Range;
  report(finding: Finding): void;
}

interface RuleBase<Options> {
  id: string;
  /** A stable code that survives a rename. */
  code: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /** Rules whose findings a draft may still have: they warn on drafts whatever the setting. */
  lenientInDraft?: boolean;
  defaultOptions: Options;
  /** JSON Schema of the options, checked when a config sets them. */
  optionsSchema?: Record<string, unknown>;
}

/** A rule that reads one document at a time. */
export interface Rule<Options = Record<string, never>> extends RuleBase<Options> {
  check(context: RuleContext<Options>): void;
}

/** One incident among those linted together, as a rule across documents sees it. */
export interface SetMember {
  /** The file it was read from, as given. */
  path: string;
  incident: RuleContext<unknown>["incident"];
  /** The text it was read from (its own message, for a mailbox). */
  source: string;
}

export interface SetContext<Options> {
  /** Every incident linted together, in input order. */
  members: readonly SetMember[];
  /** The options a member's own config gives the rule; undefined when the rule is off for it. */
  optionsOf(member: number): Options | undefined;
  report(member: number, finding: Finding): void;
}

/**
 * A rule that compares documents (a repeat of an earlier incident): it runs when several files
 * are linted together, after each has been linted on its own.
 */
export interface SetRule<Options = Record<string, never>> extends RuleBase<Options> {
  checkSet(context: SetContext<Options>): void;
}

/** The options schema of a rule whose options are whole numbers, each with its least value. */
export function wholeNumberOptions(minimums: Record<string, number>): Record<string, unknown> {
  return {
    type: "object",
    properties: Object.fromEntries(
      Object.entries(minimums).map(([name, minimum]) => [name, { type: "integer", minimum }]),
    ),
    additionalProperties: false,
  };
}

/** The URL of a rule's documentation, linked from every message. */
export function ruleDocUrl(id: string): string {
  return `https://github.com/postmortem-tools/postmortem/blob/main/docs/rules/${id}.md`;
}
