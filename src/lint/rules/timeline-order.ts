import type { Fix, Rule, RuleContext } from "../rule.js";
import { timelineOf } from "../timeline.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function span(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

export const timelineOrder: Rule = {
  id: "timeline-order",
  code: "PM004",
  description: "Timeline entries are in chronological order.",
  defaultSeverity: "error",
  defaultOptions: {},
  check(context) {
    const entries = timelineOf(context);
    let latest = -1;
    for (let i = 0; i < entries.length; i++) {
      const t = entries[i]!.ms;
      if (t === undefined) continue;
      if (latest >= 0 && t < entries[latest]!.ms!) {
        const above = entries[latest]!;
        const back = above.ms! - t;
        // The clock read forward from the entry above: when that is the shorter story, the
        // clocks run on and a date is what went wrong (a day not advanced past midnight, a
        // year typed wrong). Moving lines would not mend that, and the order as written is
        // the author's: a warning, with no fix.
        const clockOn = (((t - above.ms!) % DAY) + DAY) % DAY;
        if (clockOn < back) {
          context.report({
            message: `Timeline entry at ${entries[i]!.time} goes back ${span(back)} from the entry above (${above.time}) while its clock runs on ${span(clockOn)}, expected a date that follows on: is one of the two dates wrong?`,
            at: `/timeline/${i}`,
            related: { message: `the entry above (${above.time})`, at: `/timeline/${latest}` },
            severity: "warning",
          });
          return;
        }
        const should = entries.findIndex((e) => e.ms !== undefined && e.ms > t);
        context.report({
          message: `Timeline entry at ${entries[i]!.time} is out of order, expected it before the entry at ${entries[should]!.time}`,
          at: `/timeline/${i}`,
          related: {
            message: `the entry it should come before (${entries[should]!.time})`,
            at: `/timeline/${should}`,
          },
          fix: sortLines(context, entries),
        });
        return;
      }
      latest = i;
    }
  },
};

/**
 * Sorting is lossless when each entry owns whole lines and the entries follow one another
 * with nothing between them: the line blocks are put in time order, each kept as written.
 * Offered only for neighbours swapped.
 */
function sortLines(
  context: RuleContext<Record<string, never>>,
  entries: ReturnType<typeof timelineOf>,
): Fix | undefined {
  if (entries.some((e) => e.ms === undefined)) return undefined;
  const ranges = entries.map((_, i) => context.rangeOf(`/timeline/${i}`));
  if (ranges.some((r) => r === undefined)) return undefined;
  const { source } = context;
  const lineStart = (offset: number): number => source.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = (offset: number): number => {
    const n = source.indexOf("\n", offset);
    return n === -1 ? source.length : n + 1;
  };
  const blocks: { start: number; end: number }[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    const start = lineStart(r.start.offset);
    // A range that ends at a line start (YAML block values do) ends on the line before.
    const endOffset =
      r.end.offset > r.start.offset && r.end.column === 1 ? r.end.offset - 1 : r.end.offset;
    const end =
      i + 1 < ranges.length
        ? lineStart(ranges[i + 1]!.start.offset)
        : lineEnd(Math.max(endOffset, start));
    if (end <= start || (i > 0 && start !== blocks[i - 1]!.end)) return undefined;
    blocks.push({ start, end });
  }
  const first = blocks[0]!.start;
  const last = blocks[blocks.length - 1]!.end;
  const order = entries.map((e, i) => ({ ms: e.ms!, i })).sort((a, b) => a.ms - b.ms || a.i - b.i);
  // Two neighbours written the wrong way round are a slip of the pen. An entry that sorting
  // would carry further is as likely a wrong time ("2016" for "2015", the wrong day) as a line in
  // the wrong place, and moving it would make the story say what the author did not: left to
  // the reader.
  if (order.some(({ i }, at) => Math.abs(i - at) > 1)) return undefined;
  const pieces = order.map(({ i }) => {
    const text = source.slice(blocks[i]!.start, blocks[i]!.end);
    return text.endsWith("\n") ? text : `${text}\n`;
  });
  let text = pieces.join("");
  if (!source.slice(first, last).endsWith("\n")) text = text.slice(0, -1);
  return { start: first, end: last, text };
}
