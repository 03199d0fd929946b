#!/usr/bin/env node
// Bundles the command line (after tsc and build-assets) into a few files in dist/bin/. Node
// spends most of a cold start finding, reading and linking modules: one lint run loaded about
// 600 files. Each command stays a chunk of its own that loads only when it runs, so the bundle
// keeps the lazy loading of the unbundled build. The library (dist/index.js) is not bundled.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

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
  logLevel: "warning",
});
