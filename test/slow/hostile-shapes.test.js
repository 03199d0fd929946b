// Every command takes 64 KB of every hostile shape whole, without a throw or a crashed rule.
// How time grows with size, and the 1 MB bound, are measured by scripts/hostile.mjs: wall time
// on a shared machine is no ground for a test to fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SHAPES, OPERATIONS, of } from "../hostile-shapes.js";

for (const [name, op] of Object.entries(OPERATIONS)) {
  test(
    `hostile input: ${name} takes 64 KB of every shape without throwing`,
    { timeout: 300_000 },
    async () => {
      for (const [shape, unit] of Object.entries(SHAPES)) {
        const result = await op(of(unit, 64 * 1024));
        if (typeof result === "object" && "file" in result)
          assert.ok(
            !result.file.messages.some((m) => /Rule crashed/.test(m.reason)),
            `${name} on ${shape}`,
          );
      }
    },
  );
}
