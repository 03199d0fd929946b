import type { DataMap } from "vfile";
import { VFile } from "vfile";
import { report } from "../diagnostics/report.js";
import { detectFormat } from "../load/detect-format.js";
import { LineIndex, locate, type PositionMap, type Range } from "../load/positions.js";
import { parseDocument, type InputFormat } from "../parse/parse-document.js";
import { defaultConfig, type ResolvedConfig } from "./config.js";
import { readDisableComments } from "./disable-comments.js";
import { RULES, RULE_IDS } from "./rules/index.js";
export { applyFixes } from "./apply-fixes.js";
import {
  ruleDocUrl,
  type Finding,
  type Fix,
  type Rule,
  type RuleContext,
  type SourceFormat,
} from "./rule.js";
import { pushAll } from "../util/push-all.js";

export interface LintOptions {
  path?: string;
  config?: ResolvedConfig;
  input?: InputFormat;
}

export interface LintResult {
  /** Every finding, as VFileMessages with positions, rule ids and doc links. */
  file: VFile;
  /** Edits `--fix` may apply, in source offsets, not overlapping. */
  fixes: Fix[];
  /** The incidents the rules checked (a mailbox holds several), so a caller need not read them again. */
  incidents: Array<{
    incident: Subject["incident"];
    positions: PositionMap;
    /** The part of the file it was read from, when the file holds several. */
    span?: { start: number; end: number };
  }>;
}

interface Subject {
  incident: RuleContext<unknown>["incident"];
  positions: PositionMap;
  format: SourceFormat;
  reader?: Partial<DataMap>;
  /** The part of the file the incident was read from, when the file holds several. */
  span?: { start: number; end: number };
}

/**
 * Lints a post-mortem in any supported form: incident data is validated against the schema
 * first, documents are parsed; the rules then read the one model and its positions.
 */
export async function lintText(text: string, options: LintOptions = {}): Promise<LintResult> {
  const path = options.path ?? "<input>";
  const file = new VFile({ path, value: text });
  const source = text.replace(/^\uFEFF/, "");
  const config = options.config ?? defaultConfig();
  const kind =
    options.input && options.input !== "auto" ? options.input : detectFormat(path, source);
  const subjects = await subjectsOf(source, path, kind, file);
  const index = new LineIndex(source);
  const disabled = readDisableComments(source);
  // The edits of one finding, kept together: a fix is applied whole or not at all.
  const fixes: Fix[][] = [];
  for (const subject of subjects) {
    // Rules that read the text see only their own message of a mailbox: every rule over the
    // whole file for every message would be quadratic, and would report each finding N times.
    const base = subject.span?.start ?? 0;
    const own = subject.span ? source.slice(subject.span.start, subject.span.end) : source;
    for (const id of RULE_IDS) {
      const setting = config[id];
      const configured = setting.severity;
      if (configured === "off" || !("check" in RULES[id])) continue;
      const rule = RULES[id] as Rule<Record<string, unknown>>;
      const status =
        subject.incident.status === "draft" || subject.incident.status === "review"
          ? subject.incident.status
          : "final";
      const rangeOf = (pointer: string): Range | undefined =>
        locate(subject.positions, pointer)?.value;
      const toRange = (at: Finding["at"]): Range | undefined =>
        typeof at === "string" ? rangeOf(at) : at;
      const context: RuleContext<Record<string, unknown>> = {
        incident: subject.incident,
        reader: subject.reader ?? {},
        positions: subject.positions,
        format: subject.format,
        source: own,
        status,
        options: setting.options,
        rangeOf,
        range: (start, end) =>
          index.range(
            base + Math.max(0, Math.min(start, own.length)),
            base + Math.max(0, Math.min(end, own.length)),
          ),
        report(finding) {
          const range = toRange(finding.at) ?? index.range(0, 0);
          if (disabled.isDisabled(id, range.start.line)) return;
          let severity = finding.severity ?? configured;
          if (rule.lenientInDraft && status === "draft") severity = "warning";
          const related = finding.related
            ? { message: finding.related.message, range: toRange(finding.related.at) }
            : undefined;
          report(file, finding.message, {
            range,
            ruleId: id,
            severity,
            related,
            url: ruleDocUrl(id),
          });
          if (finding.fix)
            fixes.push(
              (Array.isArray(finding.fix) ? finding.fix : [finding.fix]).map((fix) =>
                base ? { ...fix, start: fix.start + base, end: fix.end + base } : fix,
              ),
            );
        },
      };
      runRule(rule, context, file);
    }
  }
  return {
    file,
    fixes: compatible(fixes),
    incidents: subjects.map(({ incident, positions, span }) =>
      span ? { incident, positions, span } : { incident, positions },
    ),
  };
}

function runRule(
  rule: Rule<Record<string, unknown>>,
  context: RuleContext<Record<string, unknown>>,
  file: VFile,
): void {
  try {
    rule.check(context);
  } catch (error) {
    // A rule bug must not hide the other rules' findings, nor pass for a clean document.
    report(file, `Rule crashed: ${(error as Error).message}`, {
      ruleId: rule.id,
      severity: "error",
    });
  }
}

/**
 * The fixes that can be applied together, each whole: a fix with an edit that overlaps an edit
 * already taken waits for the next pass, as in ESLint (the CLI lints again and fixes until
 * nothing changes). Half a fix can be worse than none: a zone note relabelled without its times
 * converted shifts every time.
 */
function compatible(groups: Fix[][]): Fix[] {
  const taken: Fix[] = [];
  const same = (a: Fix, b: Fix): boolean =>
    a.start === b.start && a.end === b.end && a.text === b.text;
  // Overlapping ranges, an insertion inside another edit's range, or two insertions at one
  // place (which goes first is not known).
  const clash = (a: Fix, b: Fix): boolean =>
    !same(a, b) &&
    ((a.start < b.end && b.start < a.end) ||
      (a.start === a.end && b.start === b.end && a.start === b.start));
  for (const group of groups) {
    if (group.some((f) => taken.some((t) => clash(f, t)))) continue;
    for (const f of group) if (!taken.some((t) => same(f, t))) taken.push(f);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What the rules check: the incident data, or each incident a document holds, with positions. */
async function subjectsOf(
  source: string,
  path: string,
  kind: ReturnType<typeof detectFormat>,
  file: VFile,
): Promise<Subject[]> {
  const subjects: Subject[] = [];
  if (kind === "json" || kind === "yaml") {
    // The data loader and the schema validator load only for data: a document never needs them.
    const { loadIncidentText } = await import("../load/load-incident.js");
    const loaded = loadIncidentText(source, { path });
    pushAll(file.messages, loaded.file.messages);
    const data = loaded.data;
    if (data && typeof data === "object" && !Array.isArray(data))
      subjects.push({
        incident: data as Subject["incident"],
        positions: loaded.positions,
        format: "data",
      });
  } else {
    for (const parsed of await parseDocument(source, { path, input: kind })) {
      // What the parser inferred is for `parse` readers; lint keeps only what stops reading.
      pushAll(
        file.messages,
        parsed.file.messages.filter((m) => m.fatal === true),
      );
      subjects.push({
        incident: parsed.incident,
        positions: parsed.positions,
        format: kind,
        reader: parsed.file.data,
        ...(parsed.span ? { span: parsed.span } : {}),
      });
    }
  }
  return subjects;
}
