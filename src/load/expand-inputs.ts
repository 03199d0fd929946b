import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { pushAll } from "../util/push-all.js";

/** Files a folder argument stands for: every post-mortem format we read. */
const DOCUMENT = /\.(?:md|markdown|mdx|txt|eml|mbox|ya?ml|json)$/i;

/**
 * Turns the paths on a command line into files: a folder stands for the documents under it,
 * recursively (hidden folders and node_modules skipped), in a stable order, and a quoted glob
 * for the files it matches. Files named explicitly are kept whatever their extension; a
 * missing path is left for the reader to report.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (path === "-") {
      out.push(path);
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) pushAll(out, (await walk(path)));
    else if (!info && /[*?[{]/.test(path)) {
      // A quoted pattern ("postmortems/**/*.md"), as shells on some systems leave them.
      const { glob } = await import("tinyglobby");
      const found = (await glob(path, { ignore: ["**/node_modules/**"], onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) })).sort();
      pushAll(out, (found.length ? found : [path]));
    } else out.push(path);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) pushAll(out, (await walk(full)));
    else if (e.isFile() && DOCUMENT.test(e.name) && !/\.expected\.json$/.test(e.name) && e.name !== "package.json" && e.name !== "package-lock.json") out.push(full);
  }
  return out;
}
