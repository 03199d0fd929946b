// The package's bin (dist/bin/postmortem.js) runs the bundled program from the V8 code cache
// the build made. Under coverage (`npm test`) it loads the program through Node's loader
// instead, so these tests run it without NODE_V8_COVERAGE: the path users take.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, example, fixture, root } from "./helpers.js";

const fromCache = { NODE_V8_COVERAGE: undefined };

function compileWith(cache) {
  const code = `
    import { readFileSync } from "node:fs";
    import { compileProgram } from "./dist/cli/program-script.js";
    const file = "dist/bin/cli.js";
    const script = compileProgram(file, readFileSync(file, "utf8"), ${cache});
    console.log(JSON.stringify({ rejected: script.cachedDataRejected }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...fromCache },
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test("bin: the build made one code cache, and this Node's V8 accepts it", () => {
  const caches = readdirSync(join(root, "dist/bin")).filter((f) => f.endsWith(".cache"));
  assert.equal(caches.length, 1, caches.join(", "));
  assert.deepEqual(compileWith(`readFileSync("dist/bin/${caches[0]}")`), { rejected: false });
});

test("bin: a cache V8 refuses costs only time: the program compiles from its source", () => {
  assert.deepEqual(compileWith(`Buffer.from("not a code cache")`), { rejected: true });
});

test("bin: every command says the same from the code cache as through Node's loader", () => {
  const dir = mkdtempSync(join(tmpdir(), "pm-bin-"));
  const draft = join(dir, "draft.md");
  writeFileSync(draft, cli(["render", example("gluster-docs-2018-11-20.yaml")]).stdout);
  // A JavaScript config is loaded with import(), which a CommonJS script cannot do itself.
  writeFileSync(
    join(dir, "postmortem.config.mjs"),
    'export default { rules: { "action-item-ticket": "off" } };\n',
  );
  const runs = [
    ["--version"],
    ["--help"],
    ["lint", draft],
    ["lint", "--format", "json", "--config", join(dir, "postmortem.config.mjs"), draft],
    ["lint", "--no-config-lookup", fixture("real")],
    ["render", example("gluster-docs-2018-11-20.yaml"), "--format", "email"],
    ["parse", fixture("parse", "qp-multipart.eml")],
    ["parse", fixture("parse", "archive.mbox")],
    ["validate", example("registry-outage-2024-03-09.yaml")],
    ["actions", draft],
    ["stats", "--no-config-lookup", "--as-of", "2025-12-03", fixture("stats")],
    ["lint", join(dir, "missing.md")],
  ];
  const coverage = mkdtempSync(join(tmpdir(), "pm-bin-coverage-"));
  for (const args of runs) {
    const cached = cli(args, { env: fromCache });
    const loaded = cli(args, { env: { NODE_V8_COVERAGE: coverage } });
    assert.deepEqual(cached, loaded, args.join(" "));
    assert.ok(cached.code === 0 || cached.code === 1 || args[1]?.endsWith("missing.md"));
  }
});
