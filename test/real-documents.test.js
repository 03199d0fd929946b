// Every real post-mortem in test/fixtures/real, read by `parse`, renders again: as Markdown that
// passes markdownlint's default rules and as mail, through the CLI a user would pipe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cli, fixture, root } from "./helpers.js";
import { markdownlintProblems } from "./markdown-check.js";
import { parseDocument } from "../dist/parse/parse-document.js";
import { renderIncident } from "../dist/render/render.js";
import { validateIncident } from "../dist/validate/validate-incident.js";
import { fixText } from "../dist/lint/fix-text.js";
import { lintText } from "../dist/lint/engine.js";

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

// test/lint-judgements.json: every finding lint gives on the real documents, judged by reading
// the document (right: what it says is so; why: the reason), and the wrong findings removed so
// far ("gone"), which must not come back. A new finding fails this test until it is judged.
test("real documents: every lint finding is judged, no finding judged wrong comes back, >= 90% are right, and the finished ones pass", async () => {
  const judged = JSON.parse(readFileSync(join(root, "test/lint-judgements.json"), "utf8"));
  const key = (f) => `${f.file}|${f.rule}|${f.line}|${f.message}`;
  const byKey = new Map(judged.map((f) => [key(f), f]));
  const found = [];
  // A finished post-mortem (every required section, a title and a date) passes at the defaults.
  const finishedFailing = [];
  const unfinished = new Set(["required-sections", "title-present", "date-valid"]);
  for (const name of documents) {
    const r = await lintText(readFileSync(join(dir, name), "utf8"), { path: name });
    for (const m of r.file.messages)
      if (m.ruleId && !m.ruleId.includes("/"))
        found.push({ file: name, rule: m.ruleId, line: m.line, message: m.reason });
    if (!r.file.messages.some((m) => unfinished.has(m.ruleId)))
      for (const m of r.file.messages.filter((x) => x.fatal))
        finishedFailing.push(`${name}:${m.line} ${m.ruleId} ${m.reason}`);
  }
  assert.deepEqual(finishedFailing, [], "finished real post-mortems exit 0");
  const unjudged = found.filter((f) => !byKey.has(key(f))).map(key);
  assert.deepEqual(unjudged, [], "new findings: judge them in test/lint-judgements.json");
  const back = found.filter((f) => byKey.get(key(f))?.gone).map(key);
  assert.deepEqual(back, [], "findings judged wrong and removed are back");
  const now = new Set(found.map(key));
  const missing = judged.filter((f) => !f.gone && !now.has(key(f))).map(key);
  assert.deepEqual(
    missing,
    [],
    "judged findings no longer given: mark them gone (if wrong) or drop them",
  );
  const right = found.filter((f) => byKey.get(key(f)).right).length;
  assert.ok(right / found.length >= 0.9, `precision ${right} of ${found.length}`);
});
