import { outline } from "../outline.js";

const QUOTED = /^ ?> ?/;

/**
 * A reply or forward that quotes a whole post-mortem ("On ..., Ana wrote:" and every line of the
 * report behind "> "). The report is read from inside the quote, one level unquoted, when the
 * quote holds the sections and the text around it holds none: a reply that quotes a line or two
 * to answer them is left alone. Lines keep their numbers; quoted ones lose their marker.
 */
export function unquoteWholePostmortem(lines: readonly string[]): string[] | undefined {
  let quoted = 0;
  let content = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    content++;
    if (QUOTED.test(line)) quoted++;
  }
  if (quoted < 5 || quoted < content / 2) return undefined;
  const unquoted = lines.map((l) => l.replace(QUOTED, ""));
  const keyed = (text: string[]): number =>
    new Set(
      outline(text.join("\n"), { mode: "text" })
        .map((s) => s.key)
        .filter(Boolean),
    ).size;
  const around = lines.map((l) => (QUOTED.test(l) ? "" : l));
  return keyed(unquoted) >= 2 && keyed(around) < 2 ? unquoted : undefined;
}
