import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const bin = join(root, "dist/bin/postmortem.js");

/** Runs the CLI as a user would and returns what they see. */
export function cli(args, options = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: options.encoding ?? "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    // A command that hangs fails its test instead of holding the whole run.
    timeout: options.timeout ?? 300_000,
    killSignal: "SIGKILL",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const fixture = (...p) => join(root, "test/fixtures", ...p);

/** `postmortem stats` over the stats fixtures, on a fixed day and with no config from around. */
export const STATS_FIXTURES = [
  "stats",
  "test/fixtures/stats",
  "--as-of",
  "2025-12-03",
  "--no-config-lookup",
];
export const example = (name) => join(root, "examples", name);

// Property tests in `npm test` replay one seed, so a red CI run can be reproduced; `npm run
// fuzz` draws a new seed and many more cases, and prints the seed of any failure.
import fc from "fast-check";
const seed = process.env.FC_SEED ?? (process.env.FUZZ ? undefined : "20181120");
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

/**
 * Cases for a property: a fifth of its count in `npm test`, so the default run stays quick; the
 * whole count (same seed) in `npm run test:slow`, which CI also runs; FUZZ cases in `npm run fuzz`.
 */
export const runs = (n) => {
  if (process.env.FUZZ) return Number(process.env.FUZZ);
  return process.env.ALL_CASES ? n : Math.ceil(n / 5);
};
