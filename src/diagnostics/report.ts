import { byCodeUnit } from "../util/by-code-unit.js";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import type { Range } from "../load/positions.js";

export type Severity = "error" | "warning" | "info";

export interface ReportOptions {
  range?: Range | undefined;
  ruleId: string;
  severity: Severity;
  /** A related place, such as the entry a misplaced one should follow. */
  related?: { message: string; range?: Range | undefined } | undefined;
  url?: string | undefined;
}

/**
 * Adds a diagnostic to a file. Every problem, from a YAML syntax error to a lint finding, is a
 * VFileMessage, so one set of formatters serves every command.
 */
export function report(file: VFile, reason: string, options: ReportOptions): VFileMessage {
  const place = options.range
    ? {
        start: {
          line: options.range.start.line,
          column: options.range.start.column,
          offset: options.range.start.offset,
        },
        end: {
          line: options.range.end.line,
          column: options.range.end.column,
          offset: options.range.end.offset,
        },
      }
    : undefined;
  const message = file.message(reason, { place, ruleId: options.ruleId, source: "postmortem" });
  message.fatal =
    options.severity === "error" ? true : options.severity === "warning" ? false : undefined;
  if (options.url) message.url = options.url;
  if (options.related) {
    const r = options.related.range;
    message.cause = {
      message: options.related.message,
      line: r?.start.line,
      column: r?.start.column,
    };
  }
  return message;
}

/** The other place a finding points to (`related` in `report`), as every format writes it. */
export interface Related {
  message: string;
  line?: number;
  column?: number;
}

export function relatedOf(message: VFileMessage): Related | undefined {
  const cause = message.cause as Partial<Related> | undefined;
  if (!cause || typeof cause.message !== "string") return undefined;
  return {
    message: cause.message,
    ...(typeof cause.line === "number" ? { line: cause.line } : {}),
    ...(typeof cause.column === "number" ? { column: cause.column } : {}),
  };
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? "error" : message.fatal === false ? "warning" : "info";
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countMessages(files: readonly VFile[]): Counts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files)
    for (const m of file.messages) {
      const s = severityOf(m);
      if (s === "error") counts.errors++;
      else if (s === "warning") counts.warnings++;
      else counts.infos++;
    }
  return counts;
}

/** Messages in reading order, so output is stable whatever order rules ran in. */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      byCodeUnit(String(a.ruleId), String(b.ruleId)) ||
      byCodeUnit(a.reason, b.reason),
  );
}
