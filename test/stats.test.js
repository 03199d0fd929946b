import { test } from "node:test";
import assert from "node:assert/strict";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import stringWidth from "string-width";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { cli, root, runs, STATS_FIXTURES } from "./helpers.js";
import { markdownlintProblems } from "./markdown-check.js";
import { incident as arbitraryIncident } from "./arbitraries.js";
import { computeStats } from "../dist/stats/compute-stats.js";
import { statsCsv, statsJson, statsNdjson } from "../dist/stats/format/rows.js";
import { statsText } from "../dist/stats/format/text.js";
import { statsMarkdown } from "../dist/stats/format/markdown.js";
import { statsHtml } from "../dist/stats/format/html.js";

const FORMATS = {
  json: "json",
  csv: "csv",
  ndjson: "ndjson",
  markdown: "md",
  email: "txt",
  table: "table.txt",
  html: "html",
};
const SETS = {
  fixtures: [
    "test/fixtures/stats",
    "--as-of",
    "2025-12-03",
    "--tz",
    "Europe/Paris",
    "-g",
    "severity",
    "-g",
    "service",
  ],
  real: ["test/fixtures/real", "--as-of", "2026-12-03"],
};
const golden = (set, ext) => join(root, "test/golden/stats", `${set}.${ext}`);
const output = (set, format) => cli(["stats", ...SETS[set], "--no-config-lookup", "-f", format]);

for (const set of Object.keys(SETS)) {
  test(`stats: every format of the ${set} set matches its golden file`, () => {
    mkdirSync(join(root, "test/golden/stats"), { recursive: true });
    for (const [format, ext] of Object.entries(FORMATS)) {
      const r = output(set, format);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /statistics as of \d{4}-\d{2}-\d{2} \(--as-of\)/);
      const path = golden(set, ext);
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, r.stdout);
      assert.equal(r.stdout, readFileSync(path, "utf8"), `${format} differs from ${path}`);
    }
  });
}

test("stats: the JSON validates against schemas/stats.schema.json", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(
    JSON.parse(readFileSync(join(root, "schemas/stats.schema.json"), "utf8")),
  );
  for (const set of Object.keys(SETS)) {
    const report = JSON.parse(readFileSync(golden(set, "json"), "utf8"));
    assert.equal(validate(report), true, JSON.stringify(validate.errors, null, 2));
  }
});

test("stats: the figures of the fixture set are the ones a reader counts by hand", () => {
  const r = JSON.parse(readFileSync(golden("fixtures", "json"), "utf8"));
  // 10 documents: a gameday and a maintenance are excluded, a near miss is counted apart.
  assert.equal(r.incidents.total, 7);
  assert.equal(r.incidents.nearMisses, 1);
  assert.deepEqual(
    r.incidents.excluded.map((e) => e.reason),
    ["tagged gameday", "tagged maintenance"],
  );
  assert.deepEqual(r.incidents.bySeverity, { SEV1: 2, SEV2: 2, SEV3: 3 });
  assert.equal(r.incidents.byTag.service.api, 3);
  // Time to detect, minutes: 5, 15, 90, 20, 105, 4, 150.
  assert.deepEqual(
    [
      r.durations.timeToDetect.n,
      r.durations.timeToDetect.median,
      r.durations.timeToDetect.min,
      r.durations.timeToDetect.max,
    ],
    [7, 20, 4, 150],
  );
  // Two escalations only: listed, not summarised.
  assert.deepEqual(r.durations.timeToEscalate, { n: 2, values: [13, 60] });
  assert.equal(r.actionItems.overdue.length, 7);
  assert.equal(r.actionItems.overdue[0].daysOverdue, 277);
  assert.equal(r.actionItems.completionRate, 0.2);
  const problems = r.dataQuality.problems.map(
    (p) => `${p.file.split("/").pop()}:${p.line}:${p.column}: ${p.message}`,
  );
  assert.ok(
    problems.some((p) =>
      /^2025-11-12-search-rebuild\.yaml:\d+:\d+: The "resolved" entry is before the "mitigated" entry/.test(
        p,
      ),
    ),
    problems.join("\n"),
  );
  // API incidents on 2025-01-14, 03-21 and 06-30: the first two are 66 days apart, the last 101.
  const api = r.related.find((g) => g.tag === "service:api");
  assert.deepEqual(
    api.incidents.map((x) => x.date),
    ["2025-01-14", "2025-03-21"],
  );
});

test("stats: every format keeps to its medium (markdownlint, 72 columns, no script or network in HTML)", () => {
  assert.deepEqual(markdownlintProblems(readFileSync(golden("fixtures", "md"), "utf8")), []);
  assert.deepEqual(markdownlintProblems(readFileSync(golden("real", "md"), "utf8")), []);
  for (const set of Object.keys(SETS)) {
    const mail = readFileSync(golden(set, "txt"), "utf8");
    // A word longer than the line (a long file path) stands alone rather than being cut.
    for (const line of mail.split("\n"))
      assert.ok(
        stringWidth(line) <= 72 || !/\S\s+\S/.test(line.trim()),
        `over 72 columns: ${line}`,
      );
    const html = readFileSync(golden(set, "html"), "utf8");
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.doesNotMatch(html, /<script|\bsrc=|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const charts = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    assert.ok(charts.length >= 5, `${set}: ${charts.length} charts`);
    for (const svg of charts) assert.match(svg, /<(?:rect|circle|path) /, "every chart has marks");
  }
});

test("stats: --fail-on exits 1 when a condition holds; bad flags are usage errors", () => {
  const base = [...STATS_FIXTURES, "-f", "json"];
  const failing = cli([...base, "--fail-on", "overdue>0"]);
  assert.equal(failing.code, 1);
  assert.match(failing.stderr, /--fail-on overdue>0: overdue is 7/);
  assert.equal(cli([...base, "--fail-on", "overdue>7"]).code, 0);
  /** @type {Array<[string, string, RegExp]>} */
  const bad = [
    ["--fail-on", "overdue>>1", /is not a condition/],
    ["--fail-on", "bugs>1", /"bugs" is not a figure/],
    ["--tz", "Mars/Olympus", /--tz must be a time zone/],
    ["--as-of", "2025-13-40", /--as-of must be a date/],
    ["--repeat-window", "soon", /--repeat-window takes a number of days/],
  ];
  for (const [flag, value, message] of bad) {
    const r = cli([...base, flag, value]);
    assert.equal(r.code, 2, `${flag} ${value}`);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test("stats: a config file's stats key sets the defaults", () => {
  const dir = join(root, "test/fixtures/stats");
  const config = join(root, "test/fixtures/stats-config.yaml");
  const r = cli(["stats", dir, "--as-of", "2025-12-03", "-c", config, "-f", "json"]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.timezone, "America/New_York");
  assert.equal(report.repeatWindowDays, 30);
  // Maintenance counts once it is no longer an excluded tag.
  assert.equal(report.incidents.total, 8);
});

test("stats: a folder named on the command line is read even when a .gitignore above it ignores it", () => {
  const repo = mkdtempSync(join(tmpdir(), "pm-stats-"));
  mkdirSync(join(repo, ".git"));
  mkdirSync(join(repo, "exported"));
  writeFileSync(join(repo, ".gitignore"), "exported/\n");
  copyFileSync(
    join(root, "test/fixtures/stats/2025-09-09-db-disk-full.yaml"),
    join(repo, "exported/a.yaml"),
  );
  const r = cli(["stats", "exported", "--as-of", "2025-12-03", "--no-lint", "-f", "json"], {
    cwd: repo,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).incidents.total, 1);
});

test("stats: a large folder is read on worker threads with the same figures, in order, failures reported", () => {
  const dir = mkdtempSync(join(tmpdir(), "pm-stats-many-"));
  const names = readdirSync(join(root, "test/fixtures/stats"));
  for (let k = 0; k < 21; k++)
    for (const name of names)
      copyFileSync(
        join(root, "test/fixtures/stats", name),
        join(dir, `${String(k).padStart(2, "0")}-${name}`),
      );
  writeFileSync(join(dir, "zz-too-big.md"), `# Too big\n\n${"x".repeat(9000)}\n`);
  const r = cli([
    "stats",
    dir,
    "--as-of",
    "2025-12-03",
    "--no-config-lookup",
    "--max-bytes",
    "8KB",
    "-f",
    "json",
  ]);
  assert.equal(r.code, 2, "an unreadable file makes the run an I/O failure");
  assert.match(r.stderr, /zz-too-big\.md: /);
  const report = JSON.parse(r.stdout);
  assert.equal(report.rows.length, 210);
  assert.deepEqual(
    [report.incidents.total, report.incidents.nearMisses, report.incidents.excluded.length],
    [147, 21, 42],
  );
  assert.deepEqual(
    report.rows.map((x) => x.file),
    [...report.rows.map((x) => x.file)].sort(),
  );
  assert.equal(report.actionItems.overdue.length, 7 * 21);
});

test("stats: incident data on stdin is read as data, even when it opens with a comment", () => {
  const yaml = readFileSync(join(root, "examples/gluster-docs-2018-11-20.yaml"), "utf8");
  assert.match(yaml, /^# /, "the example opens with a YAML comment");
  const r = cli(["stats", "-", "--as-of", "2026-12-03", "--no-config-lookup", "-f", "json"], {
    input: yaml,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).rows[0].title, "docs.gluster.org outage on 20 November 2018");
});

// Documents drawn at random: each incident gets a file name of its own.
const documents = fc
  .array(arbitraryIncident, { maxLength: 12 })
  .map((xs) =>
    xs.map((incident, i) => ({ file: `doc-${String(i).padStart(2, "0")}.yaml`, incident })),
  );

test("property: quantiles are ordered within the range, and group counts add up to the total", () => {
  fc.assert(
    fc.property(
      documents,
      fc.constantFrom("severity", "status", "month", "quarter", "year"),
      (docs, key) => {
        const r = computeStats(docs, { asOf: "2030-01-01", groupBy: [key] });
        const summaries = [
          ...Object.values(r.durations).filter((s) => "n" in s),
          r.people.participantsPerIncident,
        ];
        for (const s of summaries) {
          if (s.values) continue;
          assert.ok(
            s.min <= s.p25 &&
              s.p25 <= s.median &&
              s.median <= s.p75 &&
              s.p75 <= s.p90 &&
              s.p90 <= s.max,
            JSON.stringify(s),
          );
        }
        assert.equal(
          r.groups.rows.reduce((n, g) => n + g.count, 0),
          r.incidents.total,
        );
        assert.equal(
          Object.values(r.incidents.bySeverity).reduce((a, b) => a + b, 0),
          r.incidents.total,
        );
      },
    ),
    { numRuns: runs(200) },
  );
});

test("property: the order of the documents changes no byte of any format", () => {
  fc.assert(
    fc.property(
      documents.chain((docs) =>
        fc.tuple(
          fc.constant(docs),
          fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }),
        ),
      ),
      ([docs, shuffled]) => {
        const options = { asOf: "2030-01-01", tz: "Asia/Tokyo", groupBy: ["severity", "service"] };
        const a = computeStats(docs, options);
        const b = computeStats(shuffled, options);
        for (const format of [
          statsJson,
          statsCsv,
          statsNdjson,
          statsText,
          statsMarkdown,
          statsHtml,
        ])
          assert.equal(format(b), format(a));
      },
    ),
    { numRuns: runs(100) },
  );
});

test("stats: its lint figures are the ones lint gives for the same files, the rules across documents included", () => {
  const dir = join(root, "test/fixtures/stats");
  const linted = JSON.parse(cli(["lint", dir, "--no-config-lookup", "--format", "json"]).stdout);
  const messages = linted.flatMap((f) => f.messages);
  assert.ok(
    messages.some((m) => m.ruleId === "repeat-incident"),
    "a repeat in the set",
  );
  const report = JSON.parse(
    cli(["stats", dir, "--as-of", "2025-12-03", "--no-config-lookup", "-f", "json"]).stdout,
  );
  assert.deepEqual(
    [report.dataQuality.lint.errors, report.dataQuality.lint.warnings],
    [
      messages.filter((m) => m.severity === 2).length,
      messages.filter((m) => m.severity === 1).length,
    ],
  );
});
