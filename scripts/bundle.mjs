#!/usr/bin/env node
// Bundles the command line (after tsc and build-assets) into dist/bin/, then records V8's code
// cache for it. Node spends most of a cold start finding, reading and compiling modules: one
// lint run of the unbundled build loaded about 600 files. The library (dist/index.js) is not
// bundled.
//
// dist/bin/ holds:
// - cli.js: the whole command line, one CommonJS script. Commands and what only some inputs need
//   (mail, JSON Schema, templates) stay lazy: they are compiled and run only when used.
// - postmortem.js: the package's bin, a few lines that run cli.js from the code cache.
// - cli.<hash>.cache: V8's code for cli.js after a lint of a Markdown draft, named for the
//   bundle it was made from, so a cache can never be read for another build.
// - lint-worker.js: the thread that lints a folder's files in parallel.
// - import-file.js: loads a JavaScript config file; import() works only in a module file.
// Why CommonJS: Node 20 keeps no compiled code for ES modules (no code cache), and its ES
// module loader costs more per start than require().
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/bin");

// Dependencies that ship CommonJS and load only for some commands or inputs: require() reads
// them from node_modules when they are needed, so they add nothing to the script every start
// compiles. Packages that are ES modules only are bundled (a CommonJS script cannot load them).
const LAZY_PACKAGES = [
  "ajv",
  "ajv-formats",
  "handlebars",
  "ignore",
  "lilconfig",
  "postal-mime",
  "smol-toml",
  "tinyglobby",
  "yaml",
];

const common = {
  absWorkingDir: root,
  outdir: out,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // Less source to read and compile; the source map names the TypeScript lines.
  minify: true,
  sourcemap: "linked",
  legalComments: "linked",
  // import.meta.url is where the code finds its neighbours (templates/, schemas/, the worker);
  // dist/bin is as deep as dist/cli, so the relative paths hold bundled or not.
  banner: { js: 'var __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
};

const define = {
  "import.meta.url": "__importMetaUrl",
  // src/cli/version.ts: the version is written in, so no start reads package.json for it.
  POSTMORTEM_VERSION: JSON.stringify(
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version,
  ),
};

const importFile = {
  name: "import-file",
  setup(bundle) {
    bundle.onResolve({ filter: /\/util\/import-file\.js$/ }, () => ({
      path: "./import-file.js",
      external: true,
    }));
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: "dist/cli/main.js", "lint-worker": "dist/cli/lint-worker.js" },
  external: LAZY_PACKAGES.flatMap((p) => [p, `${p}/*`]),
  // import() of a bundled module becomes a lazy require of it.
  supported: { "dynamic-import": false },
  define,
  plugins: [importFile],
});
await build({ ...common, entryPoints: { "import-file": "dist/util/import-file.js" } });
// .js files here are CommonJS, whatever the package's "type".
writeFileSync(join(out, "package.json"), '{ "type": "commonjs" }\n');

// esbuild escapes what is not ASCII in strings, not in regular expressions. An ASCII script is
// read and held by V8 at one byte a character (the launcher reads it as latin1), half the bytes
// of a script with a single "•" in it: 8 ms of a 180 ms start. \uXXXX means the same character
// in a pattern; the columns of the lines that had one move by a few characters in the map.
const program = join(out, "cli.js");
const source = readFileSync(program, "utf8").replace(/[^\0-\x7f]/gu, (c) => {
  if (c.length > 1) throw new Error(`cli.js: no escape here for ${c} (outside the BMP)`);
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
});
writeFileSync(program, source);
const cacheName = `cli.${createHash("sha256").update(source).digest("hex").slice(0, 16)}.cache`;
await build({
  ...common,
  entryPoints: { postmortem: "dist/cli/launcher.js" },
  define: { ...define, CODE_CACHE: JSON.stringify(cacheName) },
});

// The run the cache is made from: a lint of a Markdown draft (the bundled example, rendered),
// the start users wait for most. What other commands compile beyond it is compiled at their start.
const draft = spawnSync(
  process.execPath,
  [join(out, "postmortem.js"), "render", join(root, "examples/gluster-docs-2018-11-20.yaml")],
  { encoding: "utf8" },
);
if (draft.status !== 0) throw new Error(`render for the code cache failed: ${draft.stderr}`);
const trained = spawnSync(
  process.execPath,
  [join(root, "scripts/code-cache.mjs"), program, join(out, cacheName), "lint", "-"],
  { input: draft.stdout, encoding: "utf8" },
);
if (trained.status !== 0 && trained.status !== 1)
  throw new Error(`the lint run for the code cache failed: ${trained.stderr}`);
