/**
 * Reference-style links (`[hook]`, `[text][ref]`, `[text][]` with `[ref]: url` elsewhere) read
 * as the inline links they stand for. The outline reads a document block by block and a field
 * is a piece of it, so a definition at the end of the file would be out of reach of the text
 * that uses it: the definitions are taken out (their lines blanked, keeping every line number)
 * and every use of a defined label becomes `[text](url "title")`.
 */

// A definition on a line of its own: `[label]: url "title"` (the URL may be in angle brackets).
const DEFINITION =
  /^ {0,3}\[([^[\]\n]{1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;
// A use: `[text]` optionally followed by `[ref]` or `[]`, not an inline link or a definition.
const USE = /(!?)\[([^[\]\n]{1,999})\](?:\[([^[\]\n]{0,999})\])?(?![(:])/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** CommonMark matches labels without regard to case or runs of blanks. */
const normalise = (label: string): string => label.trim().replace(/\s+/g, " ").toLowerCase();

export function resolveReferenceLinks(lines: string[]): boolean {
  const fenced = fencedLines(lines);
  const targets = new Map<string, string>();
  const defined: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fenced[i]) continue;
    const d = line.length <= 4096 ? DEFINITION.exec(line) : null;
    if (!d) continue;
    const key = normalise(d[1]!);
    // The first definition of a label wins, as in CommonMark.
    if (!targets.has(key))
      targets.set(
        key,
        `${d[2]!.replace(/^<|>$/g, "").replace(/ /g, "%20")}${d[3] ? ` ${d[3]}` : ""}`,
      );
    defined.push(i);
  }
  if (targets.size === 0) return false;
  for (const i of defined) lines[i] = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fenced[i] || !line.includes("]")) continue;
    lines[i] = line.replace(USE, (whole, bang: string, text: string, ref: string | undefined) => {
      const target = targets.get(normalise(ref ? ref : text));
      return target === undefined ? whole : `${bang}[${text}](${target})`;
    });
  }
  return true;
}

/** Which lines are fenced code (fences included), where brackets are code, not links. */
function fencedLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (f && (fence === null || f[1]!.startsWith(fence))) {
      fence = fence === null ? f[1]![0]!.repeat(f[1]!.length) : null;
      out.push(true);
    } else out.push(fence !== null);
  }
  return out;
}
