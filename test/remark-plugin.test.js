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
