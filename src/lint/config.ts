import { dirname, join, resolve, sep } from "node:path";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { readFile } from "node:fs/promises";
import { isRuleId, RULES, RULE_IDS, type RuleId } from "./rules/index.js";
import type { SeveritySetting } from "./rule.js";

/** A rule's setting as written: `"warn"`, `2`, `["error", { options }]`. */
export type RuleSettingInput = string | number | [string | number, Record<string, unknown>?];

export interface ConfigInput {
  /** Configs in folders above this one do not apply (as ESLint's `root`). */
  root?: boolean;
  rules?: Record<string, RuleSettingInput>;
  /** Defaults for `postmortem stats`; checked by that command. */
  stats?: Record<string, unknown>;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export type ResolvedConfig = Record<RuleId, RuleSetting>;

/** A config that cannot be used: a usage error, reported with the file that holds it. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

const CONFIG_FILES = [
  "package.json",
  ".postmortemrc.json",
  ".postmortemrc.yaml",
  ".postmortemrc.yml",
  ".postmortemrc",
  "postmortem.config.js",
  "postmortem.config.mjs",
];

export function severityOf(value: string | number, where: string): SeveritySetting {
  const v = typeof value === "string" ? value.toLowerCase() : value;
  if (v === "off" || v === 0) return "off";
  if (v === "warn" || v === "warning" || v === 1) return "warning";
  if (v === "error" || v === 2) return "error";
  throw new ConfigError(
    `${where}: severity must be off, warn or error, got ${JSON.stringify(value)}`,
    where,
  );
}

export function defaultConfig(): ResolvedConfig {
  return Object.fromEntries(
    RULE_IDS.map((id) => [
      id,
      { severity: RULES[id].defaultSeverity, options: { ...RULES[id].defaultOptions } },
    ]),
  ) as unknown as ResolvedConfig;
}

/** Applies a config on top of another; unknown rule ids and bad options are errors. */
export async function applyConfig(
  base: ResolvedConfig,
  input: ConfigInput,
  file: string,
): Promise<ResolvedConfig> {
  if (!input || typeof input !== "object" || Array.isArray(input))
    throw new ConfigError(`${file}: a config is an object with a "rules" key`, file);
  const unknownKey = Object.keys(input).find(
    (k) => k !== "rules" && k !== "stats" && k !== "root" && k !== "$schema",
  );
  if (unknownKey)
    throw new ConfigError(
      `${file}: unknown key "${unknownKey}", expected "rules", "stats" or "root"`,
      file,
    );
  if (input.root !== undefined && typeof input.root !== "boolean")
    throw new ConfigError(`${file}: "root" is true or false`, file);
  const out: ResolvedConfig = { ...base };
  for (const [id, setting] of Object.entries(input.rules ?? {})) {
    if (!isRuleId(id))
      throw new ConfigError(
        `${file}: unknown rule "${id}"; rules are ${RULE_IDS.join(", ")}`,
        file,
      );
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const merged = { ...out[id].options, ...(options ?? {}) };
    if (options) await checkOptions(id, merged, file);
    out[id] = { severity: severityOf(severity, `${file}: rules.${id}`), options: merged };
  }
  return out;
}

async function checkOptions(
  id: RuleId,
  options: Record<string, unknown>,
  file: string,
): Promise<void> {
  const schema = RULES[id].optionsSchema;
  if (!schema) {
    if (Object.keys(options).length)
      throw new ConfigError(`${file}: rule "${id}" takes no options`, file);
    return;
  }
  // Ajv compiles on demand: only configs that set options pay for it. Of a CommonJS package, a
  // dynamic import takes `default` (module.exports), the one export a bundle split into chunks
  // keeps.
  const { Ajv2020 } = (await import("ajv/dist/2020.js")).default;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  const validate = ajv.compile(schema);
  if (!validate(options)) {
    const e = validate.errors?.[0];
    throw new ConfigError(
      `${file}: options of "${id}"${e?.instancePath ? ` at ${e.instancePath}` : ""} ${e?.message ?? "are invalid"}`,
      file,
    );
  }
}

/** Reads a config file by its name: JSON, YAML, JavaScript, or a "postmortem" key in package.json. */
export async function readConfigFile(path: string): Promise<ConfigInput | undefined> {
  const file = resolve(path);
  if (/\.(?:c|m)?js$/.test(file)) {
    try {
      const { importFile } = await import("../util/import-file.js");
      const mod = (await importFile(file)) as { default?: ConfigInput };
      return mod.default ?? (mod as ConfigInput);
    } catch (error) {
      throw new ConfigError(
        `${path}: cannot load (${(error as Error).message.split("\n")[0]})`,
        path,
      );
    }
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      path,
    );
  }
  try {
    const data = (/\.json$/.test(file) ? JSON.parse(text) : await parseYaml(text)) as unknown;
    if (file.endsWith("package.json")) return (data as { postmortem?: ConfigInput })?.postmortem;
    return data ?? {};
  } catch (error) {
    throw new ConfigError(
      `${path}: not valid ${/\.json$/.test(file) ? "JSON" : "YAML"} (${(error as Error).message.split("\n")[0]})`,
      path,
    );
  }
}

/**
 * Where a config search from `dir` stops: the nearest folder with `.git` or `package.json` (the
 * project root, as ESLint has it); with none, the user's home folder when `dir` is inside it,
 * else `dir` itself. Never above home.
 */
export function projectRoot(dir: string): string {
  const home = resolve(homedir());
  for (let at = resolve(dir); ;) {
    if (existsSync(join(at, ".git")) || existsSync(join(at, "package.json"))) return at;
    if (at === home) return home;
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  const inHome = resolve(dir) === home || resolve(dir).startsWith(home + sep);
  return inHome ? home : resolve(dir);
}

// What the search's loaders return for a file it found but does not read itself.
const FOUND = Symbol("found");
const found = (): typeof FOUND => FOUND;

/** A config file found near a document, and what it holds. */
export interface FoundConfig {
  path: string;
  config: ConfigInput;
}

/**
 * Finds the configs that apply to a file, as ESLint's and markdownlint's cascade does: every
 * config from the project root down to the file's folder, the nearest last so that it wins.
 * A config with `"root": true` stops the search above its folder. Cached per folder, since a
 * run lints many files in few folders.
 */
export class ConfigFinder {
  private readonly own = new Map<string, Promise<FoundConfig | null>>();

  /** The configs that apply to the file, farthest first; the nearest is last. */
  async cascade(filePath: string): Promise<FoundConfig[]> {
    const start = dirname(resolve(filePath));
    const stop = projectRoot(start);
    const chain: FoundConfig[] = [];
    for (let dir = start; ;) {
      const hit = await this.ownConfig(dir);
      if (hit) {
        chain.unshift(hit);
        if (hit.config.root === true) break;
      }
      const parent = dirname(dir);
      if (dir === stop || parent === dir) break;
      dir = parent;
    }
    return chain;
  }

  /** The nearest config alone (the one a cascade ends with), or null. */
  async find(filePath: string): Promise<FoundConfig | null> {
    return (await this.cascade(filePath)).at(-1) ?? null;
  }

  private ownConfig(dir: string): Promise<FoundConfig | null> {
    let hit = this.own.get(dir);
    if (!hit) {
      hit = this.search(dir);
      this.own.set(dir, hit);
    }
    return hit;
  }

  private async search(dir: string): Promise<FoundConfig | null> {
    const { lilconfigSync } = (await import("lilconfig")).default; // CommonJS: see checkOptions
    // One folder at a time (stopDir is the folder itself), up to the project's root: a
    // `postmortem.config.js` is code, so linting a file never runs a config from a folder above
    // its project (a shared temp folder, a parent checkout). Synchronous checks take a fraction
    // of the time of as many asynchronous ones. Only JSON is read during the search
    // (package.json is a config only with a "postmortem" key); the file found is then read as
    // --config reads one.
    let hit;
    try {
      hit = lilconfigSync("postmortem", {
        searchPlaces: CONFIG_FILES,
        loaders: { ".js": found, ".mjs": found, ".yaml": found, ".yml": found, noExt: found },
        stopDir: dir,
      }).search(dir);
    } catch (error) {
      throw new ConfigError(`config near ${dir}: ${(error as Error).message.split("\n")[0]}`, dir);
    }
    if (!hit || dirname(hit.filepath) !== dir) return null;
    const config: unknown = hit.config === FOUND ? await readConfigFile(hit.filepath) : hit.config;
    return { path: hit.filepath, config: config ?? {} };
  }
}

/** The configs of a cascade applied in turn, the nearest last. */
export async function applyCascade(
  base: ResolvedConfig,
  chain: readonly FoundConfig[],
): Promise<ResolvedConfig> {
  let config = base;
  for (const { path, config: input } of chain) config = await applyConfig(config, input, path);
  return config;
}

/** YAML loads with the first YAML config: most runs have none, and the parser is large. */
async function parseYaml(text: string): Promise<unknown> {
  // CommonJS: a dynamic import takes module.exports (see checkOptions).
  return (await import("yaml")).default.parse(text);
}
