/** What kind of document a file holds. */
export type InputKind = "json" | "yaml" | "markdown" | "mail";

const BY_EXTENSION: Record<string, InputKind> = {
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  md: "markdown",
  markdown: "markdown",
  mdx: "markdown",
  qmd: "markdown",
  eml: "mail",
  mbox: "mail",
  txt: "mail",
};

/**
 * Picks the input kind from the file name, falling back to a look at the text. Plain `.txt`
 * files are mostly mail or archive text; Markdown is recognised by its headings.
 */
export function detectFormat(path: string | undefined, text: string): InputKind {
  const ext = path && /\.([A-Z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  const known = ext ? BY_EXTENSION[ext] : undefined;
  if (known && known !== "mail") return known;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  // "[Gluster-devel] Subject" opens archive text; a JSON array opens with a value.
  if (!known && /^\s*(?:\{|\[\s*(?:[[{"\]\d-]|true|false|null|$))/.test(head)) return "json";
  if (/^(?:From |[A-Za-z-]+: .*\r?\n(?:[A-Za-z-]+: |\s))/.test(head)) return "mail";
  // Incident data read from stdin: two or more of the model's keys at the start of lines. A
  // YAML comment ("# The founding example") must not make it a Markdown heading.
  if (!known && !head.startsWith("---") && dataKeys(head) >= 2) return "yaml";
  if (
    !known &&
    /^(?:---\r?\n|#{1,6} |\S.*\r?\n(?:=+|-+)\r?\n)/m.test(head) &&
    /^#{1,6} /m.test(head)
  )
    return "markdown";
  if (!known && /^(?:title|date|\$schema): /m.test(head) && !/^#{1,6} /m.test(head)) return "yaml";
  return known ?? (/^#{1,6} /m.test(head) ? "markdown" : "mail");
}

const DATA_KEYS = new Set([
  "$schema",
  "id",
  "title",
  "date",
  "status",
  "severity",
  "tags",
  "timezone",
  "summary",
  "timeline",
  "actionItems",
  "participants",
  "authors",
]);

/** How many different incident keys open a line, as `key:` with nothing before it. */
function dataKeys(head: string): number {
  const seen = new Set<string>();
  for (const line of head.split("\n")) {
    const colon = line.indexOf(":");
    if (
      colon > 0 &&
      colon <= 12 &&
      DATA_KEYS.has(line.slice(0, colon)) &&
      /^(?:\s|$)/.test(line.slice(colon + 1))
    )
      seen.add(line.slice(0, colon));
  }
  return seen.size;
}
