import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readdirSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, example, root } from "./helpers.js";
import { loadIncidentText, validateIncident } from "../dist/index.js";

const base = `title: Example\ndate: "2018-11-20"\n`;

/** @type {Array<[name: string, file: string, content: string, message: string | null, line: number, column: number | null, code: number]>} */
const cases = [
  [
    "title of the wrong type",
    "a.yaml",
    `title: 5\ndate: "2018-11-20"\n`,
    "title must be a string, got a number 5",
    1,
    8,
    1,
  ],
  ["missing title", "a.yaml", `date: "2018-11-20"\n`, 'Missing required property "title"', 1, 1, 1],
  ["missing date", "a.yaml", `title: x\n`, 'Missing required property "date"', 1, 1, 1],
  [
    "impossible date",
    "a.yaml",
    `title: x\ndate: 2018-13-01\n`,
    'date must be a date such as 2018-11-20 (YYYY-MM-DD), got "2018-13-01"',
    2,
    7,
    1,
  ],
  [
    "date with a time",
    "a.yaml",
    `title: x\ndate: 2018-11-20T05:00:00Z\n`,
    "date must be a date such as 2018-11-20",
    2,
    7,
    1,
  ],
  [
    "local time without a zone",
    "a.yaml",
    `${base}timeline:\n  - time: "2018-11-20 05:00"\n    event: x\n`,
    'timeline[0].time must be a UTC date-time such as 2018-11-20T05:00:00Z (got "2018-11-20 05:00", a local time without a zone)',
    4,
    11,
    1,
  ],
  [
    "time with an offset",
    "a.yaml",
    `${base}timeline:\n  - event: a\n    time: 2018-11-20T05:00:00+02:00\n`,
    "timeline[0].time must be a UTC date-time",
    5,
    11,
    1,
  ],
  [
    "bare clock time",
    "a.yaml",
    `${base}timeline:\n  - {time: "2018-11-20T05:00:00Z", event: a}\n  - {time: "bogus", event: b}\n`,
    'timeline[1].time must be a UTC date-time such as 2018-11-20T05:00:00Z (got "bogus")',
    5,
    12,
    1,
  ],
  [
    "unknown timeline kind",
    "a.yaml",
    `${base}timeline:\n  - time: 2018-11-20T05:00:00Z\n    event: x\n    kind: fixed\n`,
    'timeline[0].kind must be one of "start", "detected", "escalated", "mitigated", "resolved", "other", got "fixed"',
    6,
    11,
    1,
  ],
  [
    "misspelt top-level key",
    "a.yaml",
    `${base}root_cause: x\n`,
    'Unknown property "root_cause"; did you mean "rootCause"?',
    3,
    1,
    1,
  ],
  [
    "unknown top-level key",
    "a.yaml",
    `${base}colour: red\n`,
    'Unknown property "colour" (extension keys must start with "x-")',
    3,
    1,
    1,
  ],
  [
    "unknown action item key",
    "a.yaml",
    `${base}actionItems:\n  - description: x\n    assignee: bob\n`,
    'Unknown property "assignee" in actionItems[0]',
    5,
    5,
    1,
  ],
  [
    "bad status",
    "a.yaml",
    `${base}status: done\n`,
    'status must be one of "draft", "review", "final", got "done"',
    3,
    9,
    1,
  ],
  [
    "participant of the wrong type",
    "a.yaml",
    `${base}participants:\n  - misc\n  - 42\n`,
    'participants[1] must be a name or an object with a "name", got a number 42',
    5,
    5,
    1,
  ],
  [
    "person without a name",
    "a.yaml",
    `${base}authors:\n  - handle: misc\n`,
    'authors[0] is missing required property "name"',
    4,
    5,
    1,
  ],
  [
    "bad e-mail",
    "a.yaml",
    `${base}authors:\n  - name: M\n    email: not-an-address\n`,
    'authors[0].email must be an e-mail address such as ops@example.org, got "not-an-address"',
    5,
    12,
    1,
  ],
  [
    "bad link",
    "a.yaml",
    `${base}links:\n  - url: lists/gluster\n`,
    "links[0].url must be an absolute URL",
    4,
    10,
    1,
  ],
  [
    "tags not a list",
    "a.yaml",
    `${base}tags: dns\n`,
    'tags must be a list, got a string "dns"',
    3,
    7,
    1,
  ],
  [
    "bad due date",
    "a.yaml",
    `${base}actionItems:\n  - description: x\n    due: next week\n`,
    'actionItems[0].due must be a date such as 2018-11-20 (YYYY-MM-DD), got "next week"',
    5,
    10,
    1,
  ],
  [
    "action item without description",
    "a.yaml",
    `${base}actionItems:\n  - owner: misc\n`,
    'actionItems[0] is missing required property "description"',
    4,
    5,
    1,
  ],
  [
    "multi-line title",
    "a.json",
    `{"title": "a\\nb", "date": "2018-11-20"}`,
    "title must be a single line",
    1,
    11,
    1,
  ],
  [
    "YAML indentation error",
    "a.yaml",
    `title: x\ndate: "2018-11-20"\ntimeline:\n  - time: 2018-11-20T05:00:00Z\n   event: x\n`,
    "Sequence item without - indicator",
    5,
    1,
    1,
  ],
  [
    "duplicate key",
    "a.yaml",
    `title: x\ntitle: y\ndate: "2018-11-20"\n`,
    "Map keys must be unique",
    2,
    1,
    1,
  ],
  [
    "unclosed quote",
    "a.yaml",
    `title: "x\ndate: "2018-11-20"\n`,
    'Missing closing "quote',
    1,
    10,
    1,
  ],
  [
    "JSON trailing comma",
    "a.json",
    `{\n  "title": "x",\n  "date": "2018-11-20",\n}\n`,
    "",
    4,
    1,
    1,
  ],
  [
    "empty file",
    "a.yaml",
    ``,
    "The file is empty; expected an incident with at least a title and a date",
    1,
    1,
    1,
  ],
  [
    "a list instead of a mapping",
    "a.yaml",
    `- title: x\n`,
    "The document must be a mapping of incident fields",
    1,
    1,
    1,
  ],
  [
    "alias to no anchor",
    "a.yaml",
    `${base}summary: *nope\n`,
    "Unresolved alias (the anchor must be set before the alias): nope",
    3,
    10,
    1,
  ],
  [
    "10,000 nesting levels",
    "a.json",
    "[".repeat(10_000) + "]".repeat(10_000),
    "The document nests too deeply to read",
    1,
    null,
    1,
  ],
];

const dir = mkdtempSync(join(tmpdir(), "pm-validate-"));

for (const [name, file, content, message, line, column, code] of cases) {
  test(`validate: ${name}`, () => {
    const path = join(dir, `${name.replace(/\W+/g, "-")}-${file}`);
    writeFileSync(path, content);
    const r = cli(["validate", path]);
    assert.equal(r.code, code, r.stderr);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith(path + ":"));
    assert.equal(lines.length, 1, `one message expected:\n${r.stderr}`);
    // A null column: where the parser gives up depends on the stack size, so only the line counts.
    assert.ok(
      lines[0].startsWith(
        column === null ? `${path}:${line}:` : `${path}:${line}:${column}  error  `,
      ),
      lines[0],
    );
    if (message) assert.ok(lines[0].includes(message), lines[0]);
    assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  });
}

test("validate: a binary file is an input error (exit 2)", () => {
  const path = join(dir, "binary.yaml");
  writeFileSync(path, Buffer.from([0x74, 0x69, 0x0a, 0x00, 0x01, 0x02]));
  const r = cli(["validate", path]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `${path}:2:1: is a binary file (it contains NUL bytes), expected text\n`);
});

test("validate: invalid UTF-8 names the place", () => {
  const path = join(dir, "latin1.yaml");
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from("title: x\ndate: '2018-11-20'\nsummary: caf"),
      Buffer.from([0xe9, 0x0a]),
    ]),
  );
  const r = cli(["validate", path]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `${path}:3:13: is not valid UTF-8 (byte 0xe9 at offset 40)\n`);
});

test("validate: a 50 MB file is refused before reading, naming the limit and the option", () => {
  const path = join(dir, "huge.yaml");
  writeFileSync(path, "");
  truncateSync(path, 50 * 1024 * 1024);
  const r = cli(["validate", path]);
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    `${path}: is 50 MiB, above the 32 MiB input limit; raise it with --max-bytes\n`,
  );
});

test("validate: a missing file is an I/O error (exit 2)", () => {
  const r = cli(["validate", join(dir, "nope.yaml")]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `${join(dir, "nope.yaml")}: no such file\n`);
});

test("validate: unknown option is a usage error (exit 2)", () => {
  const r = cli(["validate", "--bogus", "x"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown option '--bogus'/);
});

test("validate: extension keys starting with x- are accepted", () => {
  const r = cli(["validate", "-"], { input: `${base}x-team: storage\n` });
  assert.equal(r.code, 0, r.stderr);
});

test("validate: reads stdin and reports it as <stdin>", () => {
  const r = cli(["validate", "-"], { input: `title: x\ndate: nope\n` });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^<stdin>:2:7 {2}error {2}date must be a date/m);
});

test("validate: --format json gives machine-readable results on stdout", () => {
  const r = cli(["validate", "--format", "json", "-"], { input: `title: x\ndate: nope\n` });
  assert.equal(r.code, 1);
  const [result] = JSON.parse(r.stdout);
  assert.equal(result.filePath, "<stdin>");
  assert.equal(result.errorCount, 1);
  assert.deepEqual(
    {
      ruleId: result.messages[0].ruleId,
      line: result.messages[0].line,
      column: result.messages[0].column,
      severity: result.messages[0].severity,
    },
    { ruleId: "schema/format", line: 2, column: 7, severity: 2 },
  );
});

test("validate: every bundled example is valid", () => {
  const files = readdirSync(join(root, "examples"))
    .filter((f) => /\.(?:ya?ml|json)$/.test(f))
    .map(example);
  assert.ok(files.length >= 3);
  const r = cli(["validate", ...files]);
  assert.equal(r.code, 0, r.stderr);
});

test("library: validateIncident and loadIncidentText never throw and never print", () => {
  assert.equal(validateIncident({ title: "x", date: "2018-11-20" }).valid, true);
  const bad = validateIncident({ title: 1 });
  assert.equal(bad.valid, false);
  assert.deepEqual(bad.errors.map((e) => e.message).sort(), [
    'Missing required property "date"',
    "title must be a string, got a number 1",
  ]);
  const loaded = loadIncidentText("title: x\ndate: '2018-11-20'\n", { path: "x.yaml" });
  assert.equal(loaded.file.messages.length, 0);
  assert.equal(loaded.incident?.title, "x");
  assert.deepEqual(loaded.positions.get("/date")?.value.start, { line: 2, column: 7, offset: 15 });
});
