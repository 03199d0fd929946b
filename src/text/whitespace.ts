// Whitespace clean-ups written as loops: the obvious regular expressions (`\s*\n\s*`,
// `[ \t]+$`) backtrack quadratically on long runs of blanks, which hostile input supplies.

const isBlank = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 12 ||
  c === 11 ||
  c === 0xa0 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0xfeff;
const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** Every run of whitespace that holds a line break becomes `joiner`; other runs stay. */
export function foldLines(text: string, joiner = " "): string {
  if (!text.includes("\n")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isBlank(c)) {
      out += text[i];
      i++;
      continue;
    }
    let j = i;
    let breaks = false;
    while (j < text.length && isBlank(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === 10) breaks = true;
      j++;
    }
    out += breaks ? joiner : text.slice(i, j);
    i = j;
  }
  return out;
}

/** Spaces and tabs at the end of the text removed. */
export function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Spaces and tabs at the end of every line removed. */
export function trimLineEnds(text: string): string {
  return text.split("\n").map(trimEndSpaces).join("\n");
}

/** Characters from `set` at the end of the text removed. */
export function trimEndChars(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The text inside a final `(...)` (no nesting), and what comes before it; for "Name (role)". */
export function trailingGroup(
  text: string,
  open: string,
  close: string,
): { before: string; inner: string } | undefined {
  const t = text.trimEnd();
  if (!t.endsWith(close)) return undefined;
  const start = t.lastIndexOf(open, t.length - 2);
  if (start < 0) return undefined;
  const inner = t.slice(start + 1, -1);
  if (inner.includes(open) || inner.includes(close)) return undefined;
  return { before: t.slice(0, start).trimEnd(), inner };
}
