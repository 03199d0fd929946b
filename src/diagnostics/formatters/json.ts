import type { VFile } from "vfile";
import { relatedOf, severityOf, sortedMessages, type Related } from "../report.js";

export interface JsonMessage {
  ruleId: string | null;
  severity: 0 | 1 | 2;
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  url?: string;
  /** The other place the finding points to: the entry it clashes with, the first copy. */
  related?: Related;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

/** ESLint's result shape, which CI tools and editors already read. */
export function toJsonResults(files: readonly VFile[]): JsonResult[] {
  return files.map((file) => {
    const messages = sortedMessages(file).map((m): JsonMessage => {
      const s = severityOf(m);
      const out: JsonMessage = {
        ruleId: m.ruleId ?? null,
        severity: s === "error" ? 2 : s === "warning" ? 1 : 0,
        message: m.reason,
        line: m.line ?? null,
        column: m.column ?? null,
        endLine: m.place && "end" in m.place ? m.place.end.line : null,
        endColumn: m.place && "end" in m.place ? m.place.end.column : null,
      };
      if (m.url) out.url = m.url;
      const related = relatedOf(m);
      if (related) out.related = related;
      return out;
    });
    return {
      filePath: file.path,
      messages,
      errorCount: messages.filter((m) => m.severity === 2).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
    };
  });
}

export function formatJson(files: readonly VFile[]): string {
  return JSON.stringify(toJsonResults(files), null, 2) + "\n";
}
