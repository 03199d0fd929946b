// Every real post-mortem in test/fixtures/real, read by `parse`, renders again: as Markdown that
// passes markdownlint's default rules and as mail, through the CLI a user would pipe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cli, fixture } from "./helpers.js";
import { markdownlintProblems } from "./markdown-check.js";
import { parseDocument } from "../dist/parse/parse-document.js";
import { renderIncident } from "../dist/render/render.js";
import { validateIncident } from "../dist/validate/validate-incident.js";
import { fixText } from "../dist/lint/fix-text.js";

const dir = fixture("real");
const documents = readdirSync(dir).filter((f) => f !== "README.md");

test("real documents: parse then render (Markdown and mail) works on every one, and the Markdown is clean", async () => {
  assert.ok(documents.length >= 50, `${documents.length} documents`);
  const failures = [];
  for (const name of documents) {
    const parsed = await parseDocument(readFileSync(join(dir, name), "utf8"), { path: name });
    for (const [i, p] of parsed.entries()) {
      // What render accepts: valid data, or valid but for a missing title or date.
      const check = validateIncident({ title: "-", date: "2000-01-01", ...p.incident });
      if (!check.valid) {
        failures.push(
          `${name}#${i}: ${check.errors.map((e) => `${e.pointer} ${e.message}`).join("; ")}`,
        );
        continue;
      }
      const md = await renderIncident(p.incident, { format: "markdown" });
      const problems = markdownlintProblems(md);
      if (problems.length) failures.push(`${name}#${i}: ${problems.slice(0, 3).join("; ")}`);
      assert.ok((await renderIncident(p.incident, { format: "email" })).trim().length > 0);
    }
  }
  assert.deepEqual(failures, []);
});

test("real documents: parse piped to render works when the document states no date, with a warning", () => {
  const parsed = cli(["parse", join(dir, "text-groupsio-downtime-this-morning.txt")]);
  assert.equal(JSON.parse(parsed.stdout).date, undefined);
  const r = cli(["render", "-", "--format", "markdown"], { input: parsed.stdout });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^- \*\*Date:\*\* not known$/m);
  assert.match(
    r.stderr,
    /<stdin>:1:1\s+warning\s+No date in the data; the output says it is not known\s+render\/missing-field/,
  );
  assert.deepEqual(markdownlintProblems(r.stdout), []);
});

test("real documents: a folder walk reads every one as a post-mortem", () => {
  const r = cli(["actions", dir, "--format", "ndjson"]);
  // Only the folder's README is left out.
  assert.match(r.stderr, /^postmortem: skipped 1 that is not a post-mortem \([^)]*README\.md\)$/m);
});

test("real documents: lint --fix keeps every time the same instant, loses nothing, and a second --fix changes nothing", async () => {
  const failures = [];
  let fixed = 0;
  const instants = (parsed) =>
    parsed.map((p) =>
      (p.incident.timeline ?? []).flatMap((e) => (e.time ? [Date.parse(e.time)] : [])).sort(),
    );
  for (const name of documents) {
    const text = readFileSync(join(dir, name), "utf8");
    const once = await fixText(text, { path: name });
    if (once.refused) failures.push(`${name}: fixes refused (${once.refused})`);
    if (once.text === text) continue;
    fixed++;
    const before = await parseDocument(text, { path: name });
    const after = await parseDocument(once.text, { path: name });
    assert.deepEqual(instants(after), instants(before), `${name}: same instants`);
    for (const [i, p] of before.entries()) {
      const gone = Object.keys(p.incident).filter((k) => !(k in after[i].incident));
      if (gone.length) failures.push(`${name}#${i}: lost ${gone.join(", ")}`);
      const was = p.incident.actionItems?.length ?? 0;
      if ((after[i].incident.actionItems?.length ?? 0) < was)
        failures.push(`${name}#${i}: lost action items`);
    }
    const twice = await fixText(once.text, { path: name });
    if (twice.text !== once.text) failures.push(`${name}: a second --fix changed it again`);
  }
  assert.deepEqual(failures, []);
  assert.ok(fixed >= 20, `--fix changed ${fixed} documents`);
});
