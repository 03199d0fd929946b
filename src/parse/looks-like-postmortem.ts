import { basename } from "node:path";
import { outline } from "./outline.js";
import { parseDocument } from "./parse-document.js";
import { wholeSectionKey, type SectionKey } from "../model/section-synonyms.js";
import { detectFormat } from "../load/detect-format.js";
import { schema } from "../model/schema.js";
import { POSTMORTEM_FIELDS } from "../model/fields.js";

// The sections only a post-mortem has; a README's "Summary" alone does not make one.
const CORE = new Set<SectionKey>([
  "whatHappened",
  "impact",
  "detection",
  "trigger",
  "rootCause",
  "resolution",
  "timeline",
  "wentWell",
  "wentBad",
  "lucky",
  "lessons",
  "actionItems",
]);
const FIELDS = POSTMORTEM_FIELDS;
const TOPIC =
  /\b(?:post[- ]?mortems?|incidents?|outages?|root cause|RCA|downtime|down|service (?:disruption|interruption)|failures?|broke|broken|unavailable|degraded)\b/i;
// A repository's own files, whatever they say.
const REPOSITORY_FILE =
  /^(?:readme|changelog|changes|history|contributing|code_of_conduct|security|license|licence|copying|authors|notice|support|governance|maintainers)(?:\.[a-z]+)?$/i;
const MAIL_HEADERS = /^(?:From |(?:From|Subject|Date|To|Message-ID|Received|Return-Path): )/;
// A folder is judged by the start of each file, so a large file costs no more than a small one.
const HEAD = 64 * 1024;

/**
 * Whether a file found under a folder is a post-mortem, so `lint .` in a repository reads its
 * post-mortems and leaves out its README, rule docs and tsconfig.json. Any of:
 * - incident data: two fields of the model;
 * - mail: it came from an archive;
 * - two headings that name sections only post-mortems have (a draft from a template);
 * - read as a post-mortem, plain text with two sections' worth of content, or any text with one
 *   and either an incident date, a timed timeline or a title that speaks of an incident.
 */
export async function looksLikePostmortem(text: string, path: string): Promise<boolean> {
  if (REPOSITORY_FILE.test(basename(path))) return false;
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, "");
  const kind = detectFormat(path, head);
  if (kind === "json" || kind === "yaml") return looksLikeData(text, kind);
  if (/\.(?:eml|mbox)$/i.test(path) || MAIL_HEADERS.test(head)) return true;
  let core = 0;
  for (const s of outline(head, { mode: kind === "markdown" ? "markdown" : "text" })) {
    const key = s.label === null ? undefined : wholeSectionKey(s.label);
    if (key && CORE.has(key) && ++core >= 2) return true;
  }
  const [read] = await parseDocument(head, {
    path,
    input: kind === "markdown" ? "markdown" : "mail",
  });
  const x = read?.incident ?? {};
  const has = FIELDS.filter((k) => {
    const v = x[k];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  });
  if (has.length === 0) return false;
  // Markdown in a repository is often documentation about post-mortems (a guide, a rule's
  // page) with their sections' names in it; plain text with two sections is rarely anything else.
  if (kind !== "markdown" && has.length >= 2) return true;
  const timed = (x.timeline ?? []).filter((e) => /T\d\d:\d\d/.test(e.time ?? "")).length;
  return Boolean(x.date) || timed >= 2 || TOPIC.test(typeof x.title === "string" ? x.title : "");
}

/**
 * Incident data has two fields of the model among its top-level keys (YAML keys
 * at the start of a line; a JSON document's own keys, not those of a schema that describes them).
 */
function looksLikeData(text: string, kind: "json" | "yaml"): boolean {
  let keys: string[];
  if (kind === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Broken data is for the reader to report, with its position.
      return true;
    }
    const records = (Array.isArray(data) ? data : [data]).filter(
      (d): d is Record<string, unknown> => typeof d === "object" && d !== null && !Array.isArray(d),
    );
    keys = records.flatMap((d) => Object.keys(d));
  } else keys = [...text.slice(0, HEAD).matchAll(/^(?:- )?([A-Z]{1,30})\s*:/gim)].map((m) => m[1]!);
  // `$schema` and `id` are bookkeeping any JSON document may have, not incident facts.
  return (
    new Set(
      keys.filter((k) => k !== "id" && !k.startsWith("$") && Object.hasOwn(schema.properties, k)),
    ).size >= 2
  );
}
