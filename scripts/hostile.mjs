#!/usr/bin/env node
// Hostile input, timed (`npm run bench:hostile`): for every shape and command, 256 KB against
// 1 MB, and 1 MB within 10 seconds. Four times the input may take at most eight times as long (plus a few milliseconds of
// timer noise): quadratic work takes sixteen, while the collector's steps as the heap grows
// cost linear work up to about twice its share at one size. Below 256 KB a run fits in the young
// generation, so small inputs look faster per byte than they are; the bench starts this script
// with a larger young generation for the same reason. Wall time is no ground for a test to fail
// on a shared machine, so CI (`npm run test:slow`) runs it with --no-timing: 1 MB of every shape
// through every command, which must finish without a throw, its times printed, not judged.
import { SHAPES, OPERATIONS, of } from "../test/hostile-shapes.js";

async function best(op, text, runs) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await op(text);
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const timing = !process.argv.includes("--no-timing");
const SMALL = 256 * 1024;
const LARGE = 1024 * 1024;
const linear = (small, large) => large <= 8 * small + 25;
const problems = [];
const rows = [];
for (const [name, op] of Object.entries(OPERATIONS)) {
  for (const [shape, unit] of Object.entries(SHAPES)) {
    if (!timing) {
      try {
        rows.push({
          command: name,
          shape,
          small: 0,
          large: Math.round(await best(op, of(unit, LARGE), 1)),
        });
      } catch (error) {
        problems.push(`${name} on ${shape}: 1 MB threw ${error?.stack ?? error}`);
      }
      continue;
    }
    // Warm up at the size measured, so the JIT has settled before the clock starts.
    await best(op, of(unit, SMALL), 1);
    let small = await best(op, of(unit, SMALL), 3);
    let large = await best(op, of(unit, LARGE), 1);
    for (let attempt = 0; attempt < 2 && !linear(small, large); attempt++) {
      small = await best(op, of(unit, SMALL), 3);
      large = await best(op, of(unit, LARGE), 2);
    }
    rows.push({ command: name, shape, small: Math.round(small), large: Math.round(large) });
    if (!linear(small, large))
      problems.push(
        `${name} on ${shape}: 256 KB ${small.toFixed(0)} ms, 1 MB ${large.toFixed(0)} ms`,
      );
    if (large > 10_000) problems.push(`${name} on ${shape}: 1 MB took ${large.toFixed(0)} ms`);
  }
}
const worst = [...rows].sort((a, b) => b.large - a.large).slice(0, 5);
console.log(`hostile input: ${rows.length} command x shape pairs; slowest at 1 MB:`);
for (const r of worst)
  console.log(
    `  ${r.command} on ${r.shape}: ${timing ? `256 KB ${r.small} ms, ` : ""}1 MB ${r.large} ms`,
  );
if (problems.length) {
  console.log(`${problems.length} failed:`);
  for (const p of problems) console.log(`  ${p}`);
  process.exitCode = 1;
} else console.log(`${timing ? rows.length * 2 : rows.length} passed, 0 failed`);
