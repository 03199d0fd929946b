import type { Rule, RuleContext } from "../rule.js";

export interface Options {
  /** More words that mark unfinished text in your team's templates. */
  words: string[];
}

// Markers people and templates leave in unfinished text. Upper case only for the short words:
// "todo" in a sentence is usually prose. Bounded quantifiers keep the scan linear.
const MARKERS =
  /\b(?:TODO|TBD|FIXME|XXX)\b|<(?:fill[ -]in|describe|add|insert|your)\b[^<>\n]{0,80}>|\[(?:fill[ -]in|describe|add|insert|your)\b[^[\]\n]{0,80}\]|\blorem ipsum\b/gi;
const SHORT = /^(?:todo|tbd|fixme|xxx)$/i;

export const noPlaceholder: Rule<Options> = {
  id: "no-placeholder",
  code: "PM002",
  description:
    "No placeholder text (TODO, TBD, <fill in>, [describe ...], scaffold guidance) is left.",
  defaultSeverity: "error",
  lenientInDraft: true,
  defaultOptions: { words: [] },
  optionsSchema: {
    type: "object",
    properties: { words: { type: "array", items: { type: "string", minLength: 1 } } },
    additionalProperties: false,
  },
  check(context) {
    const { source } = context;
    const core = coreRanges(context);
    const report = (start: number, found: string, shown = found): void => {
      const at = context.range(start, start + found.length);
      const inCore = core.some((r) => r.start <= at.start.offset && at.end.offset <= r.end);
      context.report({
        message: `Placeholder "${shown.length > 50 ? `${shown.slice(0, 47)}...` : shown}" left in ${inCore ? "the text" : "the supporting material"}, expected the real content`,
        at,
        // An appendix or a note still to fill in leaves the post-mortem itself whole: worth
        // a warning, not a failed check.
        ...(inCore ? {} : { severity: "warning" as const }),
      });
    };
    const comments = commentSpans(source);
    let c = 0;
    for (const m of source.matchAll(MARKERS)) {
      // "todo" or "Tbd" in running text is a word, not a marker.
      if (SHORT.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
      // "**TODO**" in bold is a status, as "**DONE**" is: the item is still to do, not unwritten.
      const end = m.index + m[0].length;
      if (SHORT.test(m[0]) && /^(?:\*\*|__)$/.test(source.slice(m.index - 2, m.index)))
        if (source.slice(end, end + 2) === source.slice(m.index - 2, m.index)) continue;
      // Our own disable comments name rules, not placeholders. Matches come in order, so one
      // pass over the comments finds the one a match may be in.
      while (c < comments.length && comments[c]!.end <= m.index) c++;
      if (c < comments.length && comments[c]!.start < m.index) continue;
      // Show the guidance after "TODO:" too, so the reader knows which one this is.
      const shown = SHORT.test(m[0])
        ? /^[^\n"|]{0,60}/.exec(source.slice(m.index))![0].trimEnd()
        : m[0];
      report(m.index, m[0], shown);
    }
    const lower = source.toLowerCase();
    for (const word of context.options.words) {
      const w = word.toLowerCase();
      for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + w.length))
        report(at, source.slice(at, at + w.length));
    }
  },
};

// Fields that only support the write-up: the rest is the post-mortem itself.
const SUPPORTING = new Set(["notes", "links", "$schema"]);

/** Source ranges (offsets) of the fields the post-mortem stands on. */
function coreRanges(context: RuleContext<Options>): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const [pointer, located] of context.positions) {
    const top = /^\/([^/]+)$/.exec(pointer)?.[1];
    if (top === undefined || SUPPORTING.has(top)) continue;
    ranges.push({ start: located.value.start.offset, end: located.value.end.offset });
  }
  return ranges;
}

/** Where the HTML comments are: from "<!--" to the end of "-->", or of the text when unclosed. */
function commentSpans(source: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let start = source.indexOf("<!--"); start !== -1;) {
    const close = source.indexOf("-->", start + 4);
    const end = close === -1 ? source.length : close + 3;
    spans.push({ start, end });
    start = source.indexOf("<!--", end);
  }
  return spans;
}
