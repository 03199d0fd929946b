import type { VFile } from "vfile";
import { packageVersion } from "./version.js";
import { Inputs } from "./inputs.js";
import { countMessages } from "../diagnostics/report.js";
import {
  applyCascade,
  applyConfig,
  ConfigError,
  ConfigFinder,
  defaultConfig,
  readConfigFile,
  severityOf,
  type ResolvedConfig,
} from "../lint/config.js";
import { lintText, type LintResult } from "../lint/engine.js";
import type { LintedMember } from "../lint/lint-set.js";
import { fixText } from "../lint/fix-text.js";
import { encodeLike } from "../load/encode-like.js";
import type { Input } from "../load/read-input.js";
import { RULES, RULE_IDS, isRuleId } from "../lint/rules/index.js";
import { ruleDocUrl } from "../lint/rule.js";
import type { InputFormat } from "../parse/parse-document.js";
import { EXIT, emit, handleError, printDiagnostics, UsageError } from "./shared.js";

export interface LintFlags {
  format: "stylish" | "json" | "sarif" | "github";
  config?: string;
  /** false with --no-config-lookup: no config is searched for near the documents. */
  configLookup?: boolean;
  rule?: string[];
  fix?: boolean;
  maxWarnings?: string;
  input: InputFormat;
  maxBytes?: number;
}

export async function runLint(paths: string[], flags: LintFlags): Promise<void> {
  // -1 is no limit, as ESLint has it, so a script can pass a variable that means "off".
  const given = flags.maxWarnings === undefined ? -1 : Number(flags.maxWarnings);
  if (!Number.isInteger(given) || given < -1)
    throw new UsageError(
      `--max-warnings takes a whole number (-1 for no limit), got "${flags.maxWarnings}"`,
    );
  const maxWarnings = given === -1 ? Infinity : given;
  const overrides = (flags.rule ?? []).map(parseRuleFlag);
  let explicit: ResolvedConfig | undefined;
  try {
    if (flags.config)
      explicit = await applyConfig(
        defaultConfig(),
        (await readConfigFile(flags.config)) ?? {},
        flags.config,
      );
  } catch (error) {
    return configFailed(error);
  }
  const finder = new ConfigFinder();
  const files: VFile[] = [];
  const linted: LintedMember[] = [];
  let ioFailed = false;
  const inputs = new Inputs(paths, { maxBytes: flags.maxBytes });
  for await (const { path, input } of inputs) {
    try {
      let config = explicit;
      if (!config) {
        const chain =
          flags.configLookup === false ? [] : await finder.cascade(path === "-" ? "./-" : path);
        config = await applyCascade(defaultConfig(), chain);
      }
      for (const [id, severity] of overrides)
        config = { ...config, [id]: { ...config[id], severity } };
      const options = { path: input.path, config, input: flags.input };
      const result = flags.fix
        ? await fixFile(path, input, options)
        : await lintText(input.text, options);
      for (const repair of input.repairs)
        result.file.message(`The input was not clean text: ${repair}`, {
          ruleId: "parse/encoding",
          source: "postmortem",
        }).fatal = false;
      files.push(result.file);
      linted.push({ result, config });
    } catch (error) {
      if (error instanceof ConfigError) return configFailed(error);
      handleError(error);
      ioFailed = true;
    }
  }
  inputs.report();
  ioFailed ||= inputs.failed;
  // Rules across documents see every file of the run, so they report only once all are read.
  if (linted.length > 1) (await import("../lint/lint-set.js")).lintSet(linted);
  const counts = countMessages(files);
  await printResults(files, flags.format, counts);
  const tooManyWarnings = counts.warnings > maxWarnings;
  if (tooManyWarnings && flags.format === "stylish")
    process.stderr.write(
      `postmortem: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`,
    );
  process.exitCode = ioFailed
    ? EXIT.usage
    : counts.errors > 0 || tooManyWarnings
      ? EXIT.problems
      : EXIT.ok;
}

/** Lints with --fix: writes the fixed text back in the file's own encoding (stdout for "-"). */
async function fixFile(
  path: string,
  input: Input,
  options: Parameters<typeof fixText>[1],
): Promise<LintResult> {
  const outcome = await fixText(input.text, options);
  const { result } = outcome;
  if (outcome.refused)
    result.file.message(`Fixes not applied: ${outcome.refused}`, {
      ruleId: "lint/fix-refused",
      source: "postmortem",
    }).fatal = false;
  // Written back in the encoding the file came in: a fix edits text, not the file's form.
  const bytes = outcome.text === input.text ? undefined : encodeLike(outcome.text, input);
  if (outcome.text !== input.text && !bytes)
    result.file.message(
      `Fixes not applied: the fixed text has characters ${input.encoding} cannot hold`,
      { ruleId: "lint/fix-refused", source: "postmortem" },
    ).fatal = false;
  if (path === "-") process.stdout.write(bytes ?? encodeLike(input.text, input) ?? input.text);
  else if (bytes) await emit(bytes, path, true);
  return result;
}

function parseRuleFlag(value: string): [keyof typeof RULES, "off" | "warning" | "error"] {
  const m = /^([a-z-]+)=(\w+)$/.exec(value.trim());
  if (!m) throw new UsageError(`--rule takes ID=off|warn|error, got "${value}"`);
  if (!isRuleId(m[1]!))
    throw new UsageError(`--rule: unknown rule "${m[1]}"; rules are ${RULE_IDS.join(", ")}`);
  try {
    return [m[1], severityOf(m[2]!, "--rule")];
  } catch {
    throw new UsageError(`--rule ${m[1]}: severity must be off, warn or error, got "${m[2]}"`);
  }
}

function configFailed(error: unknown): void {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = EXIT.usage;
}

/** Writes the findings in the chosen format: data on stdout, the stylish report on stderr. */
async function printResults(
  files: VFile[],
  format: LintFlags["format"],
  counts: ReturnType<typeof countMessages>,
): Promise<void> {
  if (format === "json") {
    const { formatJson } = await import("../diagnostics/formatters/json.js");
    process.stdout.write(formatJson(files));
  } else if (format === "sarif") {
    const { formatSarif } = await import("../diagnostics/formatters/sarif.js");
    const version = packageVersion();
    const rules = RULE_IDS.map((id) => ({
      id,
      description: RULES[id].description,
      helpUri: ruleDocUrl(id),
      defaultLevel:
        RULES[id].defaultSeverity === "off" ? ("none" as const) : RULES[id].defaultSeverity,
    }));
    process.stdout.write(formatSarif(files, { version, rules }));
  } else if (format === "github") {
    const { formatGithub } = await import("../diagnostics/formatters/github.js");
    process.stdout.write(formatGithub(files));
  } else {
    printDiagnostics(files);
    if (counts.errors + counts.warnings + counts.infos === 0 && files.length > 0)
      process.stderr.write(
        `${files.length} file${files.length === 1 ? "" : "s"} linted, no problems\n`,
      );
  }
}
