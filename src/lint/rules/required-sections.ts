import { GUIDANCE, SECTION_TITLES, type SectionField } from "../../model/guidance.js";
import type { Fix, Rule, RuleContext } from "../rule.js";

export interface Options {
  sections: SectionField[];
}

const ORDER = Object.keys(SECTION_TITLES) as SectionField[];

const present = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : typeof value === "string"
      ? value.trim() !== ""
      : value !== undefined;

export const requiredSections: Rule<Options> = {
  id: "required-sections",
  code: "PM001",
  description:
    "The sections every post-mortem needs are there: summary, impact, root cause, resolution, timeline, action items.",
  defaultSeverity: "error",
  lenientInDraft: true,
  defaultOptions: {
    sections: ["summary", "impact", "rootCause", "resolution", "timeline", "actionItems"],
  },
  optionsSchema: {
    type: "object",
    properties: { sections: { type: "array", items: { enum: Object.keys(SECTION_TITLES) } } },
    additionalProperties: false,
  },
  check(context) {
    // Sections missing at one place make one finding with one fix: five findings stacked on a
    // line say the same thing five times, and their insertions would clash.
    const groups = new Map<SectionField | undefined, SectionField[]>();
    for (const field of ORDER) {
      if (!context.options.sections.includes(field) || present(context.incident[field])) continue;
      // The section is there, in prose the reader kept as notes: it is not missing, it is
      // not yet a list.
      const unlisted = context.reader.unlistedSections?.find((u) => u.field === field);
      if (unlisted) {
        context.report({
          message: `Section "${unlisted.label}" lists no ${SECTION_TITLES[field].toLowerCase()}, expected them as a list: one change each, with an owner`,
          at: unlisted.range,
        });
        continue;
      }
      const before = ORDER.slice(0, ORDER.indexOf(field))
        .reverse()
        .find((f) => present(context.incident[f]) && context.positions.has(`/${f}`));
      const group = groups.get(before) ?? groups.set(before, []).get(before)!;
      group.push(field);
    }
    for (const [before, fields] of groups) {
      const where = before ? `after "${SECTION_TITLES[before]}"` : "after the title";
      const names = listOf(fields.map((f) => `"${SECTION_TITLES[f]}"`));
      context.report({
        message:
          fields.length === 1
            ? `Missing section ${names}, expected it ${where}`
            : `Missing sections ${names}, expected them ${where}`,
        at: before ? `/${before}` : context.positions.has("/title") ? "/title" : "",
        fix: addSections(context, fields, before),
      });
    }
  },
};

function listOf(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * Adds the sections, in template order, with their guidance text: Markdown after the section
 * they follow, YAML at the end. One edit, so a fix never inserts half of them.
 */
function addSections(
  context: RuleContext<Options>,
  fields: SectionField[],
  before: SectionField | undefined,
): Fix | undefined {
  const guidance = GUIDANCE as Record<string, string>;
  if (context.format === "markdown") {
    const anchor = context.rangeOf(before ? `/${before}` : "/title");
    if (!anchor) return undefined;
    const { at, level } = sectionBreak(context.source, anchor.start.offset, anchor.end.offset);
    const text = fields
      .map((field) => {
        // No made-up time ("00:00"): the entry would read as an event at midnight.
        const body =
          guidance[field] ??
          `- ${field === "timeline" ? GUIDANCE.timelineEvent : GUIDANCE.actionItem}`;
        const heading = `${"#".repeat(level)} ${SECTION_TITLES[field]}${field === "timeline" ? " (UTC)" : ""}`;
        return `${heading}\n\n${body}`;
      })
      .join("\n\n");
    return at === context.source.length
      ? { start: at, end: at, text: `${context.source.endsWith("\n") ? "\n" : "\n\n"}${text}\n` }
      : { start: at, end: at, text: `${text}\n\n` };
  }
  // A list (timeline, action items) has no placeholder text to add in YAML; the others still do.
  const scalar = fields.filter((f) => guidance[f] !== undefined);
  if (context.format === "data" && scalar.length > 0 && !/^\s*[{[]/.test(context.source)) {
    const end = context.source.length;
    const lines = scalar.map((f) => `${f}: ${JSON.stringify(guidance[f])}\n`).join("");
    return {
      start: end,
      end,
      text: `${context.source.endsWith("\n") || end === 0 ? "" : "\n"}${lines}`,
    };
  }
  return undefined;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Where a section can go after the one at [start, end): before the next heading of its level or
 * above, so it never splits the section's own text or takes its subsections; after a title,
 * before the first heading. The level is the one of the sections around it.
 */
function sectionBreak(source: string, start: number, end: number): { at: number; level: number } {
  const headings: Array<{ offset: number; level: number }> = [];
  let fence: string | undefined;
  for (let offset = 0; offset < source.length;) {
    const next = source.indexOf("\n", offset);
    const lineEnd = next === -1 ? source.length : next;
    const line = source.slice(offset, lineEnd);
    const f = FENCE.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
    } else if (f) fence = f;
    else {
      const h = ATX.exec(line);
      if (h) headings.push({ offset, level: h[1]!.length });
    }
    offset = lineEnd + 1;
  }
  const own = headings.filter((h) => h.offset <= start).at(-1);
  const after = headings.filter((h) => h.offset >= end);
  const isTitle = own !== undefined && own === headings[0] && own.level === 1;
  const stop = !own || isTitle ? after[0] : after.find((h) => h.level <= own.level);
  const level = own && !isTitle ? Math.max(own.level, 2) : Math.max(after[0]?.level ?? 2, 2);
  return { at: stop?.offset ?? source.length, level };
}
