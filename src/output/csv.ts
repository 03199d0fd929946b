/** RFC 4180: CRLF line ends, fields with a quote, comma or line break quoted, quotes doubled. */
export function toCsvText(
  head: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>,
): string {
  const field = (v: string | number | boolean | null): string => {
    const s = v === null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [head.join(","), ...rows.map((r) => r.map(field).join(","))]
    .map((l) => `${l}\r\n`)
    .join("");
}
