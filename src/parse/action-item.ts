import type { ActionItem } from "../model/incident.js";
import type { Item } from "./extract-items.js";
import { inlineText } from "./markdown-inline.js";
import { isFamilyNameFirst } from "./people.js";

const STATUS = new Map<string, ActionItem["status"]>([
  ["open", "open"],
  ["todo", "open"],
  ["to do", "open"],
  ["not started", "open"],
  ["planned", "open"],
  ["new", "open"],
  ["in-progress", "in-progress"],
  ["in progress", "in-progress"],
  ["started", "in-progress"],
  ["ongoing", "in-progress"],
  ["wip", "in-progress"],
  ["done", "done"],
  ["closed", "done"],
  ["complete", "done"],
  ["completed", "done"],
  ["fixed", "done"],
  ["resolved", "done"],
  ["wontfix", "wontfix"],
  ["won't fix", "wontfix"],
  ["wont fix", "wontfix"],
  ["cancelled", "wontfix"],
  ["canceled", "wontfix"],
  ["dropped", "wontfix"],
]);
const TYPES = new Set(["prevent", "detect", "mitigate", "process", "other"]);
const KEYS = ["owner", "priority", "status", "due", "ticket", "type", "id"] as const;
const DETAIL_KEY = /^\s*(?:owner|priority|status|due|ticket|type|id|assignee)\s*:/i;
const DETAIL_SPLIT = /,\s*(?=(?:owner|priority|status|due|ticket|type|id|assignee):)/i;
const URL = /https?:\/\/[^\s<>()\]]+[^\s<>()\].,;:!?'"]/;
const TICKET_KEY = /(?<![\w/-])([A-Z][A-Z0-9]{1,9}-\d{1,7})(?![\w-])/;
const MD_LINK = /\[([^[\]]*)\]\((<[^<>]*>|[^()\s[\]]*)(?:[ \t]"[^"\n]{0,200}")?\)/;

// A status written as a last word, in capitals as trackers show it ("Bug 5554823 **TODO**",
// "n/a DONE" in the SRE book's table), or in the item's own words ("Already added the fix",
// "DONE: rotate the keys", "... (done)").
const TRAILING_STATUS =
  /(?:^|\s)[*_]{0,2}(DONE|TODO|FIXED|WONTFIX|WON'T FIX|IN PROGRESS)[*_]{0,2}$/;
const DONE_IN_WORDS =
  /^(?:already\s+(?:[a-z]+ed|run|done|in\s+place|made|set\s+up|built)\b|\[?(?:done|fixed)\]?\s*[:\-\u2013\u2014]\s)|[([]done[)\]]\.?$/i;

// Work reported as done, in its first clause: "The action has been disabled", "We have removed
// the ability ..." ("... once the bug has been fixed" further on is a condition, not a status).
const DONE_PERFECT = /\b(?:(?:has|have)\s+been|we\s+have|we've)\s+[a-z]+ed\b/i;

/** A status the text states in passing, and the text without a trailing status word. */
export function statusInText(text: string): { status?: string; rest: string } {
  if (DONE_PERFECT.test(/^[^,.;:]{0,120}/.exec(text.trim())![0]))
    return { status: "done", rest: text };
  const trailing = TRAILING_STATUS.exec(text.trim());
  // A cell that is only "TODO" is a value still to write (a placeholder), not a status.
  if (trailing && trailing.index > 0)
    return {
      status: trailing[1]!.toLowerCase(),
      rest: text.trim().slice(0, trailing.index).trim(),
    };
  return DONE_IN_WORDS.test(text.trim()) ? { status: "done", rest: text } : { rest: text };
}

/**
 * Our own mail rendering ends an item with "(owner: x, priority: P1, ...)"; a value may hold
 * one level of parentheses. Found by scanning back from the end rather than by a pattern,
 * which would backtrack badly on unbalanced text.
 */
function trailingDetails(text: string): { index: number; inner: string } | undefined {
  const t = text.trimEnd();
  if (!t.endsWith(")")) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ")") depth++;
    else if (t[i] === "(" && --depth === 0) {
      const inner = t.slice(i + 1, -1);
      // Every part must be "key: value", a value without commas: "(owner: Ana, OPS-1)" is prose.
      const parts = inner.split(DETAIL_SPLIT);
      // A name written family name first ("owner: O'Brien, Seán") is the one comma allowed.
      const ok = parts.every(
        (p) =>
          DETAIL_KEY.test(p) &&
          (!p
            .replace(/\([^()]*\)/g, "")
            .replace(/,\s*$/, "")
            .includes(",") ||
            isFamilyNameFirst(p.replace(/^[^:]*:\s*/, "").replace(/,\s*$/, ""))),
      );
      return ok ? { index: i, inner } : undefined;
    }
  }
  return undefined;
}

/** Reads owner, status, ticket and the rest out of an action item as people write it. */
export function readActionItem(item: Item): ActionItem {
  let text = item.text.trim();
  const out: Record<string, string> = {};
  const details = trailingDetails(text);
  if (details) {
    for (const part of details.inner.split(DETAIL_SPLIT)) {
      const m = /^(\w+):([\s\S]*)$/.exec(part.trim());
      if (!m) continue;
      const key = m[1]!.toLowerCase() === "assignee" ? "owner" : m[1]!.toLowerCase();
      if ((KEYS as readonly string[]).includes(key) && m[2]!.trim())
        out[key] = m[2]!.trim().replace(/,$/, "");
    }
    text = text.slice(0, details.index).trim();
  }
  if (item.checked === true) out.status ??= "done";
  if (item.checked === false) out.status ??= "open";
  const stated = statusInText(text).status;
  if (stated) out.status ??= stated;
  if (!out.owner) {
    const owner =
      /(?:^|\s)\(?(?:owner|assignee|assigned to|who)\s*:\s*@?([\w.'’-]+(?: [A-Z][\w'’-]+)?)\)?/i.exec(
        text,
      ) ?? /^@([\w-]+)\b[:,]?/.exec(text);
    const mentions = [...text.matchAll(/(?:^|[\s(])@([A-Z0-9][\w-]*)/gi)];
    if (owner) out.owner = owner[1]!;
    // One @mention in an item names who owns it; several are a discussion.
    else if (mentions.length === 1) out.owner = mentions[0]![1]!;
  }
  if (!out.ticket) {
    const link = MD_LINK.exec(text);
    const url = link ? link[2]!.replace(/^<|>$/g, "") : URL.exec(text)?.[0];
    if (link && /^#?\d+$|^[A-Z][A-Z0-9]+-\d+$/.test(link[1]!.trim()) && url) out.ticket = url;
    else if (url && /\/(?:issues?|pull|tickets?|browse|jira|bugs?|merge_requests)\//i.test(url))
      out.ticket = url;
    else {
      const key = TICKET_KEY.exec(text);
      if (key) out.ticket = key[1]!;
      else if (url && text.replace(URL, "").trim() === "") out.ticket = url;
    }
  }
  const result: ActionItem = out.id
    ? { id: out.id, description: text || item.text.trim() }
    : { description: text || item.text.trim() };
  // "@bob" in "(owner: @bob)" is a mention of bob, as in a bare "@bob".
  if (out.owner) result.owner = out.owner.replace(/^@\b/, "");
  if (out.priority) result.priority = out.priority;
  const status = out.status ? STATUS.get(out.status.toLowerCase()) : undefined;
  if (status) result.status = status;
  if (out.due && /^\d{4}-\d{2}-\d{2}$/.test(out.due)) result.due = out.due;
  if (out.ticket) result.ticket = out.ticket;
  if (out.type && TYPES.has(out.type.toLowerCase()))
    result.type = out.type.toLowerCase() as NonNullable<ActionItem["type"]>;
  return result;
}

const COLUMNS: Array<[keyof ActionItem, RegExp]> = [
  ["id", /^(?:id|#|key|ref)$/],
  ["owner", /\b(?:owner|assignee|assigned|who|responsible|dri)\b/],
  ["priority", /\b(?:priority|prio|pri|severity)\b/],
  ["status", /\b(?:status|state|done)\b/],
  ["due", /\b(?:due|deadline|eta|target|by when)\b/],
  ["ticket", /\b(?:ticket|issue|link|bug|jira|tracking|tracker|pr)\b/],
  ["type", /^(?:type|kind|category)$/],
  [
    "description",
    /\b(?:action|description|item|task|what|summary|title|follow[- ]?up|remediation)\b/,
  ],
];

/** Action items from a table, by its column names. */
export function actionItemsFromTable(
  header: readonly string[],
  rows: ReadonlyArray<{ cells: string[]; line: number }>,
): Array<{ item: ActionItem; line: number }> {
  const names = header.map((h) => inlineText(h).toLowerCase().trim());
  const col = new Map<keyof ActionItem, number>();
  for (const [field, re] of COLUMNS) {
    const i = names.findIndex((n, k) => re.test(n) && ![...col.values()].includes(k));
    if (i >= 0) col.set(field, i);
  }
  if (!col.has("description"))
    col.set("description", [...names.keys()].find((k) => ![...col.values()].includes(k)) ?? 0);
  const out: Array<{ item: ActionItem; line: number }> = [];
  for (const row of rows) {
    const cell = (f: keyof ActionItem): string => {
      const i = col.get(f);
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    };
    const description = cell("description");
    if (!description) continue;
    const plain = (f: keyof ActionItem): string => inlineText(cell(f));
    const item: ActionItem = plain("id") ? { id: plain("id"), description } : { description };
    if (plain("owner")) item.owner = plain("owner").replace(/^@/, "");
    if (plain("priority")) item.priority = plain("priority");
    // A tracker's status may sit at the end of the ticket cell: "Bug 5554823 TODO".
    const inTicket = statusInText(plain("ticket"));
    const status =
      STATUS.get(plain("status").toLowerCase()) ??
      (/^(?:yes|[x✓✔]|\[x\])$/i.test(plain("status")) ? "done" : undefined) ??
      STATUS.get(inTicket.status ?? "") ??
      STATUS.get(statusInText(description).status ?? "");
    if (status) item.status = status;
    if (/^\d{4}-\d{2}-\d{2}$/.test(plain("due"))) item.due = plain("due");
    const ticket = inTicket.rest;
    if (ticket && !/^(?:n\/?a|none|-+|\u2014)$/i.test(ticket)) {
      const link = MD_LINK.exec(cell("ticket"));
      item.ticket = link ? link[2]!.replace(/^<|>$/g, "") : ticket;
    }
    if (TYPES.has(plain("type").toLowerCase()))
      item.type = plain("type").toLowerCase() as NonNullable<ActionItem["type"]>;
    out.push({ item, line: row.line });
  }
  return out;
}
