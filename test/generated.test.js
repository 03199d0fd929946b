import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root } from "./helpers.js";

test("generated types and validators match the schema", () => {
  const r = spawnSync(process.execPath, [join(root, "scripts/generate.mjs"), "--check"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
});
