import { relative } from "node:path";
import type { VFile } from "vfile";
import { severityOf, sortedMessages } from "../report.js";

// Workflow commands: data escapes %, CR and LF; properties also : and ,.
const data = (s: string): string =>
  s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (s: string): string => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations: `::warning file=...,line=...::message`, shown on the diff. */
export function formatGithub(files: readonly VFile[], cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const file of files) {
    const path = file.path.startsWith("<") ? file.path : relative(cwd, file.path);
    for (const m of sortedMessages(file)) {
      const s = severityOf(m);
      const command = s === "error" ? "error" : s === "warning" ? "warning" : "notice";
      const end = m.place && "end" in m.place ? m.place.end : undefined;
      const props = [`file=${property(path)}`, `line=${m.line ?? 1}`, `col=${m.column ?? 1}`];
      if (end) props.push(`endLine=${end.line}`, `endColumn=${end.column}`);
      if (m.ruleId) props.push(`title=${property(m.ruleId)}`);
      lines.push(`::${command} ${props.join(",")}::${data(m.reason)}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
