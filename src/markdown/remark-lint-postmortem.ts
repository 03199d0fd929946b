import type { Root } from "mdast";
import type { Pluggable, Plugin, Preset } from "unified";
import { lintRule } from "unified-lint-rule";
import type { VFile } from "vfile";
import { applyConfig, defaultConfig } from "../lint/config.js";
import { lintText } from "../lint/engine.js";
import { ruleDocUrl } from "../lint/rule.js";
import { RULES, RULE_IDS, type RuleId } from "../lint/rules/index.js";

/**
 * One remark-lint rule: the post-mortem rule `id` run on the file's Markdown, its findings
 * reported on the file as remark-lint reports its own (`postmortem:<id>`, with the rule's doc
 * URL), so `remark-cli` and the unified editor extensions show them inline. Options are the
 * rule's own, as in a postmortem config.
 */
function remarkLintRule(id: RuleId): Plugin<[unknown?], Root> {
  // Findings the rule itself makes warnings (a draft's, a date slip's): unified-lint-rule
  // gives every message of a rule its one severity, so they are set back after it has.
  const softer = new WeakSet<object>();
  const rule = lintRule(
    { origin: `postmortem:${id}`, url: ruleDocUrl(id) },
    async (_tree: Root, file: VFile, options: unknown) => {
      // The reader works from the source text; a tree built without one has nothing to read.
      if (file.value === undefined || file.value === null || String(file.value) === "") return;
      const base = defaultConfig();
      const only = Object.fromEntries(
        RULE_IDS.map((r) => [r, { ...base[r], severity: r === id ? "error" : "off" }]),
      ) as typeof base;
      const config =
        options && typeof options === "object"
          ? await applyConfig(
              only,
              { rules: { [id]: ["error", options as Record<string, unknown>] } },
              `postmortem:${id}`,
            )
          : only;
      const result = await lintText(String(file.value), {
        ...(file.path ? { path: file.path } : {}),
        config,
        input: "markdown",
      });
      for (const m of result.file.messages)
        if (m.ruleId === id) {
          const message = file.message(m.reason, m.place ?? undefined);
          if (m.fatal === false) softer.add(message);
        }
    },
  );
  return function (this: unknown, ...settings: [unknown?]) {
    const transform = (rule as (...a: [unknown?]) => unknown).apply(this, settings) as
      ((tree: Root, file: VFile, next: (error?: unknown) => void) => void) | undefined;
    if (!transform) return undefined;
    return (tree: Root, file: VFile, next: (error?: unknown) => void) =>
      transform(tree, file, (error?: unknown) => {
        for (const m of file.messages) if (softer.has(m)) m.fatal = false;
        next(error);
      });
  } as Plugin<[unknown?], Root>;
}

// remark-lint reads one file at a time: the rules that compare documents cannot run there.
const ONE_FILE = RULE_IDS.filter((id) => "check" in RULES[id]);

/** Every post-mortem rule that reads one document, as a remark-lint plugin, by rule id. */
export const remarkLintPostmortemRules = Object.fromEntries(
  ONE_FILE.map((id) => [id, remarkLintRule(id)]),
) as Record<RuleId, Plugin<[unknown?], Root>>;

/**
 * The remark-lint preset: every rule, at its postmortem severity (an error stops `remark
 * --frail`, a warning does not). In a `.remarkrc.mjs`: `plugins: [remarkPresetPostmortem]`.
 */
export const remarkPresetPostmortem: Preset = {
  plugins: ONE_FILE.map((id): Pluggable =>
    RULES[id].defaultSeverity === "error"
      ? [remarkLintPostmortemRules[id], ["error"]]
      : remarkLintPostmortemRules[id],
  ),
};
