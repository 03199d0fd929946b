import { report } from "../diagnostics/report.js";
import { LineIndex, locate, type Range } from "../load/positions.js";
import type { ResolvedConfig } from "./config.js";
import { readDisableComments } from "./disable-comments.js";
import type { LintResult } from "./engine.js";
import { ruleDocUrl, type SetMember, type SetRule } from "./rule.js";
import { RULES, RULE_IDS } from "./rules/index.js";

/** One file linted on its own, with the config it was linted under. */
export interface LintedMember {
  result: LintResult;
  config: ResolvedConfig;
}

/**
 * Runs the rules that compare documents over files already linted one by one, adding their
 * findings to each file's messages. Each file keeps its own config: a rule off for a file
 * reports nothing on it, though the file still counts as an earlier incident for the others.
 */
export function lintSet(linted: readonly LintedMember[]): void {
  const members: Array<SetMember & { of: number; subject: number }> = [];
  const texts = linted.map(({ result }) => String(result.file.value ?? "").replace(/^\uFEFF/, ""));
  linted.forEach(({ result }, of) =>
    result.incidents.forEach(({ incident, span }, subject) =>
      members.push({
        path: result.file.path,
        incident,
        source: span ? texts[of]!.slice(span.start, span.end) : texts[of]!,
        of,
        subject,
      }),
    ),
  );
  if (members.length < 2) return;
  const indexes = new Map<number, LineIndex>();
  const disabled = new Map<number, ReturnType<typeof readDisableComments>>();
  for (const id of RULE_IDS) {
    const rule = RULES[id] as unknown as SetRule<Record<string, unknown>>;
    if (!("checkSet" in rule)) continue;
    rule.checkSet({
      members,
      optionsOf(m) {
        const setting = linted[members[m]!.of]!.config[id];
        return setting.severity === "off" ? undefined : setting.options;
      },
      report(m, finding) {
        const { of, subject } = members[m]!;
        const { result, config } = linted[of]!;
        const severity = config[id].severity;
        if (severity === "off") return;
        const positions = result.incidents[subject]!.positions;
        const index = indexes.get(of) ?? indexes.set(of, new LineIndex(texts[of]!)).get(of)!;
        const range: Range =
          typeof finding.at === "string"
            ? (locate(positions, finding.at)?.value ??
              locate(positions, "/title")?.value ??
              index.range(0, 0))
            : (finding.at ?? index.range(0, 0));
        const off = disabled.get(of) ?? disabled.set(of, readDisableComments(texts[of]!)).get(of)!;
        if (off.isDisabled(id, range.start.line)) return;
        report(result.file, finding.message, {
          range,
          ruleId: id,
          severity: finding.severity ?? severity,
          url: ruleDocUrl(id),
        });
      },
    });
  }
}
