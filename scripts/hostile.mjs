#!/usr/bin/env node
// Hostile input, timed: for every shape and command, 64 KB against 256 KB (time must grow at most
// linearly: 256 KB within 6x of 64 KB, with a few milliseconds of slack for timer noise) and 1 MB
// within 10 seconds. Wall time, so it is a script (`npm run test:slow`), not a unit test: a busy
// machine slows a run; it retries a shape that misses before calling it slow.
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

const problems = [];
const rows = [];
for (const [name, op] of Object.entries(OPERATIONS)) {
  for (const [shape, unit] of Object.entries(SHAPES)) {
    // Warm up at the size measured: below it, the JIT and the collector make 64 KB look faster
    // per byte than it is.
    await best(op, of(unit, 64 * 1024), 2);
    let small = 0;
    let large = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      small = await best(op, of(unit, 64 * 1024), 3);
      large = await best(op, of(unit, 256 * 1024), 3);
      if (large <= 6 * small + 25) break;
    }
    const mb = await best(op, of(unit, 1024 * 1024), 1);
    rows.push({ command: name, shape, ms64k: Math.round(small), ms256k: Math.round(large), ms1m: Math.round(mb) });
    if (large > 6 * small + 25) problems.push(`${name} on ${shape}: 64 KB ${small.toFixed(0)} ms, 256 KB ${large.toFixed(0)} ms`);
    if (mb > 10_000) problems.push(`${name} on ${shape}: 1 MB took ${mb.toFixed(0)} ms`);
  }
}
const worst = [...rows].sort((a, b) => b.ms1m - a.ms1m).slice(0, 5);
console.log(`hostile input: ${rows.length} command x shape pairs; slowest at 1 MB:`);
for (const r of worst) console.log(`  ${r.command} on ${r.shape}: 64 KB ${r.ms64k} ms, 256 KB ${r.ms256k} ms, 1 MB ${r.ms1m} ms`);
if (problems.length) {
  console.log(`${problems.length} failed:`);
  for (const p of problems) console.log(`  ${p}`);
  process.exitCode = 1;
} else console.log(`${rows.length * 2} passed, 0 failed`);
