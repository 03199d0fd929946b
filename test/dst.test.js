// Local times that happen twice or never: every daylight-saving change in 2015-2026 of the zones
// the real documents use is found, and times around it are written into a timeline and read back.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { runs } from "./helpers.js";
import { parseDocument } from "../dist/parse/parse-document.js";
import { lintText, applyFixes } from "../dist/lint/engine.js";
import { zoneOffset } from "../dist/parse/time/zones.js";

// PST/PDT and US/Pacific, EST/EDT, CDT, CET, BST in the real documents, by their zones.
const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "America/Chicago",
  "Europe/Paris",
  "Europe/London",
];
const HOUR = 3600_000;
const MINUTE = 60_000;

/** Every change of offset in 2015-2026: the moment, and the offsets before and after. */
function transitions(zone) {
  const out = [];
  let t = Date.UTC(2015, 0, 1);
  let offset = zoneOffset(zone, t);
  for (; t < Date.UTC(2027, 0, 1); t += 6 * HOUR) {
    const next = zoneOffset(zone, t + 6 * HOUR);
    if (next === offset) continue;
    let lo = t;
    let hi = t + 6 * HOUR;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (zoneOffset(zone, mid) === offset) lo = mid;
      else hi = mid;
    }
    out.push({ zone, at: hi, before: offset, after: next });
    offset = next;
  }
  return out;
}

const ALL = ZONES.flatMap(transitions);
const iso = (ms) => new Date(ms).toISOString();
const wall = (ms) => iso(ms).slice(11, 16);

/** A Markdown post-mortem whose timeline is in `zone`, one entry per wall time (ms as if UTC). */
function document(zone, walls) {
  const day = iso(walls[0]).slice(0, 10);
  const rows = walls.map(
    (w, i) => `| ${iso(w).slice(0, 10)} ${wall(w)} | Step ${i + 1} of the change |`,
  );
  return `# Deploy outage\n\n- **Date:** ${day}\n\n## Summary\n\nA deploy went wrong.\n\n## Timeline\n\nAll times in ${zone}.\n\n| Time | Event |\n| --- | --- |\n${rows.join("\n")}\n`;
}

async function read(zone, walls) {
  const [p] = await parseDocument(document(zone, walls), { path: "t.md" });
  return {
    times: p.incident.timeline.map((e) => Date.parse(e.time)),
    dst: p.file.messages.filter((m) => m.ruleId === "parse/dst"),
  };
}

test("dst: every zone the real documents use changes twice a year in 2015-2026", () => {
  for (const zone of ZONES) assert.equal(ALL.filter((t) => t.zone === zone).length, 24, zone);
});

test("property: a wall time in a skipped or repeated hour is read one way of the two, in order, and said", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ALL),
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      async (t, where) => {
        const width = Math.abs(t.after - t.before) * MINUTE;
        const spring = t.after > t.before;
        // The window of wall times that are skipped (spring) or repeated (autumn).
        const start = t.at + (spring ? t.before : t.after) * MINUTE;
        const ambiguous = start + Math.floor((where * width) / MINUTE) * MINUTE;
        const before = t.at + t.before * MINUTE - 2 * HOUR;
        const after = t.at + t.after * MINUTE + 2 * HOUR;
        const { times, dst } = await read(t.zone, [before, ambiguous, after]);
        assert.equal(dst.length, 1, `${t.zone} ${iso(ambiguous)}: ${dst.map(String).join("; ")}`);
        assert.equal(dst[0].line, 16);
        assert.match(dst[0].reason, spring ? /does not exist/ : /happens twice/);
        const readings = [ambiguous - t.before * MINUTE, ambiguous - t.after * MINUTE];
        assert.ok(readings.includes(times[1]), "one of the two readings");
        assert.ok(times[0] <= times[1] && times[1] <= times[2], "in order");
        assert.equal(times[0], before - t.before * MINUTE);
        assert.equal(times[2], after - t.after * MINUTE);
      },
    ),
    { numRuns: runs(600) },
  );
});

test("property: in a repeated hour, an entry earlier on the clock than the one before it is the second pass", async () => {
  const autumn = ALL.filter((t) => t.after < t.before);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...autumn),
      fc.integer({ min: 20, max: 50 }),
      async (t, minute) => {
        const first = t.at + t.after * MINUTE + minute * MINUTE;
        const second = first - 15 * MINUTE;
        const { times, dst } = await read(t.zone, [first - 2 * HOUR, first, second]);
        assert.equal(dst.length, 2);
        assert.equal(times[1], first - t.before * MINUTE, "the first pass");
        assert.equal(times[2], second - t.after * MINUTE, "the second pass, which keeps the order");
        assert.match(dst[1].reason, /keeps the timeline in order/);
      },
    ),
    { numRuns: runs(200) },
  );
});

test("property: a wall time away from any change is exact and says nothing", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ALL),
      fc.integer({ min: 3, max: 20 * 24 }),
      async (t, hours) => {
        const utc = t.at + hours * HOUR;
        const local = utc + zoneOffset(t.zone, utc) * MINUTE;
        const { times, dst } = await read(t.zone, [local]);
        assert.deepEqual(dst, []);
        assert.equal(times[0], utc);
      },
    ),
    { numRuns: runs(300) },
  );
});

test("dst: lint reports a guessed time, and --fix leaves the timeline's wall times as written", async () => {
  const t = ALL.find(
    (x) => x.zone === "America/Los_Angeles" && x.at > Date.UTC(2024, 0, 1) && x.after > x.before,
  );
  const gap = t.at + t.before * MINUTE + 30 * MINUTE;
  const text = document(t.zone, [gap - HOUR, gap, gap + HOUR]);
  const result = await lintText(text, { path: "t.md" });
  const found = result.file.messages.filter((m) => m.ruleId === "timeline-unambiguous-time");
  assert.equal(found.length, 1);
  assert.match(found[0].reason, /^02:30 on 2024-03-10 does not exist in America\/Los_Angeles/);
  const fixed = applyFixes(text, result.fixes);
  for (const w of [gap - HOUR, gap, gap + HOUR])
    assert.ok(fixed.includes(`| ${iso(w).slice(0, 10)} ${wall(w)} |`), `${wall(w)} kept`);
});
