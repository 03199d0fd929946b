import { pathToFileURL } from "node:url";

/**
 * A JavaScript file loaded as Node's `import()` loads it (ES module or CommonJS). In the bundled
 * command line this module stays a file of its own (dist/bin/import-file.js): the bundle is a
 * CommonJS script, in which import() cannot load a module.
 */
export async function importFile(path: string): Promise<unknown> {
  return import(pathToFileURL(path).href);
}
