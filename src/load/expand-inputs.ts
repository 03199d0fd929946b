import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Ignore } from "ignore";
import { pushAll } from "../util/push-all.js";

/** Files a folder argument stands for: every post-mortem format we read. */
const DOCUMENT = /\.(?:md|markdown|mdx|txt|eml|mbox|ya?ml|json)$/i;
const DATA = /\.(?:ya?ml|json)$/i;

export interface InputFile {
  path: string;
  /** Found under a folder or by a glob rather than named: a file that is no post-mortem is skipped, not an error. */
  found: boolean;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Paths left out because a `.gitignore` ignores them (a folder counts once). */
  ignored: string[];
}

export interface ExpandOptions {
  /** Only incident data (YAML, JSON) under folders, as `validate` reads. */
  dataOnly?: boolean;
}

interface IgnoreFile {
  base: string;
  rules: Ignore;
}

/**
 * Turns the paths on a command line into files: a folder stands for the documents under it,
 * recursively, in a stable order, leaving out what its repository's `.gitignore` files ignore
 * (build output, coverage), hidden folders and node_modules; a quoted glob stands for the files
 * it matches. Files named explicitly are kept whatever their name; a missing path is left for
 * the reader to report.
 */
export async function expandInputs(
  paths: readonly string[],
  options: ExpandOptions = {},
): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const ignored: string[] = [];
  const wanted = options.dataOnly ? DATA : DOCUMENT;
  for (const path of paths) {
    if (path === "-") {
      files.push({ path, found: false });
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const found: string[] = [];
      // A folder named on the command line is read even when a .gitignore above it ignores
      // it (a build or export folder): its own .gitignore files still apply inside it.
      const above = await ancestorIgnores(path);
      await walk(path, isIgnored(path, true, above) ? [] : above, wanted, found, ignored);
      pushAll(
        files,
        found.map((p) => ({ path: p, found: true })),
      );
    } else if (!info && /[*?[{]/.test(path)) {
      // A quoted pattern ("postmortems/**/*.md"), as shells on some systems leave them.
      const { glob } = await import("tinyglobby");
      const matched = (
        await glob(path, {
          ignore: ["**/node_modules/**"],
          onlyFiles: true,
          expandDirectories: false,
          absolute: isAbsolute(path),
        })
      ).sort();
      if (matched.length)
        pushAll(
          files,
          matched.map((p) => ({ path: p, found: true })),
        );
      else files.push({ path, found: false });
    } else files.push({ path, found: false });
  }
  return { files, ignored };
}

/** The `.gitignore` files above a folder, up to the top of its repository (a folder holding `.git`). */
async function ancestorIgnores(dir: string): Promise<IgnoreFile[]> {
  const chain: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const parent = dirname(at);
    if (parent === at) return [];
    at = parent;
    chain.unshift(at);
    if (await stat(join(at, ".git")).catch(() => undefined)) break;
  }
  const out: IgnoreFile[] = [];
  for (const base of chain) {
    const found = await readIgnoreFile(base);
    if (found) out.push(found);
  }
  return out;
}

async function readIgnoreFile(dir: string): Promise<IgnoreFile | undefined> {
  const text = await readFile(join(dir, ".gitignore"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  // Loaded with the first .gitignore; CommonJS, so the dynamic import takes module.exports.
  const { default: ignore } = await import("ignore");
  return { base: resolve(dir), rules: ignore().add(text) };
}

function isIgnored(path: string, directory: boolean, files: readonly IgnoreFile[]): boolean {
  const full = resolve(path);
  return files.some(({ base, rules }) => {
    const rel = relative(base, full);
    if (!rel || rel.startsWith("..") || isAbsolute(rel)) return false;
    return rules.ignores(rel.split(sep).join("/") + (directory ? "/" : ""));
  });
}

async function walk(
  dir: string,
  ignores: readonly IgnoreFile[],
  wanted: RegExp,
  out: string[],
  ignored: string[],
): Promise<void> {
  const own = await readIgnoreFile(dir);
  const rules = own ? [...ignores, own] : ignores;
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = join(dir, e.name);
    if (!e.isDirectory() && !(e.isFile() && wanted.test(e.name))) continue;
    if (isIgnored(full, e.isDirectory(), rules)) ignored.push(full);
    else if (e.isDirectory()) await walk(full, rules, wanted, out, ignored);
    else if (
      !/\.expected\.json$/.test(e.name) &&
      e.name !== "package.json" &&
      e.name !== "package-lock.json"
    )
      out.push(full);
  }
}
