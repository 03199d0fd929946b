import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, example, fixture } from "./helpers.js";
import { markdownlintProblems } from "./markdown-check.js";

const json = (r) => JSON.parse(r.stdout);

test("actions: the founding mail yields its 5 improvements, with incident, file and line", () => {
  const r = cli(["actions", fixture("parse/gluster-2018-11-20.txt")]);
  assert.equal(r.code, 0, r.stderr);
  const rows = json(r);
  assert.equal(rows.length, 5);
  assert.match(rows[0].description, /^our supervision should check certificate validity/);
  assert.deepEqual(rows[0].incident, {
    id: null,
    title: "docs.gluster.org outage on 20 november 2018",
    date: "2018-11-20",
    file: fixture("parse/gluster-2018-11-20.txt"),
    line: 64,
  });
  assert.match(rows[0].id, /^2018-11-20-docs-gluster-org-outage-on-20-november#[0-9a-f]{8}$/);
  assert.equal(new Set(rows.map((x) => x.id)).size, 5);
  assert.deepEqual(
    json(cli(["actions", fixture("parse/gluster-2018-11-20.txt")])).map((x) => x.id),
    rows.map((x) => x.id),
    "ids are stable across runs",
  );
});

test("actions: task lists, tables, @mentions, owner notes and tickets; data files; folders recursively, sorted by date", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-actions-"));
  mkdirSync(join(dir, "2023"));
  copyFileSync(fixture("parse/plain-cedt.txt"), join(dir, "2023", "build.txt"));
  copyFileSync(example("registry-outage-2024-03-09.yaml"), join(dir, "registry.yaml"));
  writeFileSync(
    join(dir, "tasks.md"),
    "# Disk full on the CI cache\n\nDate: 2022-01-05\n\n## Corrective actions\n\n- [x] Grow the cache disk (owner: Ana, OPS-1)\n- [ ] Alert at 80% disk @chidi https://tracker.example.org/issues/42\n",
  );
  const rows = json(cli(["actions", dir]));
  assert.deepEqual(
    json(cli(["actions", join(dir, "**/*.txt")])).map((r) => r.incident.file),
    [join(dir, "2023", "build.txt"), join(dir, "2023", "build.txt")],
    "a quoted glob",
  );
  assert.deepEqual(
    rows.map((r) => r.incident.date),
    [
      "2022-01-05",
      "2022-01-05",
      "2023-07-14",
      "2023-07-14",
      ...rows.slice(4).map(() => "2024-03-09"),
    ],
  );
  assert.deepEqual(
    rows.slice(0, 2).map((r) => [r.status, r.owner, r.ticket]),
    [
      ["done", "Ana", "OPS-1"],
      ["open", "chidi", "https://tracker.example.org/issues/42"],
    ],
  );
  const registry = rows.filter((r) => r.incident.file.endsWith("registry.yaml"));
  assert.ok(
    registry.length >= 2 && registry.every((r) => r.owner && r.ticket),
    "table and data items keep owner and ticket",
  );
  assert.equal(
    json(cli(["actions", dir, "--status", "done"])).length,
    rows.filter((r) => r.status === "done").length,
  );
  assert.deepEqual(
    json(cli(["actions", dir, "--owner", "@Chidi"])).map((r) => r.owner),
    ["chidi", "chidi"],
  );
  assert.ok(
    json(cli(["actions", dir, "--since", "2023-01-01"])).every(
      (r) => r.incident.date >= "2023-01-01",
    ),
  );
  const overdue = json(cli(["actions", dir, "--overdue"]));
  assert.ok(
    overdue.length > 0 &&
      overdue.every((r) => r.due < new Date().toISOString().slice(0, 10) && r.status !== "done"),
  );
});

test("actions: csv is RFC 4180, markdown is a clean checklist, ndjson one item a line", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-actions-"));
  writeFileSync(
    join(dir, "q.md"),
    '# Quotes, "commas", and\n\nDate: 2022-01-05\n\n## Action items\n\n- Say "no", then, later, yes (owner: Ana)\n- Escape | pipes and *stars*\n',
  );
  const csv = cli(["actions", dir, "--format", "csv"]).stdout;
  const lines = csv.split("\r\n");
  assert.equal(
    lines[0],
    "id,incident_date,incident_title,file,line,description,owner,priority,status,due,ticket,type",
  );
  assert.match(
    lines[1],
    /,"Quotes, ""commas"", and",.*,7,"Say ""no"", then, later, yes",Ana,,,,,$/,
  );
  assert.equal(lines.at(-1), "", "every record ends with CRLF");
  const md = cli([
    "actions",
    dir,
    fixture("parse/gluster-2018-11-20.txt"),
    "--format",
    "markdown",
  ]).stdout;
  assert.deepEqual(markdownlintProblems(md), []);
  assert.match(
    md,
    /^## Quotes, "commas", and \(2022-01-05\)\n\n- \[ \] Say "no", then, later, yes \(owner: Ana\)\n- \[ \] Escape \| pipes and \*stars\*$/m,
  );
  const nd = cli(["actions", dir, "--format", "ndjson"]).stdout.trim().split("\n");
  assert.equal(nd.length, 2);
  assert.equal(JSON.parse(nd[1]).description, "Escape | pipes and *stars*");
});
