import { dirname, relative, resolve } from "node:path";
import { reportLeftOut } from "./inputs.js";
import { lintFiles } from "./lint-files.js";
import type { LintedFile } from "./lint-file.js";
import { fromFailure } from "./lint-file.js";
import {
  ConfigError,
  applyCascade,
  ConfigFinder,
  defaultConfig,
  readConfigFile,
  type ResolvedConfig,
} from "../lint/config.js";
import { computeStats } from "../stats/compute-stats.js";
import { metConditions, parseConditions } from "../stats/fail-on.js";
import type { StatsDocument, StatsOptions, StatsReport } from "../stats/report.js";
import { EXIT, emit, handleError, UsageError } from "./shared.js";

export interface StatsFlags {
  format?: "table" | "json" | "csv" | "ndjson" | "markdown" | "email" | "html";
  asOf?: string;
  tz?: string;
  repeatWindow?: string;
  since?: string;
  until?: string;
  groupBy?: string[];
  failOn?: string;
  lint?: boolean;
  config?: string;
  configLookup?: boolean;
  output?: string;
  force?: boolean;
  maxBytes?: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function runStats(paths: string[], flags: StatsFlags): Promise<void> {
  const { config, defaults } = await statsConfig(paths, flags);
  const options = statsOptions(flags, defaults);
  const conditions = parseFailOn(
    flags.failOn ?? (typeof defaults.failOn === "string" ? defaults.failOn : undefined),
  );
  const docs: StatsDocument[] = [];
  // Each linted file and its first document, for the rules that compare documents.
  const sets: LintedSet[] = [];
  const skipped: string[] = [];
  let ioFailed = false;
  const lintConfig = flags.lint === false ? quiet(config) : config;
  const { ignored, outcomes } = await lintFiles(paths, {
    config: lintConfig,
    maxBytes: flags.maxBytes,
  });
  for await (const outcome of outcomes) {
    if (outcome.kind === "skipped") skipped.push(outcome.path);
    else if (outcome.kind === "failed") {
      handleError(fromFailure(outcome.failure));
      ioFailed = true;
    } else {
      outcome.incidents.forEach(({ incident, positions }, i) => {
        const doc: StatsDocument = { file: outcome.path, incident, positions };
        // A mailbox's findings are counted once, with its first message.
        if (flags.lint !== false)
          doc.lint =
            i === 0
              ? { errors: outcome.errors, warnings: outcome.warnings }
              : { errors: 0, warnings: 0 };
        docs.push(doc);
      });
      if (flags.lint !== false)
        sets.push({ outcome, first: docs.length - outcome.incidents.length });
    }
  }
  if (sets.length > 1) await countSetFindings(sets, docs, lintConfig);
  reportLeftOut(skipped, ignored);
  const report = computeStats(docs, options);
  process.stderr.write(
    `postmortem: statistics as of ${report.asOf} (--as-of), ${docs.length} document${docs.length === 1 ? "" : "s"}\n`,
  );
  // What keeps a figure from being measured, where it is, as every command reports a problem.
  for (const p of report.dataQuality.problems)
    process.stderr.write(`${p.file}:${p.line}:${p.column}  warning  ${p.message}  stats/data\n`);
  await emit(await format(report, flags), flags.output, flags.force, ioFailed);
  const met = metConditions(report, conditions);
  for (const c of met)
    process.stderr.write(`postmortem: --fail-on ${c.text}: ${c.metric} is ${c.actual}\n`);
  process.exitCode = ioFailed ? EXIT.usage : met.length ? EXIT.problems : EXIT.ok;
}

type LintedSet = { outcome: Extract<LintedFile, { kind: "linted" }>; first: number };

/**
 * Adds what the rules across documents find to each file's counts, so the lint figures of
 * `stats` are those `lint` gives for the same files.
 */
async function countSetFindings(
  sets: readonly LintedSet[],
  docs: StatsDocument[],
  config: ResolvedConfig,
): Promise<void> {
  const [{ lintSet }, { VFile }] = await Promise.all([
    import("../lint/lint-set.js"),
    import("vfile"),
  ]);
  const linted = sets.map(({ outcome }) => ({
    result: {
      file: new VFile({ path: outcome.path, value: outcome.text }),
      fixes: [],
      incidents: outcome.incidents,
    },
    config,
  }));
  lintSet(linted);
  linted.forEach(({ result }, i) => {
    const counts = docs[sets[i]!.first]?.lint;
    if (!counts) return;
    for (const m of result.file.messages) {
      if (m.fatal) counts.errors++;
      else counts.warnings++;
    }
  });
}

/** Every rule off: only what stops a document being read is reported. */
const quiet = (config: ResolvedConfig): ResolvedConfig =>
  Object.fromEntries(
    Object.entries(config).map(([id, s]) => [id, { ...s, severity: "off" }]),
  ) as ResolvedConfig;

async function statsConfig(
  paths: string[],
  flags: StatsFlags,
): Promise<{ config: ResolvedConfig; defaults: Record<string, unknown> }> {
  try {
    const chain = flags.config
      ? [{ path: flags.config, config: (await readConfigFile(flags.config)) ?? {} }]
      : flags.configLookup === false
        ? []
        : await new ConfigFinder().cascade(
            paths[0] === "-" || !paths[0] ? "./-" : resolve(paths[0], "x"),
          );
    // The nearest config's stats defaults win, key by key.
    const defaults: Record<string, unknown> = {};
    for (const found of chain) {
      const stats = found.config.stats ?? {};
      if (typeof stats !== "object" || Array.isArray(stats))
        throw new ConfigError(`${found.path}: "stats" must be an object`, found.path);
      Object.assign(defaults, stats);
    }
    return { config: await applyCascade(defaultConfig(), chain), defaults };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function statsOptions(flags: StatsFlags, defaults: Record<string, unknown>): StatsOptions {
  const asOf = flags.asOf ?? new Date().toISOString().slice(0, 10);
  for (const [name, v] of [
    ["--as-of", asOf],
    ["--since", flags.since],
    ["--until", flags.until],
  ] as const)
    if (v !== undefined && (!DAY.test(v) || Number.isNaN(Date.parse(v))))
      throw new UsageError(`${name} must be a date such as 2018-11-20, got "${v}"`);
  const tz = flags.tz ?? (typeof defaults.tz === "string" ? defaults.tz : "UTC");
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    throw new UsageError(`--tz must be a time zone such as Europe/Paris or UTC, got "${tz}"`);
  }
  const window =
    flags.repeatWindow ??
    (typeof defaults.repeatWindow === "number" || typeof defaults.repeatWindow === "string"
      ? String(defaults.repeatWindow)
      : "90");
  if (!/^\d{1,5}$/.test(window))
    throw new UsageError(`--repeat-window takes a number of days, got "${window}"`);
  const list = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.every((x) => typeof x === "string") ? v : undefined;
  const options: StatsOptions = { asOf, tz, repeatWindow: Number(window) };
  if (flags.since) options.since = flags.since;
  if (flags.until) options.until = flags.until;
  const groupBy = flags.groupBy?.length ? flags.groupBy : list(defaults.groupBy);
  if (groupBy) options.groupBy = groupBy;
  const exclude = list(defaults.excludeTags);
  if (exclude) options.excludeTags = exclude;
  const nearMiss = list(defaults.nearMissTags);
  if (nearMiss) options.nearMissTags = nearMiss;
  return options;
}

function parseFailOn(expression: string | undefined): ReturnType<typeof parseConditions> {
  if (!expression) return [];
  try {
    return parseConditions(expression);
  } catch (error) {
    throw new UsageError(`--fail-on: ${(error as Error).message}`);
  }
}

async function format(report: StatsReport, flags: StatsFlags): Promise<string> {
  const kind = flags.format ?? (process.stdout.isTTY && !flags.output ? "table" : "json");
  switch (kind) {
    case "table":
    case "email": {
      const { statsText } = await import("../stats/format/text.js");
      return statsText(
        report,
        kind === "email" ? 72 : Math.max(72, Math.min(process.stdout.columns ?? 100, 120)),
      );
    }
    case "markdown":
      return (await import("../stats/format/markdown.js")).statsMarkdown(report);
    case "html": {
      const { statsHtml } = await import("../stats/format/html.js");
      // Links to the documents work from where the page is written.
      const base =
        flags.output && flags.output !== "-" ? dirname(resolve(flags.output)) : process.cwd();
      return statsHtml(report, {
        hrefOf: (f) => encodeURI(relative(base, resolve(f)).split("\\").join("/")),
      });
    }
    default: {
      const rows = await import("../stats/format/rows.js");
      return kind === "csv"
        ? rows.statsCsv(report)
        : kind === "ndjson"
          ? rows.statsNdjson(report)
          : rows.statsJson(report);
    }
  }
}
