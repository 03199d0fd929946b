import { wholeSectionKey, type SectionKey } from "../model/section-synonyms.js";
import type { Block } from "./outline.js";

/**
 * Wiki incident templates open with an infobox: a table of label and value cells, two or more
 * pairs to a row ("Impact | Gerrit largely inaccessible | Start | 2025-01-21 12:34"). A label
 * that names a prose field gives that field when the document has no section for it.
 */
export function infoboxFields(
  block: Block,
  wanted: ReadonlySet<SectionKey>,
): Array<{ key: SectionKey; text: string; line: number }> {
  if (block.kind !== "table" || !block.header || !block.rows) return [];
  const rows = [{ cells: block.header, line: block.line }, ...block.rows];
  const out: Array<{ key: SectionKey; text: string; line: number }> = [];
  for (const row of rows) {
    for (let i = 0; i + 1 < row.cells.length; i++) {
      const label = row.cells[i]!;
      if (label.length > 40) continue;
      const key = wholeSectionKey(label);
      const value = row.cells[i + 1]!.trim();
      if (key && wanted.has(key) && value) out.push({ key, text: value, line: row.line });
    }
  }
  return out;
}
