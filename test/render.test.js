import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { simpleParser } from "mailparser";
import { cli, example, fixture, root } from "./helpers.js";
import { runs } from "./helpers.js";
import { markdownlintProblems, outline } from "./markdown-check.js";
import { incident as arbitraryIncident, hostileIncident } from "./arbitraries.js";
import { renderIncident } from "../dist/render/render.js";
import { buildEml } from "../dist/render/eml.js";

const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".yaml"));
const MAIL = [
  "--from",
  "Michael Scherer <mscherer@redhat.com>",
  "--to",
  "gluster-devel@gluster.org",
  "--mail-date",
  "2018-11-20T14:39:07Z",
];
const formats = {
  md: ["--format", "markdown"],
  "email.txt": ["--format", "email"],
  eml: ["--format", "eml", ...MAIL],
};

for (const name of examples) {
  for (const [ext, args] of Object.entries(formats)) {
    test(`render golden: ${name} as ${ext}`, () => {
      const r = cli(["render", example(name), ...args]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, "");
      const golden = join(root, "test/golden", `${name.replace(/\.yaml$/, "")}.${ext}`);
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, r.stdout);
      assert.equal(r.stdout, readFileSync(golden, "utf8"));
      assert.equal(
        cli(["render", example(name), ...args]).stdout,
        r.stdout,
        "byte-identical across runs",
      );
    });
  }
  test(`render: ${name} passes markdownlint`, () => {
    assert.deepEqual(markdownlintProblems(cli(["render", example(name)]).stdout), []);
  });
}

test("render: the Markdown follows the conventional order and says times are UTC", () => {
  const { headings } = outline(cli(["render", example("registry-outage-2024-03-09.yaml")]).stdout);
  assert.deepEqual(
    headings.filter((h) => h.startsWith("2:")),
    [
      "2:Summary",
      "2:Impact",
      "2:Root cause",
      "2:Trigger",
      "2:Resolution",
      "2:Detection",
      "2:Action items",
      "2:Lessons learned",
      "2:Timeline (UTC)",
      "2:Links",
    ],
  );
  assert.ok(headings.includes("3:2024-03-10"), "a multi-day timeline is grouped by day");
});

test("render: the metadata block shows the derived figures", () => {
  const md = cli(["render", example("registry-outage-2024-03-09.yaml")]).stdout;
  assert.match(md, /^- \*\*Duration:\*\* 1 d 7 h 0 min$/m);
  assert.match(md, /^- \*\*Time to detect:\*\* 2 h 2 min$/m);
  assert.match(md, /^- \*\*Time to mitigate:\*\* 12 h 50 min$/m);
});

test("render: invalid data is refused with the validation messages", () => {
  const r = cli(["render", "-"], { input: "title: x\ndate: 2018-02-30\n" });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^<stdin>:2:7 {2}error {2}date must be a date/m);
  assert.equal(r.stdout, "");
});

test("render -o never overwrites without --force, and writes the file whole", () => {
  const dir = mkdtempSync(join(tmpdir(), "pm-render-"));
  const out = join(dir, "pm.md");
  assert.equal(cli(["render", example("gluster-docs-2018-11-20.yaml"), "-o", out]).code, 0);
  const first = readFileSync(out, "utf8");
  writeFileSync(out, "mine");
  const again = cli(["render", example("gluster-docs-2018-11-20.yaml"), "-o", out]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists; pass --force to overwrite it/);
  assert.equal(readFileSync(out, "utf8"), "mine");
  assert.equal(
    cli(["render", example("gluster-docs-2018-11-20.yaml"), "-o", out, "--force"]).code,
    0,
  );
  assert.equal(readFileSync(out, "utf8"), first);
  assert.deepEqual(readdirSync(dir), ["pm.md"], "no temporary file left behind");
});

test("render --format eml: a mail parser reads every header and the body back", async () => {
  const r = cli([
    "render",
    example("gluster-docs-2018-11-20.yaml"),
    "--format",
    "eml",
    ...MAIL,
    "--cc",
    "Zoë Lindqvist <zoe@example.org>",
    "--in-reply-to",
    "<abc@example.org>",
    "--signature",
    "Michael Scherer",
  ]);
  assert.equal(r.code, 0, r.stderr);
  const body = cli([
    "render",
    example("gluster-docs-2018-11-20.yaml"),
    "--format",
    "email",
    "--signature",
    "Michael Scherer",
  ]).stdout;
  const mail = await simpleParser(r.stdout);
  assert.equal(mail.subject, "Post mortem for docs.gluster.org outage on 20 November 2018");
  assert.equal(mail.from.value[0].address, "mscherer@redhat.com");
  assert.equal(mail.from.value[0].name, "Michael Scherer");
  // One address each: mailparser types them as possibly a list of groups.
  const [to, cc] = [mail.to, mail.cc].map((a) => (Array.isArray(a) ? a[0] : a));
  assert.equal(to.value[0].address, "gluster-devel@gluster.org");
  assert.equal(cc.value[0].name, "Zoë Lindqvist");
  assert.equal(mail.inReplyTo, "<abc@example.org>");
  assert.equal(mail.date.toISOString(), "2018-11-20T14:39:07.000Z");
  assert.match(mail.messageId, /^<[0-9a-f]{24}@redhat\.com>$/);
  assert.equal(mail.text, body);
  for (const line of r.stdout.split("\r\n"))
    assert.ok(
      line.length <= 78 || /https?:\/\//.test(line),
      `header or body line too long: ${line}`,
    );
  for (const line of body.split("\n"))
    assert.ok(
      line.length <= 72 || /https?:\/\/\S{40,}/.test(line),
      `body line over 72 columns: ${line}`,
    );
  assert.match(body, /\n-- \nMichael Scherer\n$/);
});

test("render --format eml: non-ASCII subject and body survive encoding", async () => {
  const r = cli([
    "render",
    example("registry-outage-2024-03-09.yaml"),
    "--format",
    "eml",
    "--from",
    "Zoë <zoe@example.org>",
    "--subject",
    "Post mortem: 山田 and Zoë",
    "--mail-date",
    "2024-03-12T09:00:00Z",
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Subject: =\?UTF-8\?B\?/m);
  assert.match(r.stdout, /^Content-Transfer-Encoding: quoted-printable$/m);
  // eslint-disable-next-line no-control-regex -- every 7-bit character, controls included
  assert.ok(/^[\x00-\x7f]*$/.test(r.stdout), "the message itself is 7-bit");
  const mail = await simpleParser(r.stdout);
  assert.equal(mail.subject, "Post mortem: 山田 and Zoë");
  assert.equal(mail.from.value[0].name, "Zoë");
  assert.equal(
    mail.text,
    cli(["render", example("registry-outage-2024-03-09.yaml"), "--format", "email"]).stdout,
  );
});

test("render --format eml: a line break in a header value is an error, never a new header", () => {
  for (const args of [
    ["--subject", "hi\r\nBcc: victim@example.org"],
    ["--to", "a@example.org\nBcc: victim@example.org"],
    ["--in-reply-to", "<a@b>\r\nX: y"],
    ["--from", "Evil\n <e@example.org>"],
  ]) {
    const r = cli([
      "render",
      example("gluster-docs-2018-11-20.yaml"),
      "--format",
      "eml",
      "--from",
      "ops@example.org",
      ...args,
    ]);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.stderr, /must be a single line/);
    assert.equal(r.stdout, "");
  }
  const noFrom = cli(["render", example("gluster-docs-2018-11-20.yaml"), "--format", "eml"]);
  assert.equal(noFrom.code, 2);
  assert.match(noFrom.stderr, /--from is required/);
});

test("render: user templates and partials; errors name the template, line and column", () => {
  const good = cli([
    "render",
    example("gluster-docs-2018-11-20.yaml"),
    "--template",
    fixture("templates/short.hbs"),
    "--partials",
    fixture("templates/partials"),
  ]);
  assert.equal(good.code, 0, good.stderr);
  assert.equal(
    good.stdout,
    "docs.gluster.org outage on 20 November 2018 (2018-11-20)\nParticipants: misc, obnox\n8 timeline entries\n",
  );
  /** @type {Array<[string, RegExp]>} */
  const cases = [
    ["unknown-helper.hbs", /unknown-helper\.hbs:2:1: unknown helper "shout"/],
    ["unknown-partial.hbs", /unknown-partial\.hbs:3:1: unknown partial "footer"/],
    ["syntax-error.hbs", /syntax-error\.hbs:4:1: syntax error: Expecting .*got 'EOF'/],
    ["unknown-field.hbs", /unknown-field\.hbs:1:3: "colour" is not a field of the incident view/],
  ];
  for (const [file, pattern] of cases) {
    const r = cli([
      "render",
      example("gluster-docs-2018-11-20.yaml"),
      "--template",
      fixture("templates", file),
    ]);
    assert.equal(r.code, 2, file);
    assert.match(r.stderr, pattern);
    assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  }
});

test("render: templates cannot reach prototypes", () => {
  const r = cli([
    "render",
    example("gluster-docs-2018-11-20.yaml"),
    "--template",
    fixture("templates/proto.hbs"),
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), "[]");
});

test("property: generated incidents (1,000 in test:slow) render in both formats, lint clean, with no injected structure", async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(arbitraryIncident, hostileIncident), async (incident) => {
      const md = await renderIncident(incident, { format: "markdown" });
      assert.deepEqual(markdownlintProblems(md), []);
      const { headings, sections } = outline(md);
      assert.equal(headings.filter((h) => h.startsWith("1:")).length, 1, "one title heading");
      // Each day gets its heading as soon as one entry is off the incident date.
      const dates = (incident.timeline ?? []).map((t) => t.time.slice(0, 10));
      const days = dates.some((d) => d !== incident.date) ? new Set(dates).size : 0;
      const expectedH3 =
        days + ["wentWell", "wentBad", "lucky"].filter((k) => incident[k]?.length).length;
      assert.equal(headings.filter((h) => h.startsWith("3:")).length, expectedH3);
      assert.equal(headings.filter((h) => /^[456]:/.test(h)).length, 0);
      assert.equal(sections.get("Action items")?.rows ?? 0, incident.actionItems?.length ?? 0);
      assert.equal(sections.get("Timeline (UTC)")?.rows ?? 0, incident.timeline?.length ?? 0);
      const lessonItems = ["wentWell", "wentBad", "lucky", "lessons"].reduce(
        (n, k) => n + (incident[k]?.length ?? 0),
        0,
      );
      assert.equal(sections.get("Lessons learned")?.items ?? 0, lessonItems);
      const mail = await renderIncident(incident, { format: "email" });
      for (const line of mail.split("\n"))
        assert.ok(
          line.length <= 72 || !line.slice(0, 72).includes(" ") || /\S{30,}/.test(line),
          `mail line over 72 columns: ${line}`,
        );
      // A wrapped line never starts a signature or an mbox message.
      for (const line of mail.split("\n"))
        assert.ok(
          !/^(?:-- |From )/.test(line),
          `mail line reads as a signature or message start: ${line}`,
        );
      buildEml(incident, mail, { from: "ops@example.org", date: new Date(0) });
    }),
    { numRuns: runs(1000) },
  );
});

test("render: our own Markdown passes our own lint, whatever zone the incident was written in", async () => {
  const { lintText } = await import("../dist/lint/engine.js");
  const { parse } = await import("yaml");
  for (const name of examples) {
    const incident = parse(readFileSync(example(name), "utf8"));
    const md = await renderIncident(incident, { format: "markdown" });
    const { file } = await lintText(md, { path: name.replace(/\.yaml$/, ".md") });
    const serious = file.messages.filter(
      (m) => m.fatal === true || m.ruleId === "timeline-timezone",
    );
    assert.deepEqual(serious.map(String), [], `${name} (timezone ${incident.timezone})`);
  }
});

// Pieces that make plain text and every shape the plain fast path must turn away or get right:
// markers at line starts, emphasis, code spans, links, autolinks, tags, breaks and blank lines.
const PIECES = [
  ...["outage", "Disk", "restarted", "on-call", "42", "é", "naïve", "(db)", "a/b", "50%", "it's"],
  ...[" ", " ", " ", "  ", ".", ",", ":", ";", "?", "'", '"', "-", "- ", "* ", "+ ", "1. ", "2) "],
  ...["**", "*", "_", "__", "`", "``", "[", "]", "(", ")", "](", "#", "# ", "> ", "|", "~", "\\"],
  ...["[the runbook](https://x.org/a)", "[here](https://x.org)", "[x](#timeline)", "`code`"],
  ...["**bold words**", "<ana>", "<b>", "</b>", "<x-y>", "https://x.org", "www.x.org", "a@b.org"],
  ...["&amp;", "&", "!", "![alt](i.png)", "\n", "\n", "\n\n", "\n\n", "\n- ", "\n    ", "\t"],
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(""));

test("property: plain text written as it came is what parsing and writing it whole gives", async () => {
  const { plainBlock, plainInline } = await import("../dist/render/plain-markdown.js");
  const { markdownBlockTree, markdownInlineTree } = await import("../dist/render/markdown-text.js");
  let fast = 0;
  fc.assert(
    fc.property(pieceText, (text) => {
      const block = plainBlock(text);
      if (block !== undefined) {
        fast++;
        assert.equal(block, markdownBlockTree(text));
      }
      const line = text.replace(/\s+/g, " ").trim();
      const inline = plainInline(line, true);
      if (inline !== undefined && line !== "") {
        fast++;
        assert.equal(inline, markdownInlineTree(line));
      }
    }),
    { numRuns: runs(20_000) },
  );
  // Guard against a fast path that never applies, which would make the property hold vacuously.
  assert.ok(fast > runs(20_000) / 10, `the fast path applied ${fast} times`);
});
