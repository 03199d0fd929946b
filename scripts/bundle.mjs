#!/usr/bin/env node
// Bundles the command line (after tsc and build-assets) into a few files in dist/bin/. Node
// spends most of a cold start finding, reading and linking modules: one lint run loaded about
// 600 files. Each command stays a chunk of its own that loads only when it runs, so the bundle
// keeps the lazy loading of the unbundled build. The library (dist/index.js) is not bundled.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Node's ES module facade of node:process reads every property of process as it loads, which
// makes stdout and stdin (milliseconds of a cold start, and stdout a lint never writes to). A
// module that takes only the default export gets the global process instead; one that imports
// members by name keeps Node's module.
const FROM_PROCESS = /\b(?:import|export)([^;'"]*)\bfrom\s*["'](?:node:)?process["']/g;
const DEFAULT_CLAUSE = /^(?:[\w$]+|\{\s*default\s+as\s+[\w$]+\s*\})$/;
const onlyDefault = (source) =>
  [...source.matchAll(FROM_PROCESS)].every((m) => DEFAULT_CLAUSE.test(m[1].trim()));
const processGlobal = {
  name: "process-global",
  setup(bundle) {
    bundle.onResolve({ filter: /^(?:node:)?process$/ }, (args) =>
      // require("process") keeps Node's module: it wants the object itself, not a namespace.
      args.kind === "import-statement" && onlyDefault(readFileSync(args.importer, "utf8"))
        ? { path: "process", namespace: "process-global" }
        : undefined,
    );
    bundle.onLoad({ filter: /^process$/, namespace: "process-global" }, () => ({
      contents: "export default process;",
      loader: "js",
    }));
  },
};

// Chunk names carry a content hash: a stale chunk from an earlier build must not ship.
rmSync(join(root, "dist/bin"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // dist/bin is as deep as dist/cli, so the paths the code resolves from its own place
  // (package.json, templates/, schemas/) are the same bundled or not; lint-worker.js must sit
  // next to the chunk that starts it.
  entryPoints: { postmortem: "dist/cli/main.js", "lint-worker": "dist/cli/lint-worker.js" },
  outdir: "dist/bin",
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Less source to compile at every start; the source map names the TypeScript lines.
  minify: true,
  sourcemap: "linked",
  legalComments: "linked",
  // CommonJS dependencies (commander, handlebars' runtime, the generated validators) call
  // require() for Node's own modules, which ESM output has only through createRequire.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  // src/cli/version.ts: the version is written in, so no start reads package.json for it.
  define: {
    POSTMORTEM_VERSION: JSON.stringify(
      JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version,
    ),
  },
  plugins: [processGlobal],
  logLevel: "warning",
});
