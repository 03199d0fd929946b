import { styleText } from "node:util";
import type { VFile } from "vfile";
import { countMessages, relatedOf, severityOf, sortedMessages } from "../report.js";

export interface StylishOptions {
  color?: boolean;
}

/** `file:line:column  severity  message  rule-id`, one line each, then a summary line. */
export function formatStylish(files: readonly VFile[], options: StylishOptions = {}): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string): string =>
    options.color ? styleText(style, text) : text;
  const lines: string[] = [];
  for (const file of files) {
    for (const m of sortedMessages(file)) {
      const severity = severityOf(m);
      const where = `${file.path}:${m.line ?? 1}:${m.column ?? 1}`;
      const label =
        severity === "error"
          ? paint("red", "error")
          : severity === "warning"
            ? paint("yellow", "warning")
            : paint("blue", "info");
      let line = `${where}  ${label}  ${m.reason}  ${paint("dim", m.ruleId ?? "")}`.trimEnd();
      const related = relatedOf(m);
      if (related)
        line += `\n  ${related.line ? `${file.path}:${related.line}:${related.column ?? 1}  ` : ""}${related.message}`;
      lines.push(line);
    }
  }
  const c = countMessages(files);
  const total = c.errors + c.warnings + c.infos;
  if (total > 0) {
    const parts = [
      `${c.errors} error${c.errors === 1 ? "" : "s"}`,
      `${c.warnings} warning${c.warnings === 1 ? "" : "s"}`,
    ];
    lines.push(
      "",
      paint(
        c.errors ? "red" : "yellow",
        `${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")})`,
      ),
    );
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
