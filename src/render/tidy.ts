import { trimEndSpaces } from "../text/whitespace.js";

/**
 * Final clean-up shared by every output: no trailing spaces, no runs of blank lines (outside
 * fenced code, where they are content), exactly one newline at the end. Templates can then be
 * written for readability without counting blank lines.
 */
export function tidy(text: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (fence !== null) {
      out.push(raw);
      if (raw.trimStart().startsWith(fence) && raw.trim().replace(/[`~]/g, "") === "") fence = null;
      continue;
    }
    const line = trimEndSpaces(raw);
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) fence = f[1]!;
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n") + "\n";
}
