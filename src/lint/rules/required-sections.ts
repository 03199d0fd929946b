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
    for (const field of context.options.sections) {
      if (present(context.incident[field])) continue;
      const before = ORDER.slice(0, ORDER.indexOf(field))
        .reverse()
        .find((f) => present(context.incident[f]) && context.positions.has(`/${f}`));
      const where = before ? `after "${SECTION_TITLES[before]}"` : "after the title";
      context.report({
        message: `Missing section "${SECTION_TITLES[field]}", expected it ${where}`,
        at: before ? `/${before}` : context.positions.has("/title") ? "/title" : "",
        fix: addSection(context, field, before),
      });
    }
  },
};

/** Adds a heading with its guidance text: Markdown after the section it follows, YAML at the end. */
function addSection(
  context: RuleContext<Options>,
  field: SectionField,
  before: SectionField | undefined,
): Fix | undefined {
  const guidance = (GUIDANCE as Record<string, string>)[field];
  if (context.format === "markdown") {
    const anchor = context.rangeOf(before ? `/${before}` : "/title");
    if (!anchor) return undefined;
    const eol = context.source.indexOf("\n", anchor.end.offset);
    const at = eol === -1 ? context.source.length : eol;
    const body =
      guidance ??
      (field === "timeline"
        ? `| Time (UTC) | Event |\n| --- | --- |\n| 00:00 | ${GUIDANCE.timelineEvent} |`
        : `- ${GUIDANCE.actionItem}`);
    return {
      start: at,
      end: at,
      text: `\n\n## ${SECTION_TITLES[field]}${field === "timeline" ? " (UTC)" : ""}\n\n${body}`,
    };
  }
  if (context.format === "data" && guidance && !/^\s*[{[]/.test(context.source)) {
    const end = context.source.length;
    return {
      start: end,
      end,
      text: `${context.source.endsWith("\n") || end === 0 ? "" : "\n"}${field}: ${JSON.stringify(guidance)}\n`,
    };
  }
  return undefined;
}
