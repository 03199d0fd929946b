import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../helpers.js";

const run = (cmd, args, cwd) =>
  spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      npm_config_loglevel: "error",
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
    },
  });

test("the packed tarball installs and its bin runs", { timeout: 240_000 }, () => {
  const packDir = mkdtempSync(join(tmpdir(), "pm-pack-"));
  // --ignore-scripts: the test run has just built dist, so prepack need not build it again.
  const packed = run("npm", ["pack", "--ignore-scripts", "--pack-destination", packDir], root);
  assert.equal(packed.status, 0, packed.stderr);
  const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
  assert.ok(tarball);
  const listing = run("tar", ["-tzf", join(packDir, tarball)], packDir).stdout;
  for (const f of [
    "package/dist/bin/postmortem.js",
    "package/dist/bin/lint-worker.js",
    "package/dist/bin/cli.js",
    "package/dist/bin/import-file.js",
    // Without it, dist/bin's CommonJS files would load as ES modules ("type": "module").
    "package/dist/bin/package.json",
    "package/dist/index.d.ts",
    "package/schemas/postmortem.schema.json",
    "package/examples/gluster-docs-2018-11-20.yaml",
    "package/dist/validate/generated/incident-validator.cjs",
  ])
    assert.ok(listing.includes(f), `${f} is in the tarball`);
  assert.ok(!listing.includes("package/test/"), "tests are not shipped");
  assert.match(
    listing,
    /package\/dist\/bin\/cli\.[0-9a-f]{16}\.cache/,
    "the code cache is shipped",
  );

  const app = mkdtempSync(join(tmpdir(), "pm-app-"));
  writeFileSync(join(app, "package.json"), '{"name":"app","version":"1.0.0","private":true}\n');
  const installed = run(
    "npm",
    ["install", "--prefer-offline", "--no-package-lock", join(packDir, tarball)],
    app,
  );
  assert.equal(installed.status, 0, installed.stderr);
  const help = run("npx", ["--no-install", "postmortem", "--help"], app);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /Usage: postmortem/);
  const valid = run(
    "npx",
    [
      "--no-install",
      "postmortem",
      "validate",
      "node_modules/postmortem/examples/gluster-docs-2018-11-20.yaml",
    ],
    app,
  );
  assert.equal(valid.status, 0, valid.stderr);
  const lib = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      "import { validateIncident } from 'postmortem'; console.log(validateIncident({ title: 'x', date: '2018-11-20' }).valid)",
    ],
    app,
  );
  assert.equal(lib.stdout.trim(), "true", lib.stderr);
});
