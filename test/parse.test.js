import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { cli, example, fixture, root } from "./helpers.js";
import { runs } from "./helpers.js";
import { incident as arbitraryIncident } from "./arbitraries.js";
import { carriedByMail, carriedByMarkdown, comparable } from "./round-trip.js";
import { parseDocument } from "../dist/parse/parse-document.js";
import { renderIncident } from "../dist/render/render.js";

const read = (...p) => readFileSync(fixture(...p), "utf8");
const parseOne = async (text, options) => {
  const all = await parseDocument(text, options);
  assert.equal(all.length, 1, "one incident");
  return all[0];
};
const at = (parsed, pointer) => parsed.positions.get(pointer)?.value?.start;
/** A Markdown document's timeline as [time, event] pairs, for tests about reading stamps. */
const timelineOf = async (text) =>
  (await parseOne(text, { path: "t.md" })).incident.timeline.map((e) => [e.time, e.event]);

test("parse: the founding mail (pipermail archive text), every fact and its position", async () => {
  const p = await parseOne(read("parse/gluster-2018-11-20.txt"), { path: "gluster.txt" });
  const x = p.incident;
  assert.equal(
    x.title,
    "docs.gluster.org outage on 20 november 2018",
    "list tag and 'Post mortem for' left out",
  );
  assert.equal(x.date, "2018-11-20");
  assert.deepEqual(x.participants, ["misc", "obnox"]);
  assert.deepEqual(x.authors, [{ name: "Michael Scherer", email: "mscherer@redhat.com" }]);
  assert.equal(x.timezone, "UTC");
  assert.match(x.summary, /^Our automated certificate renewal system failed/);
  assert.match(x.impact, /^Some people would had to accept/);
  assert.match(x.rootCause, /^So, on the monitoring side/);
  assert.equal(x.resolution.split("\n").length, 3);
  assert.equal(x.timeline.length, 8);
  assert.deepEqual(x.timeline[0], {
    time: "2018-11-20T05:00:00Z",
    event: "the certificate expire.",
    kind: "start",
  });
  assert.deepEqual(
    x.timeline.map((e) => e.kind ?? "-"),
    ["start", "-", "-", "detected", "-", "-", "-", "resolved"],
    "key events read from the words: an expiry, a ping, 'declare the issue be fixed'",
  );
  assert.equal(x.timeline[7].time, "2018-11-20T10:08:00Z");
  assert.match(x.timeline[7].event, /^entering a tunnel/);
  assert.equal(x.wentWell.length, 2);
  assert.equal(x.wentBad.length, 1);
  assert.equal(x.lucky.length, 1);
  assert.equal(x.actionItems.length, 5);
  assert.match(x.actionItems[0].description, /^our supervision should check certificate validity/);
  assert.equal(x.notes, undefined, "the archive footer is not kept as notes");
  assert.deepEqual(at(p, "/timeline/0"), { line: 54, column: 1, offset: 2195 });
  assert.equal(at(p, "/actionItems/0").line, 64);
  assert.equal(at(p, "/summary").line, 13);
  const inferred = p.file.messages
    .filter((m) => m.ruleId === "parse/inferred")
    .sort((a, b) => a.line - b.line)
    .map((m) => `${m.line}: ${m.reason}`);
  assert.deepEqual(inferred, [
    "13: Read the unlabelled paragraphs before the first section as the summary",
    "17: Read the second unlabelled paragraph as the impact",
    "38: Read the unlabelled list after the root cause as the resolution",
  ]);
});

test("parse: plain text with a zone note, am/pm times, midnight rollover, wrapped entries and owners", async () => {
  const { incident: x } = await parseOne(read("parse/plain-cedt.txt"), { path: "plain-cedt.txt" });
  assert.equal(x.timezone, "CEDT");
  assert.deepEqual(x.participants, ["Ana", "Chidi", "Björn"]);
  assert.deepEqual(
    x.timeline.map((e) => e.time),
    [
      "2023-07-14T07:00:00Z",
      "2023-07-14T07:12:00Z",
      "2023-07-14T21:40:00Z",
      "2023-07-14T22:15:00Z",
    ],
  );
  assert.equal(
    x.timeline[2].event,
    "Chidi finds the stale boot entry and pins the kernel",
    "a wrapped entry is one event",
  );
  assert.equal(
    x.rootCause,
    "The bootloader kept an old default entry after the update.",
    "'Root causes' is the root cause",
  );
  assert.deepEqual(x.actionItems, [
    { description: "Remove stale boot entries", owner: "Ana", due: "2023-08-01" },
    { description: "Alert on gateway route count @chidi OPS-77", owner: "chidi", ticket: "OPS-77" },
  ]);
});

test("parse: Markdown with front matter, setext headings, bold labels and GFM tables", async () => {
  const p = await parseOne(read("parse/setext-tables.md"), { path: "setext-tables.md" });
  const x = p.incident;
  assert.equal(x.title, "Payment API returned 502s for 40 minutes");
  assert.equal(x.severity, "SEV2");
  assert.equal(x.status, "review");
  assert.deepEqual(x.tags, ["payments", "load-balancer"]);
  assert.match(x.summary, /^A bad health-check path/);
  assert.match(x.impact, /^About 18% of checkout attempts/);
  assert.equal(x.wentBad.length, 2);
  assert.ok(x.timeline.length >= 3);
  assert.equal(x.timeline[1].kind, "start");
  assert.ok(x.actionItems.length >= 1);
  assert.ok(x.actionItems.every((a) => a.description));
  assert.equal(
    x["owner-team"],
    undefined,
    "an unknown front-matter key is not invented as a field",
  );
});

test("parse: HTML blocks are read as the Markdown they stand for; comments are not content", async () => {
  const x = (await parseOne(read("parse/html-blocks.md"), { path: "html-blocks.md" })).incident;
  assert.equal(x.title, "Database outage");
  assert.equal(x.date, "2024-03-05");
  assert.equal(x.summary, "The primary database ran out of disk & stopped accepting writes.");
  assert.deepEqual(x.actionItems, [
    { description: "Alert on disk usage", owner: "ana" },
    { description: "Grow the volume" },
  ]);
  assert.deepEqual(x.timeline, [{ time: "2024-03-05T10:00:00Z", event: "disk full" }]);
  assert.equal(x.notes, undefined);
});

test("parse: comments between action items (lint directives) keep the list whole", async () => {
  const p = await parseOne(read("parse/comments-in-actions.md"), {
    path: "comments-in-actions.md",
  });
  assert.deepEqual(
    p.incident.actionItems.map((a) => [a.description, a.owner]),
    [
      ["Add monitoring for disk space", "alice"],
      ["Rotate logs daily", undefined],
      ["Write runbook", "bob"],
    ],
  );
  assert.equal(p.incident.notes, undefined);
  assert.ok(!p.file.messages.some((m) => m.ruleId === "parse/unclassified"));
});

test("parse: reference-style links become the inline links they stand for, and render as links", async () => {
  const p = await parseOne(read("parse/reference-links.md"), { path: "reference-links.md" });
  const x = p.incident;
  assert.equal(
    x.summary,
    'The [hook](https://example.org/hooks "Hooks") stopped firing after a deploy; see [the runbook](https://example.org/runbook) and [Grafana](https://grafana.example.org/d/x).',
  );
  assert.equal(
    x.actionItems[0].description,
    'Add an alert on the [hook](https://example.org/hooks "Hooks") error rate',
  );
  assert.equal(x.notes, undefined, "definitions are used, not left over as notes");
  const md = await renderIncident(
    { ...x, participants: [{ name: "Ana" }] },
    { format: "markdown" },
  );
  assert.ok(!md.includes("\\["), md);
  assert.match(md, /\[the runbook\]\(https:\/\/example\.org\/runbook\)/);
});

test("parse: a reply quoting a whole post-mortem is read from inside the quote; text after a signature is kept", async () => {
  const quoted = await parseOne(read("parse/quoted-reply.txt"), {
    path: "quoted-reply.txt",
    input: "mail",
  });
  assert.equal(quoted.incident.date, "2018-11-20");
  assert.equal(quoted.incident.timeline.length, 8);
  assert.equal(quoted.incident.actionItems.length, 5);
  assert.match(quoted.incident.rootCause, /^On the monitoring side/);
  assert.match(
    quoted.incident.notes,
    /^Forwarding the post-mortem below/,
    "the reply's own words are kept",
  );
  const signed = (
    await parseOne(read("parse/signature-mid-mail.txt"), {
      path: "signature-mid-mail.txt",
      input: "mail",
    })
  ).incident;
  assert.equal(signed.summary, "The wiki was down -- as we feared -- for an hour.");
  assert.equal(signed.rootCause, "A full disk.");
  assert.deepEqual(
    signed.timeline.map((e) => e.event),
    ["disk full", "fixed"],
    "sections after the signature are read",
  );
});

test('parse: an action item stated in passing ("Action point: ...") in another section is an action item', async () => {
  const text =
    "# Fork monitor outage\n\nDate: 2021-08-27\n\n## Lessons learned\n\n### Fork monitoring\n\nThe monitor had to be restarted.\n\nAction point: improve the resiliency of the forkmon.\n\n**Follow-up:** page on fork detection (owner: ana)\n";
  const p = await parseOne(text, { path: "x.md" });
  assert.deepEqual(p.incident.actionItems, [
    { description: "improve the resiliency of the forkmon." },
    { description: "page on fork detection", owner: "ana" },
  ]);
  assert.ok(!/Action point/.test(JSON.stringify(p.incident)), "the label is not left in the text");
});

test("parse: an mbox gives one incident per post-mortem and skips replies", async () => {
  const all = await parseDocument(read("parse/archive.mbox"), { path: "archive.mbox" });
  assert.deepEqual(
    all.map((p) => p.incident.title),
    ["object storage outage", "CI runner outage"],
  );
  assert.equal(all[0].incident.timeline[1].time, "2024-03-31T22:13:00Z");
  assert.ok(at(all[1], "/timeline/0").line > 20, "positions are lines of the mbox file");
});

test("parse: .eml with quoted-printable multipart, and HTML-only with a warning", async () => {
  const qp = (await parseOne(read("parse/qp-multipart.eml"), { path: "qp.eml" })).incident;
  assert.equal(qp.title, "DNS outage on 2024-02-03");
  assert.deepEqual(qp.participants, ["Zoë", "René"]);
  assert.equal(
    qp.summary,
    "The internal resolvers ran out of memory and stopped answering for 25 minutes.",
  );
  assert.deepEqual(qp.authors, [{ name: "Zoë Lindqvist", email: "zoe@example.org" }]);
  const html = await parseOne(read("parse/html-only.eml"), { path: "html.eml" });
  assert.equal(html.incident.timeline.length, 3);
  assert.deepEqual(
    html.incident.actionItems.map((a) => a.description),
    ["Add a canary stage for workers", "Page on queue depth > 10k"],
  );
  assert.ok(html.file.messages.some((m) => m.ruleId === "parse/mail-html"));
});

test("parse: text that fits no field is kept in notes, with a warning naming where it came from", async () => {
  const text =
    "# Outage of the wiki\n\nDate: 2024-01-02\n\n## Summary\n\nThe wiki was down.\n\n## Vendor correspondence\n\nWe wrote to the vendor twice.\n";
  const p = await parseOne(text, { path: "wiki.md" });
  assert.match(p.incident.notes, /We wrote to the vendor twice/);
  const kept = p.file.messages.find((m) => /notes/i.test(m.reason));
  assert.ok(kept, "a warning says the text went to notes");
  assert.equal(kept.line, 9);
});

test("parse: an unknown zone is a warning, never a silent guess", async () => {
  const text =
    "Post mortem for a thing\n\nDate: 2024-01-02\n\nTimeline:\n10:00 XYZT something breaks\n10:30 fixed\n";
  const p = await parseOne(text, { path: "t.txt", input: "mail" });
  assert.equal(p.incident.timezone, undefined);
  assert.ok(
    p.file.messages.some((m) => /zone/i.test(m.reason) && m.line >= 5),
    p.file.messages.map(String).join("\n"),
  );
});

test("parse: US zones without their season follow the day's rules; an ambiguous abbreviation says which reading it took", async () => {
  const text = (zone, date) =>
    `Database outage\n\nDate: ${date}\n\nTimeline (all times ${zone}):\n10:00 disk full\n10:30 fixed\n`;
  const time = async (zone, date) =>
    (await parseOne(text(zone, date), { path: "t.txt", input: "mail" })).incident.timeline[0].time;
  assert.equal(await time("PT", "2024-03-05"), "2024-03-05T18:00:00Z");
  assert.equal(await time("PT", "2024-07-05"), "2024-07-05T17:00:00Z");
  assert.equal(await time("US/Pacific", "2024-07-05"), "2024-07-05T17:00:00Z");
  assert.equal(await time("ET", "2024-01-05"), "2024-01-05T15:00:00Z");
  const ist = await parseOne(text("IST", "2024-03-05"), { path: "t.txt", input: "mail" });
  assert.equal(ist.incident.timeline[0].time, "2024-03-05T04:30:00Z");
  const warning = ist.file.messages.find((m) => m.ruleId === "parse/ambiguous-zone");
  assert.match(
    warning?.reason ?? "",
    /"IST" names more than one time zone; read it as India Standard Time \(UTC\+5:30\), not Irish/,
  );
  assert.equal(warning.line, 6);
});

test("parse CLI: json, yaml and ndjson; diagnostics on stderr only; exit codes", () => {
  const one = cli(["parse", fixture("parse/plain-cedt.txt")]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(JSON.parse(one.stdout).title, "Post-incident review: build farm unreachable");
  const yaml = cli(["parse", fixture("parse/plain-cedt.txt"), "--format", "yaml"]);
  assert.equal(parseYaml(yaml.stdout).timezone, "CEDT");
  const many = cli([
    "parse",
    fixture("parse/plain-cedt.txt"),
    fixture("parse/html-only.eml"),
    "--format",
    "ndjson",
  ]);
  assert.deepEqual(
    many.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).date),
    ["2023-07-14", "2024-03-05"],
  );
  assert.match(many.stderr, /html-only\.eml:1:1\s+warning\s+The message has no plain-text part/);
  const stdin = cli(["parse", "-"], { input: read("parse/gluster-2018-11-20.txt") });
  assert.equal(JSON.parse(stdin.stdout).timeline.length, 8);
  assert.match(stdin.stderr, /^<stdin>:13:1\s+warning/m);
  const missing = cli(["parse", "no-such-file.md"]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no-such-file\.md: no such file/);
  assert.ok(!/\n\s+at /.test(missing.stderr));
});

test("parse and validate read folders and quoted globs as lint does; a failed parse -o writes nothing", () => {
  const folder = cli(["parse", join(root, "examples")]);
  assert.equal(folder.code, 0, folder.stderr);
  const titles = JSON.parse(folder.stdout).map((x) => x.title);
  assert.equal(
    titles.length,
    readdirSync(join(root, "examples")).filter((f) => /\.(?:ya?ml|md|txt)$/.test(f)).length,
  );
  const glob = cli(["parse", "examples/*.yaml", "--format", "ndjson"]);
  assert.equal(glob.stdout.trim().split("\n").length, examples.length);
  const valid = cli(["validate", "examples"]);
  assert.equal(valid.code, 0, valid.stderr);
  assert.match(valid.stderr, new RegExp(`${examples.length} files valid`));
  const dir = mkdtempSync(join(tmpdir(), "pm-parse-"));
  const out = join(dir, "out.json");
  const failed = cli(["parse", "no-such-file.md", "-o", out]);
  assert.equal(failed.code, 2);
  assert.match(failed.stderr, /nothing written to .*out\.json/);
  assert.ok(!existsSync(out), "no partial output replaces or creates the file");
});

const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".yaml"));

/** parse(render(x)) carries x, and rendering the parsed data again gives the same bytes. */
async function assertRoundTrip(x) {
  /** @type {Array<[import("../dist/render/render.js").RenderOptions["format"], (x: any) => object, "markdown" | "mail"]>} */
  const ways = [
    ["markdown", carriedByMarkdown, "markdown"],
    ["email", carriedByMail, "mail"],
  ];
  for (const [format, carried, input] of ways) {
    const rendered = await renderIncident(x, { format });
    const [back] = await parseDocument(rendered, { path: `x.${format}`, input });
    const y = comparable(back.incident, input === "mail" ? "mail" : "markdown", x);
    const expected = carried(x);
    if (input === "mail" && x.title) y.title = undefined;
    assert.deepEqual(
      JSON.parse(JSON.stringify(y)),
      JSON.parse(JSON.stringify(expected)),
      `${format} round trip\n${rendered}`,
    );
    if (format === "markdown")
      assert.equal(
        await renderIncident({ ...back.incident }, { format }),
        rendered,
        "render(parse(render(x))) === render(x)",
      );
  }
}

for (const name of examples) {
  test(`round trip: ${name} through Markdown and mail`, async () => {
    await assertRoundTrip(parseYaml(readFileSync(example(name), "utf8")));
  });
}

test("round trip: escapes are undone, seconds kept, names with commas and apostrophes whole, item fields read back", async () => {
  /** @type {import("../dist/index.js").Incident} */
  const x = {
    title: "Cache ~120k",
    date: "2015-01-01",
    participants: ["O'Brien, Seán", "van der Berg, Anna"],
    summary: "We lost ~120k requests.\n\n1. Stop the writes\n2. Restore",
    wentWell: ["~120k saved", "1. first"],
    timeline: [{ time: "2015-01-01T00:01:30Z", event: "~120k errors" }],
    actionItems: [
      {
        description: "Cap at ~120k",
        owner: "O'Brien, Seán",
        priority: "P1",
        status: "in-progress",
      },
    ],
  };
  /** @type {Array<["markdown" | "email", "markdown" | "mail"]>} */
  const ways = [
    ["markdown", "markdown"],
    ["email", "mail"],
  ];
  for (const [format, input] of ways) {
    const [p] = await parseDocument(await renderIncident(x, { format }), { path: "x", input });
    const y = p.incident;
    assert.deepEqual(y.participants, x.participants, format);
    assert.equal(y.summary, x.summary, format);
    assert.deepEqual(y.wentWell, x.wentWell, format);
    assert.deepEqual(y.timeline, x.timeline, format);
    assert.deepEqual(y.actionItems, x.actionItems, format);
  }
});

test("round trip: generated incidents (1,000 in test:slow) through Markdown and mail", async () => {
  await fc.assert(fc.asyncProperty(arbitraryIncident, assertRoundTrip), { numRuns: runs(1000) });
});

test("property: taking out needless escapes never changes what inline Markdown means", async () => {
  const { withoutNeedlessEscapes } = await import("../dist/markdown/needless-escapes.js");
  const { parseInline } = await import("../dist/markdown/inline.js");
  const shape = (text) =>
    JSON.stringify(parseInline(text), (k, v) => (k === "position" ? undefined : v));
  const piece = fc.constantFrom(
    "\\*",
    "\\_",
    "\\`",
    "\\~",
    "\\[",
    "\\]",
    "\\!",
    "\\<",
    "\\>",
    "\\&",
    "\\\\",
    "\\#",
    "\\.",
    "\\-",
    "\\|",
    "*",
    "_",
    "`",
    "~",
    "[",
    "]",
    "(",
    ")",
    "!",
    "<",
    ">",
    "&",
    "amp;",
    "#1;",
    "a",
    "b",
    " ",
    "1.",
    "http://x",
    "www.x.org",
    "x@y.org",
  );
  await fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 14 }).map((a) => a.join("")),
      (text) => {
        assert.equal(
          shape(withoutNeedlessEscapes(text, "inline")),
          shape(text),
          JSON.stringify(text),
        );
      },
    ),
    { numRuns: runs(5000) },
  );
});

test("property: any string parses to data and messages, never a throw", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 400 }),
        fc.string({ unit: "binary", maxLength: 400 }),
        fc
          .array(
            fc.constantFrom(
              "# ",
              "Timeline:\n",
              "10:00 ",
              "- ",
              "| a |",
              "\n",
              "Date: 2020-01-01\n",
              "**",
              "[",
              "> ",
              "---\n",
              "From x\n",
            ),
            { maxLength: 60 },
          )
          .map((a) => a.join("")),
      ),
      fc.constantFrom("markdown", "mail", "auto"),
      async (text, input) => {
        const out = await parseDocument(text, { path: "x", input });
        assert.ok(Array.isArray(out));
      },
    ),
    { numRuns: runs(500) },
  );
});

test("parse: numbered section names head their sections in Markdown, even with text right under them", async () => {
  const { incident } = await parseOne(
    "# DB outage\n\n1. Summary\nThe database was down on 2024-03-09.\n\n2. Timeline\n- 10:00 UTC alert fired\n- 10:30 UTC restored\n\n3. Lessons learned\nDisk alerts were too coarse.\n\n4. Action items\n- Add disk alerts\n",
    { path: "n.md" },
  );
  assert.equal(incident.summary, "The database was down on 2024-03-09.");
  assert.equal(incident.timeline.length, 2);
  assert.deepEqual(incident.lessons, ["Disk alerts were too coarse."]);
  assert.deepEqual(
    incident.actionItems.map((a) => a.description),
    ["Add disk alerts"],
  );
  assert.equal(incident.notes, undefined);
});

test("parse: bold labels run into their text name their sections, in question form too; a lone **Why?** does not", async () => {
  const { incident } = await parseOne(
    "# Search outage\n\n**What happened?** Search returned errors for an hour on 2022-05-04.\n\n**What caused it?** A bad index deploy.\n\n**Impact**: every search failed.\n\n**Why?** The canary was skipped.\n",
    { path: "b.md" },
  );
  assert.equal(incident.summary, "Search returned errors for an hour on 2022-05-04.");
  assert.match(incident.impact, /^every search failed\./);
  assert.equal(incident.rootCause, "A bad index deploy.");
  // The lone question is kept where it stands, not made a section of its own.
  assert.match(JSON.stringify(incident), /\*\*Why\?\*\* The canary was skipped\./);
});

// Timeline stamps in shapes real post-mortems use: the document, and the [time, event] pairs it
// reads as.
const STAMP_CASES = [
  [
    "approximate (~18:30) and military (0012Z, 1420 UTC) stamps are times; four digits alone are not",
    "# Outage on 2024-03-09\n\n## Timeline\n\n- ~18:30 failover started\n- 1842Z on-call paged\n- 1900 UTC writes restored\n- 2024 was a hard year\n",
    [
      ["2024-03-09T18:30:00Z", "failover started"],
      ["2024-03-09T18:42:00Z", "on-call paged"],
      ["2024-03-09T19:00:00Z", "writes restored"],
      [undefined, "2024 was a hard year"],
    ],
  ],
  [
    "days with their events nested under them, and a heading per event",
    "# Cache outage\n\n## Timeline\n\n- 23 October 2014\n  - 22:10 cache nodes evicted\n  - 23:55 alerts fired\n- 24 October 2014\n  - 00:40 cache rebuilt\n\n### 01:10 UTC — all clear\n\nTraffic back to normal.\n",
    [
      ["2014-10-23T22:10:00Z", "cache nodes evicted"],
      ["2014-10-23T23:55:00Z", "alerts fired"],
      ["2014-10-24T00:40:00Z", "cache rebuilt"],
      ["2014-10-24T01:10:00Z", "all clear: Traffic back to normal."],
    ],
  ],
  [
    "times followed by '6th Nov 2023'",
    "# Gateway incident\n\n## Timeline\n\n10:05 6th Nov 2023 - gateway errors begin\n11:00 6th Nov 2023 - fixed\n",
    [
      ["2023-11-06T10:05:00Z", "gateway errors begin"],
      ["2023-11-06T11:00:00Z", "fixed"],
    ],
  ],
];
for (const [title, text, expected] of STAMP_CASES)
  test(`parse: ${title}`, async () => assert.deepEqual(await timelineOf(text), expected));

test("parse: an opening paragraph that tells what happened and ends by introducing a list is the summary; a bracketed full stop ends no sentence", async () => {
  const mail = (intro) =>
    `Maintenance report\n\n${intro}\n\n  1. Reboot all servers.\n\nPlanned Improvements\n\n  1. Page the LDAP owner before a reboot.\n`;
  const told = await parseOne(
    mail(
      "This morning the maintenance caused rolling outages. All services are back. Below is an outline of what we did:",
    ),
    { path: "m.txt" },
  );
  assert.match(told.incident.summary, /^This morning the maintenance/);
  assert.match(told.incident.notes, /Reboot all servers/, "the list it introduces is kept");
  const titled = await parseOne(mail("A little report on #12 (Can't save. Try later):"), {
    path: "m.txt",
  });
  assert.equal(titled.incident.summary, undefined);
});
