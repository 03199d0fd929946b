// `.. |date| replace:: 2026-01-28`. The definition lines are capped (bounded input) before
// matching, so the pattern cannot scan far.
const DEFINITION = /^\.\. \|([^|\n]{1,40})\| replace::[ \t]+(\S.{0,300})$/;

/**
 * reStructuredText documents define substitutions at the top (`.. |date| replace:: 2026-01-28`)
 * and use them in the text (`* Date: |date|`). Expanding them in place (line by line, so every
 * line keeps its number) lets the reader see the values; the definitions themselves are blanked.
 */
export function expandRstSubstitutions(lines: readonly string[]): string[] | undefined {
  const values = new Map<string, string>();
  const defined = new Set<number>();
  lines.forEach((line, i) => {
    const m = line.length <= 360 ? DEFINITION.exec(line.trimEnd()) : null;
    if (m) {
      values.set(`|${m[1]!}|`, m[2]!.trim());
      defined.add(i);
    }
  });
  if (values.size === 0) return undefined;
  return lines.map((line, i) => {
    if (defined.has(i)) return "";
    if (!line.includes("|")) return line;
    let out = line;
    for (const [name, value] of values) out = out.split(name).join(value);
    return out;
  });
}
