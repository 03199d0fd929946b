import { readStamp, type Stamp } from "./time/stamp.js";

/**
 * Status pages (Atlassian Statuspage and its imitators) publish an incident as a title, an
 * "Incident Report for <company>" line, then updates newest first: a status word on its own line
 * ("Resolved", "Monitoring", "Identified", "Investigating", "Update", "Postmortem"), its text,
 * and a "Posted Mar 14, 2018 - 09:43 PDT" line. Read as a timeline, the updates are the
 * incident's story in time order; the "Postmortem" update is the write-up itself, not an event.
 */
export interface StatusUpdate {
  status: string;
  text: string;
  stamp: Stamp;
  /** 0-based line indexes of the status word (or first text line) and of the Posted line. */
  start: number;
  end: number;
}

export interface StatusPage {
  /** The incident title: the line above "Incident Report for ...". */
  title?: { text: string; line: number };
  /** Updates in time order, oldest first. */
  updates: StatusUpdate[];
  /** The components the page says were hit ("This incident affected: ..."). */
  affected?: { text: string; line: number };
  /** 0-based indexes of the lines the reader used up (status words, Posted lines, chrome). */
  used: Set<number>;
  /** The post-mortem update's text lines, to be read as the document's body. */
  postmortem?: { start: number; end: number; stamp: Stamp };
}

const STATUS_WORD =
  /^(?:resolved|monitoring|identified|investigating|update|updated|completed|scheduled|in progress|verifying|postmortem|post-mortem)$/i;
const INLINE_STATUS = /^(resolved|monitoring|identified|investigating|update)\s+-\s+/i;
// POSTED and AFFECTED are only tried on lines of at most 80 and 300 characters (bounded input),
// so their lazy groups cannot backtrack for long.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, see above
const POSTED = /^posted\s+(?:on\s+)?(.{6,60}?)\s*\.?$/i;
// eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, see above
const AFFECTED = /^this incident affected:\s*(.+?)\.?$/i;
const REPORT_FOR = /^incident report for\s+\S/i;

export function readStatusPage(lines: readonly string[]): StatusPage | undefined {
  const posted: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t.length <= 80 && POSTED.test(t)) posted.push(i);
  }
  const reportLine = lines.findIndex((l, i) => i < 10 && REPORT_FOR.test(l.trim()));
  if (posted.length === 0 && reportLine < 0) return undefined;
  const used = new Set<number>();
  const page: StatusPage = { updates: [], used };
  if (reportLine >= 0) {
    used.add(reportLine);
    let t = reportLine - 1;
    while (t >= 0 && lines[t]!.trim() === "") t--;
    if (t >= 0 && lines[t]!.trim().length <= 160) {
      page.title = { text: lines[t]!.trim(), line: t };
      used.add(t);
    }
  }
  let from = reportLine >= 0 ? reportLine + 1 : 0;
  for (const p of posted) {
    const stamp = postedStamp(lines[p]!.trim());
    // The update runs from the line after the previous update's Posted line.
    let start = from;
    while (start < p && lines[start]!.trim() === "") start++;
    from = p + 1;
    if (!stamp) continue;
    used.add(p);
    let status = "";
    if (start < p && STATUS_WORD.test(lines[start]!.trim())) {
      status = lines[start]!.trim();
      used.add(start);
      start++;
    }
    // Statuspage's newer layout puts the status before the text on one line: "Resolved - ...".
    const inline = status ? null : INLINE_STATUS.exec(lines[start]?.trim() ?? "");
    if (inline) status = inline[1]!;
    // The write-up is posted like an update, under "Postmortem" or under no status at all.
    if (!status || /^post-?mortem$/i.test(status)) {
      used.add(p);
      page.postmortem = { start, end: p - 1, stamp };
      continue;
    }
    const body: string[] = [];
    for (let k = start; k < p; k++) {
      const t = lines[k]!.trim();
      if (t) body.push(t);
      used.add(k);
    }
    if (inline) body[0] = body[0]!.slice(inline[0].length);
    page.updates.push({ status, text: body.join(" "), stamp, start, end: p });
  }
  // "This incident affected: API, Dashboard." closes the page: the components hit.
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - 5); k--) {
    const m = lines[k]!.length <= 300 ? AFFECTED.exec(lines[k]!.trim()) : null;
    if (m) {
      page.affected = { text: m[1]!, line: k };
      used.add(k);
      break;
    }
  }
  // A status page lists the newest update first.
  page.updates.reverse();
  // A lone "Postmortem" word right under the report line heads the write-up.
  if (reportLine >= 0) {
    let k = reportLine + 1;
    while (k < lines.length && lines[k]!.trim() === "") k++;
    if (k < lines.length && /^post-?mortem$/i.test(lines[k]!.trim())) used.add(k);
  }
  return page.updates.length || page.title || page.postmortem ? page : undefined;
}

/** "Posted Mar 14, 2018 - 09:43 PDT" -> the stamp of "Mar 14, 2018 09:43 PDT". */
function postedStamp(line: string): Stamp | undefined {
  const m = POSTED.exec(line);
  if (!m) return undefined;
  const when = m[1]!.replace(/^([A-Z]{3,9}\.? \d{1,2},? \d{4})\s*[-–,]\s*/i, "$1 ");
  const stamp = readStamp(when);
  return stamp?.clock && stamp.date ? stamp : undefined;
}
