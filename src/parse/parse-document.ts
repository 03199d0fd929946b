import { VFile } from "vfile";
import { resolveReferenceLinks } from "./reference-links.js";
import { unquoteWholePostmortem } from "./mail/quoted-reply.js";
import type { Incident } from "../model/incident.js";
import { report } from "../diagnostics/report.js";
import { detectFormat } from "../load/detect-format.js";
import { LineIndex, type PositionMap } from "../load/positions.js";
import { outline } from "./outline.js";
import { interpret } from "./interpret.js";
import { readStatusPage } from "./status-page.js";
import { expandRstSubstitutions } from "./rst-substitutions.js";
import { loadFrontMatterParsers, readFrontMatter } from "./front-matter.js";
import { cleanArchiveText } from "./mail/archive-text.js";
import { cleanSubject } from "./mail/mail-meta.js";
import { looksLikeRawMail, readMessage, splitMbox } from "./mail/message.js";

export type InputFormat = "markdown" | "mail" | "auto";

export interface ParseOptions {
  /** Name used in messages. */
  path?: string;
  input?: InputFormat;
}

export interface ParsedIncident {
  /** What could be read; may lack required fields (then `file` says so). */
  incident: Partial<Incident> & Record<string, unknown>;
  /** Source position of every field and list item, by JSON Pointer. */
  positions: PositionMap;
  /** Warnings and infos about what was inferred or kept in notes. */
  file: VFile;
  /** Offsets of the part of the file it was read from, when the file holds several (an mbox). */
  span?: { start: number; end: number };
}

/**
 * Reads an existing post-mortem (Markdown, mailing-list archive text, an RFC 5322 message, an
 * mbox, or incident data) into the model. An mbox gives one incident per message that is a
 * post-mortem; replies are skipped. Never throws for bad input.
 */
export async function parseDocument(
  text: string,
  options: ParseOptions = {},
): Promise<ParsedIncident[]> {
  const path = options.path ?? "<input>";
  const source = text.replace(/^\uFEFF/, "");
  const kind =
    options.input === "markdown"
      ? "markdown"
      : options.input === "mail"
        ? "mail"
        : detectFormat(path, source);
  if (kind === "json" || kind === "yaml") {
    // Loaded for data only: the YAML parser and the validator are most of a cold start's code.
    const { loadIncidentText } = await import("../load/load-incident.js");
    const loaded = loadIncidentText(source, { path });
    return [
      {
        incident: (loaded.data ?? {}) as ParsedIncident["incident"],
        positions: loaded.positions,
        file: loaded.file,
      },
    ];
  }
  if (kind === "markdown") {
    await loadFrontMatterParsers(source);
    return [parseMarkdown(source, path)];
  }
  const raw = looksLikeRawMail(source);
  if (raw === "mbox") {
    const out: ParsedIncident[] = [];
    // Offsets of the file's lines, so each message's positions are offsets into the file.
    const whole = new LineIndex(source);
    const messages = splitMbox(source);
    // Each message from its "From " line to the next one.
    const starts = messages.map((m) => whole.at(Math.max(1, m.line - 1), 1).offset);
    for (const [i, m] of messages.entries()) {
      const parsed = await parseMessage(m.raw, path, m.line - 1, whole);
      if (parsed)
        out.push({ ...parsed, span: { start: starts[i]!, end: starts[i + 1] ?? source.length } });
    }
    return out;
  }
  if (raw === "message") {
    const parsed = await parseMessage(source, path, 0);
    return parsed ? [parsed] : [];
  }
  return [parseMailText(source, path)];
}

/**
 * Markdown or plain mail text read at once, without the message decoding that makes
 * parseDocument asynchronous; for callers that must stay synchronous (a lint fix checking that
 * its edit reads back the same). Raw messages and mbox files are not handled here.
 */
export function parseTextSync(
  text: string,
  options: { path?: string; input: "markdown" | "mail" },
): ParsedIncident | undefined {
  const source = text.replace(/^\uFEFF/, "");
  if (options.input === "markdown") return parseMarkdown(source, options.path ?? "<input>");
  return looksLikeRawMail(source) ? undefined : parseMailText(source, options.path ?? "<input>");
}

function parseMarkdown(text: string, path: string): ParsedIncident {
  const file = new VFile({ path, value: text });
  const index = new LineIndex(text);
  const fm = readFrontMatter(text);
  const lines = text.split(/\r\n?|\n/);
  let body = text;
  if (fm) for (let i = 0; i < fm.endLine; i++) lines[i] = "";
  if (resolveReferenceLinks(lines) || fm) body = lines.join("\n");
  if (fm) {
    if (fm.error)
      report(file, `The ${fm.error}; ignored it`, {
        range: { start: index.at(1, 1), end: index.at(fm.endLine, 4) },
        ruleId: "parse/front-matter",
        severity: "warning",
      });
  }
  const sections = outline(body, { mode: "markdown" });
  const result = interpret({
    sections,
    mode: "markdown",
    lines,
    index,
    file,
    ...(fm && !fm.error ? { frontMatter: fm } : {}),
  });
  return { ...result, file };
}

function parseMailText(
  text: string,
  path: string,
  lineOffset = 0,
  meta?: Parameters<typeof interpret>[0]["mail"],
  offset = 0,
): ParsedIncident {
  const file = new VFile({ path, value: text });
  const cleaned = cleanArchiveText(text);
  const mail = meta
    ? { ...cleaned.meta, ...meta, lines: { ...cleaned.meta.lines, ...meta.lines } }
    : cleaned.meta;
  const index = new LineIndex(cleaned.lines.join("\n"), 1 + lineOffset, offset);
  for (const r of cleaned.removed)
    // Nothing is dropped unseen: the warning quotes what was left out.
    report(
      file,
      `Left out the ${r.what} (${r.lines} line${r.lines === 1 ? "" : "s"}: "${r.first}${r.lines > 1 ? " ..." : ""}")`,
      {
        range: { start: index.at(r.line + lineOffset, 1), end: index.at(r.line + lineOffset, 1) },
        ruleId: "parse/mail-extra",
        severity: "warning",
      },
    );
  const expanded = expandRstSubstitutions(cleaned.lines);
  if (expanded) cleaned.lines = expanded;
  const unquoted = unquoteWholePostmortem(cleaned.lines);
  if (unquoted) {
    cleaned.lines = unquoted;
    report(file, "Read the post-mortem quoted in this reply", {
      range: { start: index.at(1 + lineOffset, 1), end: index.at(1 + lineOffset, 1) },
      ruleId: "parse/quoted",
      severity: "info",
    });
  }
  const statusPage = readStatusPage(cleaned.lines);
  // The status reader's lines are blanked, not removed, so the outline keeps every line number.
  const body = statusPage
    ? cleaned.lines.map((l, k) => (statusPage.used.has(k) ? "" : l))
    : cleaned.lines;
  const sections = outline(body.join("\n"), { mode: "text", firstLine: 1 + lineOffset });
  const result = interpret({
    sections,
    mode: "text",
    lines: cleaned.lines,
    firstLine: 1 + lineOffset,
    index,
    file,
    mail,
    ...(statusPage ? { statusPage } : {}),
  });
  return { ...result, file };
}

async function parseMessage(
  raw: string,
  path: string,
  lineOffset: number,
  whole?: LineIndex,
): Promise<ParsedIncident | undefined> {
  let msg;
  try {
    msg = await readMessage(raw);
  } catch (error) {
    const file = new VFile({ path, value: raw });
    report(file, `Not a readable mail message (${(error as Error).message})`, {
      ruleId: "parse/mail",
      severity: "error",
    });
    return { incident: {}, positions: new Map(), file };
  }
  const subject = msg.subject ? cleanSubject(msg.subject) : undefined;
  // Replies and quoted discussion are not incidents of their own.
  if (subject?.reply || msg.inReplyTo) return undefined;
  const bodyLine = lineOffset + msg.bodyLine;
  const bodyOffset = (whole ?? new LineIndex(raw)).at(whole ? bodyLine : msg.bodyLine, 1).offset;
  const meta = {
    ...(msg.subject ? { subject: msg.subject } : {}),
    ...(msg.from ? { from: msg.from } : {}),
    ...(msg.date ? { date: msg.date } : {}),
    lines: {},
  };
  const parsed = parseMailText(msg.text, path, bodyLine - 1, meta, bodyOffset);
  if (msg.usedHtml)
    report(parsed.file, "The message has no plain-text part; read its HTML part as text", {
      ruleId: "parse/mail-html",
      severity: "warning",
    });
  return parsed;
}
