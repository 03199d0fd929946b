/**
 * `<!-- postmortem-disable rule-id other-id -->` turns rules off from that line on (all rules
 * when none is named), `<!-- postmortem-enable ... -->` back on, and
 * `<!-- postmortem-disable-next-line ... -->` for the next line only, as markdownlint does.
 * In YAML the same words follow a `#`.
 */
export interface DisabledRanges {
  isDisabled(ruleId: string, line: number): boolean;
}

// HTML comments in Markdown, `#` comments in YAML; a " -- reason" after the ids is for readers.
const COMMENT =
  /(?:<!--|#)[ \t]*postmortem-(disable-next-line|disable-line|disable|enable)\b([^\n>]{0,500})/g;

export function readDisableComments(source: string): DisabledRanges {
  if (!source.includes("postmortem-")) return { isDisabled: () => false };
  const events: { line: number; kind: string; ids: string[] }[] = [];
  let line = 1;
  let last = 0;
  for (const m of source.matchAll(COMMENT)) {
    for (
      let i = source.indexOf("\n", last);
      i !== -1 && i < m.index;
      i = source.indexOf("\n", i + 1)
    )
      line++;
    last = m.index;
    events.push({
      line,
      kind: m[1]!,
      ids: m[2]!
        .replace(/--$/, "")
        .split(" -- ")[0]!
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean),
    });
  }
  return {
    isDisabled(ruleId, at) {
      let off = false;
      for (const e of events) {
        const names = e.ids.length === 0 || e.ids.includes(ruleId);
        if (!names) continue;
        if (e.kind === "disable-next-line" && e.line + 1 === at) return true;
        if (e.kind === "disable-line" && e.line === at) return true;
        if (e.line > at) break;
        if (e.kind === "disable") off = true;
        else if (e.kind === "enable") off = false;
      }
      return off;
    },
  };
}
