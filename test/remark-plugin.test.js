// The reader as a unified plugin, in a remark pipeline of the user's own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { fixture } from "./helpers.js";
import { remarkPostmortem, postmortemProcessor } from "../dist/index.js";

const text = readFileSync(fixture("parse/setext-tables.md"), "utf8");

test("remarkPostmortem: a remark pipeline gets the incident in file.data, and the reader's warnings as messages", async () => {
  const processor = unified().use(remarkParse).use(remarkPostmortem);
  const { VFile } = await import("vfile");
  const vfile = new VFile({ value: text, path: "setext-tables.md" });
  await processor.run(processor.parse(vfile), vfile);
  assert.equal(vfile.data.postmortem.title, "Payment API returned 502s for 40 minutes");
  assert.equal(vfile.data.postmortem.severity, "SEV2");
  const direct = (await postmortemProcessor.process(new VFile({ value: text, path: "x.md" }))).data
    .postmortem;
  assert.deepEqual(direct, vfile.data.postmortem);
});

test("remarkPostmortem: a tree built without source text is written out and read", async () => {
  const tree = {
    type: "root",
    children: [
      { type: "heading", depth: 1, children: [{ type: "text", value: "Queue outage" }] },
      { type: "paragraph", children: [{ type: "text", value: "Date: 2024-05-02" }] },
      { type: "heading", depth: 2, children: [{ type: "text", value: "Root cause" }] },
      { type: "paragraph", children: [{ type: "text", value: "A renamed variable." }] },
    ],
  };
  const { VFile } = await import("vfile");
  const file = new VFile();
  await unified().use(remarkPostmortem).run(tree, file);
  assert.equal(file.data.postmortem.title, "Queue outage");
  assert.equal(file.data.postmortem.date, "2024-05-02");
  assert.equal(file.data.postmortem.rootCause, "A renamed variable.");
});

// docs/remark-lint.md: the preset in remark-cli (as the unified editor extensions load it) and
// in code, on a real post-mortem, giving the findings `postmortem lint` gives.
test("remark-lint preset: remark --frail with the documented .remarkrc.mjs reports what postmortem lint does", async () => {
  const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, copyFileSync } =
    await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { spawnSync } = await import("node:child_process");
  const { root, cli } = await import("./helpers.js");
  const doc = readFileSync(join(root, "docs/remark-lint.md"), "utf8");
  const [rc, code] = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  const dir = mkdtempSync(join(tmpdir(), "pm-remark-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", "postmortem"), "dir");
  // What a project using the example installs beside postmortem.
  for (const pkg of ["unified", "remark-parse", "vfile"])
    symlinkSync(join(root, "node_modules", pkg), join(dir, "node_modules", pkg), "dir");
  writeFileSync(join(dir, ".remarkrc.mjs"), rc);
  copyFileSync(fixture("real/md-2019-03-26-k8s-boskos-outage.md"), join(dir, "postmortem.md"));
  const remark = spawnSync(
    process.execPath,
    [
      join(root, "node_modules/remark-cli/cli.js"),
      "postmortem.md",
      "--frail",
      "--no-stdout",
      "--no-color",
    ],
    { cwd: dir, encoding: "utf8" },
  );
  assert.equal(remark.status, 1, "timeline-order is an error");
  const fromRemark = [
    ...remark.stderr.matchAll(
      /^\s*(\d+):\d[\d:-]*\s+(warning|error)\s.*?\s(\S+)\s+postmortem\s*$/gm,
    ),
  ]
    .map((m) => `${m[1]} ${m[2]} ${m[3]}`)
    .sort();
  const lint = JSON.parse(
    cli(["lint", join(dir, "postmortem.md"), "--format", "json", "--no-config-lookup"]).stdout,
  );
  const fromLint = lint[0].messages
    .map((m) => `${m.line} ${m.severity === 2 ? "error" : "warning"} ${m.ruleId}`)
    .sort();
  assert.ok(fromLint.length >= 5);
  assert.deepEqual(fromRemark, fromLint, remark.stderr);
  writeFileSync(join(dir, "example.mjs"), code);
  const example = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" });
  assert.equal(example.status, 0, example.stderr);
  assert.match(example.stdout, /^78:1 timeline-order Timeline entry/m);
});

test("remark-lint rules take the rule's options and severity as any remark-lint rule does", async () => {
  const { remarkLintPostmortemRules } = await import("../dist/index.js");
  const { VFile } = await import("vfile");
  const value = "# Outage\n\nDate: 2024-05-02\n\n## Summary\n\nThe queue stalled.\n";
  const run = async (setting) => {
    const file = new VFile({ path: "x.md", value });
    const processor = unified()
      .use(remarkParse)
      .use(remarkLintPostmortemRules["required-sections"], setting);
    await processor.run(processor.parse(file), file);
    return file.messages.map((m) => [m.ruleId, m.source, Boolean(m.fatal), m.reason.slice(0, 24)]);
  };
  assert.deepEqual(
    (await run(undefined)).map(([rule, , fatal]) => [rule, fatal]),
    [["required-sections", false]],
    "one finding for the sections missing after the summary",
  );
  assert.deepEqual(await run(["error", { sections: ["summary", "impact"] }]), [
    ["required-sections", "postmortem", true, 'Missing section "Impact"'],
  ]);
  assert.deepEqual(await run(["off"]), []);
});
