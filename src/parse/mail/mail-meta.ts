/** What the envelope of a mail tells about a post-mortem. */
export interface MailMeta {
  subject?: string;
  from?: { name?: string; address?: string };
  /** When the mail was sent, as an ISO date-time. */
  date?: string;
  /** Line (1-based) of each header we read, for positions. */
  lines: { subject?: number; from?: number; date?: number };
}

const LIST_TAG = /^\s*(?:\[[^\]]{1,60}\]\s*)+/;
const REPLY = /^\s*(?:(?:re|fwd?|aw|sv|antw)[ \t]*(?:\[\d+\][ \t]*)?:\s*)+/i;

/** `[Gluster-devel] Re: Post mortem for X` -> `Post mortem for X`, and whether it was a reply. */
export function cleanSubject(subject: string): { title: string; reply: boolean } {
  let s = subject.replace(/\s+/g, " ").trim();
  let reply = false;
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(LIST_TAG, "");
    if (REPLY.test(s)) {
      reply = /^\s*re/i.test(s) || reply;
      s = s.replace(REPLY, "");
    }
    if (s === before) break;
  }
  return { title: s.trim(), reply };
}

/** The incident title inside a subject: our own `Post mortem for X` prefix is not part of it. */
export function titleFromSubject(subject: string): string {
  return cleanSubject(subject)
    .title.replace(/^(?:post[- ]?mortem|incident report|rca)\s+(?:for|of|on)\s+/i, "")
    .trim();
}
