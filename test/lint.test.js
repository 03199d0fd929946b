import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  readFileSync,
  writeFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  mkdirSync,
  copyFileSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import ajvDraft04 from "ajv-draft-04";

// The package is CommonJS: its class is both module.exports and its `default`.
const Ajv4 = ajvDraft04.default;
import { cli, fixture, root } from "./helpers.js";
import { runs } from "./helpers.js";
import { lintText } from "../dist/lint/engine.js";
import { fixText } from "../dist/lint/fix-text.js";
import { RULES, RULE_IDS } from "../dist/lint/rules/index.js";

const tmp = () => mkdtempSync(join(tmpdir(), "postmortem-lint-"));
const lines = (stdout) => stdout.trim().split("\n").filter(Boolean);
/** `line:column severity rule` of each finding, from the JSON output. */
const findings = (r) =>
  JSON.parse(r.stdout).flatMap((f) =>
    f.messages.map(
      (m) => `${m.line}:${m.column} ${m.severity === 2 ? "error" : "warning"} ${m.ruleId}`,
    ),
  );

test("lint: every rule has a doc, a code, and fixtures that fire and do not fire", () => {
  const codes = new Set();
  for (const id of RULE_IDS) {
    const rule = RULES[id];
    assert.equal(rule.id, id);
    assert.match(rule.code, /^PM\d{3}$/);
    assert.ok(!codes.has(rule.code), `duplicate code ${rule.code}`);
    codes.add(rule.code);
    assert.ok(existsSync(join(root, "docs/rules", `${id}.md`)), `docs/rules/${id}.md`);
    const files = readdirSync(fixture("lint", id));
    assert.ok(
      files.some((f) => f === "valid" || f.startsWith("valid.")),
      `${id} has a valid fixture`,
    );
    assert.ok(
      files.some((f) => f === "invalid" || f.startsWith("invalid.")),
      `${id} has an invalid fixture`,
    );
  }
  const check = spawnSync(process.execPath, [join(root, "scripts/rule-docs.mjs"), "--check"], {
    encoding: "utf8",
  });
  assert.equal(check.status, 0, `rule docs show the fixtures: ${check.stderr}`);
});

for (const id of readdirSync(fixture("lint")).sort()) {
  test(`lint rule ${id}: fires on its invalid fixtures, stays quiet on the valid one`, () => {
    for (const name of readdirSync(fixture("lint", id))) {
      // A folder is a set of documents linted together, for the rules that compare them.
      const path = fixture("lint", id, name);
      const set = statSync(path).isDirectory();
      const r = cli(["lint", path, "--format", "json"]);
      const mine = JSON.parse(r.stdout).flatMap((f) =>
        f.messages
          .filter((m) => m.ruleId === id)
          .map((m) => ({ ...m, file: set ? `${relative(path, f.filePath)}:` : "" })),
      );
      if (name === "valid" || name.startsWith("valid.")) {
        assert.deepEqual(mine, [], `${id}/${name}`);
        assert.equal(r.code, 0, `${id}/${name} is clean: ${r.stdout}`);
      } else {
        assert.ok(mine.length > 0, `${id}/${name} fires`);
        const golden = join(root, "test/golden/lint", `${id}.${name}.txt`);
        const got =
          mine
            .map(
              (m) =>
                `${m.file}${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity === 2 ? "error" : "warning"} ${m.message}`,
            )
            .join("\n") + "\n";
        if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
          mkdirSync(join(root, "test/golden/lint"), { recursive: true });
          writeFileSync(golden, got);
        }
        assert.equal(got, readFileSync(golden, "utf8"), `${id}/${name}`);
        for (const m of mine) assert.match(m.url, new RegExp(`docs/rules/${id}\\.md$`));
      }
    }
  });
}

test("lint: the founding mail gets what a reviewer would say, and nothing else", () => {
  const r = cli(["lint", fixture("parse/gluster-2018-11-20.txt"), "--format", "json"]);
  assert.equal(r.code, 0, "warnings only");
  assert.deepEqual(findings(r), [
    "17:1 warning impact-quantified",
    ...[64, 65, 66, 67, 68].flatMap((l) => [
      `${l}:1 warning action-item-owner`,
      `${l}:1 warning action-item-ticket`,
    ]),
  ]);
});

test("lint: the bundled examples lint clean", () => {
  const r = cli(["lint", join(root, "examples")]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, "3 files linted, no problems\n");
});

test("lint CLI: stylish output names file, line, column, severity, message and rule; exit codes", () => {
  const bad = cli(["lint", fixture("lint/timeline-order/invalid.md")]);
  assert.equal(bad.code, 1);
  assert.match(
    bad.stderr,
    /invalid\.md:35:1 {2}error {2}Timeline entry at 2024-05-02 10:05 is out of order, expected it before the entry at 2024-05-02 10:40 {2}timeline-order\n {2}.*invalid\.md:34:1 {2}the entry it should come before/,
  );
  assert.match(bad.stderr, /1 problem \(1 error, 0 warnings\)/);
  assert.equal(bad.stdout, "");
  const yaml = cli(["lint", fixture("lint/title-present/invalid.yaml")]);
  assert.equal(yaml.code, 1);
  assert.match(
    yaml.stderr,
    /invalid\.yaml:1:1 {2}error {2}Missing required property "title" {2}schema\/required/,
  );
  assert.equal(cli(["lint", "missing.md"]).code, 2);
  assert.equal(cli(["lint", fixture("lint/title-present/valid.yaml"), "--format", "xml"]).code, 2);
  const warn = cli(["lint", fixture("lint/action-item-owner/invalid.md"), "--max-warnings", "0"]);
  assert.equal(warn.code, 1, "more warnings than --max-warnings fails");
  const unlimited = cli([
    "lint",
    fixture("lint/action-item-owner/invalid.md"),
    "--max-warnings",
    "-1",
  ]);
  assert.equal(unlimited.code, 0, `-1 is no limit: ${unlimited.stderr}`);
  const below = cli(["lint", fixture("lint/action-item-owner/invalid.md"), "--max-warnings", "-2"]);
  assert.equal(below.code, 2, "below -1 is a usage error");
  assert.match(below.stderr, /-1 for no limit/);
  assert.equal(
    cli(["lint", fixture("lint/action-item-owner/invalid.md")]).code,
    0,
    "warnings alone pass",
  );
});

test("lint --format sarif validates against the SARIF 2.1.0 schema; github gives annotations", () => {
  const r = cli([
    "lint",
    fixture("lint/no-private-data/invalid.md"),
    fixture("lint/title-present/invalid.yaml"),
    "--format",
    "sarif",
  ]);
  assert.equal(r.code, 1);
  /** @type {any} SARIF is checked against its schema below, not by types. */
  const log = JSON.parse(r.stdout);
  const ajv = new Ajv4({
    allErrors: true,
    strict: false,
    validateFormats: false,
    unicodeRegExp: false,
  });
  const validate = ajv.compile(
    JSON.parse(readFileSync(fixture("sarif/sarif-2.1.0-rtm.5.json"), "utf8")),
  );
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
  const results = log.runs[0].results;
  assert.ok(
    results.some(
      (x) =>
        x.ruleId === "no-private-data" &&
        x.locations[0].physicalLocation.region.startLine === 21 &&
        x.locations[0].physicalLocation.artifactLocation.uri ===
          "test/fixtures/lint/no-private-data/invalid.md",
    ),
  );
  assert.ok(results.some((x) => x.ruleId === "schema/required" && x.level === "error"));
  for (const x of results) assert.equal(log.runs[0].tool.driver.rules[x.ruleIndex].id, x.ruleId);
  // The place a finding points to travels in SARIF and JSON too.
  const order = fixture("lint/timeline-order/invalid.md");
  const sarif = JSON.parse(cli(["lint", order, "--format", "sarif"]).stdout);
  assert.equal(validate(sarif), true, JSON.stringify(validate.errors, null, 2));
  const related = sarif.runs[0].results[0].relatedLocations[0];
  assert.equal(related.physicalLocation.region.startLine, 34);
  assert.match(related.message.text, /the entry it should come before/);
  const json = JSON.parse(cli(["lint", order, "--format", "json"]).stdout);
  assert.equal(json[0].messages[0].related.line, 34);
  const gh = cli(["lint", fixture("lint/timeline-order/invalid.md"), "--format", "github"]);
  assert.equal(
    lines(gh.stdout)[0],
    "::error file=test/fixtures/lint/timeline-order/invalid.md,line=35,col=1,endLine=35,endColumn=47,title=timeline-order::Timeline entry at 2024-05-02 10:05 is out of order, expected it before the entry at 2024-05-02 10:40",
  );
});

test("lint: config found from the file's folder upwards, --config, --rule, and bad configs", () => {
  const dir = tmp();
  // A project (the search for a config stops at its root).
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "team", "2024"), { recursive: true });
  copyFileSync(fixture("lint/action-item-owner/invalid.md"), join(dir, "team", "2024", "pm.md"));
  const file = join(dir, "team", "2024", "pm.md");
  assert.deepEqual(findings(cli(["lint", file, "--format", "json"])), [
    "25:1 warning action-item-owner",
  ]);
  writeFileSync(join(dir, "team", ".postmortemrc.yaml"), "rules:\n  action-item-owner: error\n");
  assert.deepEqual(
    findings(cli(["lint", file, "--format", "json"])),
    ["25:1 error action-item-owner"],
    ".postmortemrc.yaml one folder up",
  );
  writeFileSync(
    join(dir, "team", "2024", "package.json"),
    JSON.stringify({ name: "x", postmortem: { rules: { "action-item-owner": "off" } } }),
  );
  assert.deepEqual(
    findings(cli(["lint", file, "--format", "json"])),
    [],
    "the nearest config wins: package.json key",
  );
  assert.deepEqual(
    findings(cli(["lint", file, "--format", "json", "--rule", "action-item-owner=error"])),
    ["25:1 error action-item-owner"],
    "--rule overrides",
  );
  writeFileSync(
    join(dir, "strict.json"),
    JSON.stringify({
      rules: { "required-sections": ["error", { sections: ["summary", "detection"] }] },
    }),
  );
  const strict = cli(["lint", file, "--config", join(dir, "strict.json"), "--format", "json"]);
  assert.ok(findings(strict).includes("21:1 error required-sections"), "options from --config");
  assert.match(
    JSON.parse(strict.stdout)[0].messages.find((m) => m.ruleId === "required-sections").message,
    /Missing section "Detection", expected it after "Resolution"/,
  );
  writeFileSync(join(dir, "bad.json"), JSON.stringify({ rules: { "no-such-rule": "warn" } }));
  const bad = cli(["lint", file, "--config", join(dir, "bad.json")]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /bad\.json: unknown rule "no-such-rule"/);
  writeFileSync(
    join(dir, "bad-options.json"),
    JSON.stringify({ rules: { "timeline-in-window": ["warn", { daysAfter: -1 }] } }),
  );
  const badOptions = cli(["lint", file, "--config", join(dir, "bad-options.json")]);
  assert.equal(badOptions.code, 2);
  assert.match(badOptions.stderr, /options of "timeline-in-window" at \/daysAfter must be >= 0/);
  assert.equal(cli(["lint", file, "--rule", "nope=off"]).code, 2);
  assert.ok(!/\n\s+at /.test(bad.stderr + badOptions.stderr), "no stack trace");
});

test("lint: inline disable comments in Markdown and YAML", async () => {
  const md = readFileSync(fixture("lint/action-item-owner/invalid.md"), "utf8");
  const off = md.replace(
    "## Action items",
    "<!-- postmortem-disable action-item-owner -->\n\n## Action items",
  );
  assert.deepEqual(
    (await lintText(off, { path: "x.md" })).file.messages.map((m) => m.ruleId),
    [],
  );
  const nextLine = md.replace(
    "- Validate template",
    "<!-- postmortem-disable-next-line action-item-owner -->\n- Validate template",
  );
  assert.deepEqual(
    (await lintText(nextLine, { path: "x.md" })).file.messages.map((m) => m.ruleId),
    [],
  );
  const other = md.replace(
    "## Action items",
    "<!-- postmortem-disable no-placeholder -->\n\n## Action items",
  );
  assert.deepEqual(
    (await lintText(other, { path: "x.md" })).file.messages.map((m) => m.ruleId),
    ["action-item-owner"],
  );
});

test("lint: strictness follows status", async () => {
  const final = await lintText(readFileSync(fixture("lint/no-placeholder/invalid.md"), "utf8"), {
    path: "x.md",
  });
  assert.ok(final.file.messages.every((m) => m.fatal === true));
  const draft = await lintText(readFileSync(fixture("lint/no-placeholder/draft.md"), "utf8"), {
    path: "x.md",
  });
  assert.deepEqual(
    draft.file.messages.map((m) => [m.ruleId, m.fatal]),
    [["no-placeholder", false]],
  );
});

test("lint --fix: sorts a timeline, rewrites times in UTC, adds missing sections, atomically, losing nothing", () => {
  const dir = tmp();
  const order = join(dir, "order.md");
  copyFileSync(fixture("lint/timeline-order/invalid.md"), order);
  const r = cli(["lint", order, "--fix"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    readFileSync(order, "utf8"),
    readFileSync(fixture("lint/timeline-order/valid.md"), "utf8"),
  );
  const yaml = join(dir, "order.yaml");
  const data = readFileSync(fixture("lint/timeline-in-window/valid.yaml"), "utf8");
  const swapped = data.replace(
    /( {2}- time: "2024-05-02T10:00:00Z"\n.*\n.*\n)( {2}- time: "2024-05-02T10:05:00Z"\n.*\n.*\n)/,
    "$2$1",
  );
  assert.notEqual(swapped, data);
  writeFileSync(yaml, swapped);
  assert.equal(cli(["lint", yaml, "--fix"]).code, 0);
  assert.equal(readFileSync(yaml, "utf8"), data);
  const missing = join(dir, "missing.md");
  copyFileSync(fixture("lint/required-sections/invalid.md"), missing);
  const fixed = cli(["lint", missing, "--fix", "--format", "json"]);
  assert.deepEqual(
    findings(fixed),
    ["17:1 error no-placeholder"],
    "the added section's guidance is a placeholder to fill",
  );
  assert.match(
    readFileSync(missing, "utf8"),
    /## Impact\n\nFor 40 minutes.*\n\n## Root cause\n\nTODO: Why it happened/,
  );
  const zone = join(dir, "zone.txt");
  copyFileSync(fixture("lint/timeline-timezone/invalid.txt"), zone);
  assert.equal(cli(["lint", zone, "--fix"]).code, 0);
  const rewritten = readFileSync(zone, "utf8");
  assert.match(
    rewritten,
    /^All times in UTC\.\n\nTimeline:\n10:00 deploy starts, jobs stop\n10:40 rollback done, backlog drained\n/m,
    "times rewritten in UTC, the note too",
  );
  assert.equal(
    rewritten
      .replace("All times in UTC", "All times in CEST")
      .replace("10:00", "12:00")
      .replace("10:40", "12:40"),
    readFileSync(fixture("lint/timeline-timezone/invalid.txt"), "utf8"),
    "nothing else changed",
  );
  const ampm = join(dir, "ampm.txt");
  copyFileSync(fixture("parse/plain-cedt.txt"), ampm);
  cli(["lint", ampm, "--fix"]);
  assert.match(
    readFileSync(ampm, "utf8"),
    /\* 21:40: Chidi finds the stale boot entry and\n {2}pins the kernel\n\* 22:15: builds green again/,
    "am/pm and the night after midnight, in UTC",
  );
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith(".tmp")),
    [],
    "no temporary files left",
  );
});

test("property: lint returns messages for any string, never throws", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc
          .array(
            fc.constantFrom(
              "# T\n",
              "## Timeline\n",
              "10:00 ",
              "- [ ] x\n",
              "| a | b |\n| - | - |\n",
              "Date: 2020-01-01\n",
              "status: draft\n",
              "TODO ",
              "<!-- postmortem-disable -->",
              "\n",
            ),
            { maxLength: 40 },
          )
          .map((a) => a.join("")),
      ),
      fc.constantFrom("x.md", "x.txt", "x.yaml", "x.json"),
      async (text, path) => {
        const r = await lintText(text, { path });
        assert.ok(Array.isArray(r.file.messages));
        assert.ok(
          !r.file.messages.some((m) => /Rule crashed/.test(m.reason)),
          r.file.messages.map(String).join("\n"),
        );
      },
    ),
    { numRuns: runs(300) },
  );
});

test("lint . in a repository reads its post-mortems only: .gitignore, READMEs, docs and config are skipped, and said", () => {
  const repo = mkdtempSync(join(tmpdir(), "pm-repo-"));
  mkdirSync(join(repo, ".git"));
  mkdirSync(join(repo, "coverage"));
  mkdirSync(join(repo, "docs"));
  mkdirSync(join(repo, "postmortems"));
  writeFileSync(join(repo, ".gitignore"), "coverage/\n*.log.md\n");
  writeFileSync(
    join(repo, "coverage", "index.md"),
    "# Coverage report\n\n## Timeline\n\n## Root cause\n",
  );
  writeFileSync(
    join(repo, "postmortems", "debug.log.md"),
    "# Outage log\n\n## Timeline\n\n## Root cause\n",
  );
  writeFileSync(
    join(repo, "README.md"),
    "# Incident tooling\n\n## Summary\n\nHow we write post-mortems.\n",
  );
  writeFileSync(
    join(repo, "docs", "style.md"),
    "# Style\n\n## Why it matters\n\nBlameless writing.\n\n## How to fix\n\nRewrite.\n",
  );
  writeFileSync(join(repo, "tsconfig.json"), '{ "compilerOptions": { "strict": true } }\n');
  copyFileSync(
    join(root, "examples", "gluster-docs-2018-11-20.yaml"),
    join(repo, "postmortems", "gluster.yaml"),
  );
  writeFileSync(
    join(repo, "postmortems", "draft.md"),
    "# Cache outage\n\n## Summary\n\nTODO\n\n## Timeline\n\n## Root cause\n",
  );
  const r = cli(["lint", ".", "--format", "json"], { cwd: repo });
  const linted = JSON.parse(r.stdout)
    .map((f) => f.filePath.replace(/\\/g, "/"))
    .sort();
  assert.deepEqual(linted, ["postmortems/draft.md", "postmortems/gluster.yaml"]);
  assert.match(
    r.stderr,
    /skipped 3 that are not a post-mortem \((?=.*README\.md)(?=.*docs\/style\.md)(?=.*tsconfig\.json).*\) and 2 ignored by \.gitignore/,
  );
  // Named on the command line, a file is read whatever it looks like.
  assert.match(cli(["lint", "README.md"], { cwd: repo }).stderr, /README\.md:1:1/);
});

test("lint config lookup stops at the project root and never runs a config from a folder above it; --no-config-lookup uses none", () => {
  const top = mkdtempSync(join(tmpdir(), "pm-cfg-"));
  const marker = join(top, "ran");
  // A config in a shared folder above the document: code that must not run.
  writeFileSync(
    join(top, "postmortem.config.js"),
    `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(marker)}, "yes"); export default { rules: { "title-present": "off" } };\n`,
  );
  mkdirSync(join(top, "shared"));
  writeFileSync(join(top, "shared", "draft.md"), "Date: 2024-01-02\n\n## Summary\n\nx\n");
  const outside = cli(["lint", join(top, "shared", "draft.md"), "--format", "json"]);
  assert.ok(!existsSync(marker), "the config above the document was not run");
  assert.ok(JSON.parse(outside.stdout)[0].messages.some((m) => m.ruleId === "title-present"));
  // Inside a project, its root's config applies, and --no-config-lookup leaves it out.
  mkdirSync(join(top, "proj", ".git"), { recursive: true });
  mkdirSync(join(top, "proj", "docs"));
  writeFileSync(
    join(top, "proj", ".postmortemrc.json"),
    JSON.stringify({ rules: { "title-present": "off" } }),
  );
  writeFileSync(join(top, "proj", "docs", "draft.md"), "Date: 2024-01-02\n\n## Summary\n\nx\n");
  const rules = (args) =>
    JSON.parse(
      cli(["lint", join(top, "proj", "docs", "draft.md"), "--format", "json", ...args]).stdout,
    )[0].messages.map((m) => m.ruleId);
  assert.ok(!rules([]).includes("title-present"), "the project's config applies");
  assert.ok(
    rules(["--no-config-lookup"]).includes("title-present"),
    "--no-config-lookup uses none",
  );
  assert.ok(!existsSync(marker));
});

test("lint: a denied blame word, a timeline of days and a **TODO** status are not findings", () => {
  const dir = tmp();
  const file = join(dir, "days.md");
  const doc = (extra) =>
    `# Scheduler outage on 2024-03-09\n\n## Summary\n\nThe default-scheduler stopped placing pods. Nobody was careless; it wasn't human error.${extra}\n\n## Timeline\n\n- 2024-03-09: config change merged\n- 2024-03-10: pods stuck\n\n## Action items\n\n- Add an alert on pending pods (owner: Cy, OPS-3, **TODO**)\n`;
  writeFileSync(file, doc(""));
  const rules = ["blameless-language", "timeline-timezone", "no-placeholder"];
  const quiet = JSON.parse(cli(["lint", file, "--format", "json"]).stdout)[0].messages;
  assert.deepEqual(
    quiet.filter((m) => rules.includes(m.ruleId)),
    [],
  );
  writeFileSync(file, doc(" The operator was careless. TODO: say more."));
  const loud = JSON.parse(cli(["lint", file, "--format", "json"]).stdout)[0].messages;
  assert.deepEqual(
    loud.filter((m) => rules.includes(m.ruleId)).map((m) => m.ruleId),
    ["blameless-language", "no-placeholder"],
  );
});

/** The findings of one rule on a small Markdown document. */
async function messagesOf(doc, rule) {
  const r = await lintText(doc, { path: "x.md" });
  return r.file.messages.filter((m) => m.ruleId === rule);
}

/** A small document: a title, a date, then the sections given as Markdown. */
const smallDoc = (sections) => `# Outage\n\nDate: 2024-05-02\n\n${sections}\n`;

/** How many findings of one rule a sentence gets, alone in a section of a small document. */
async function findingsIn(section, sentence, rule) {
  return (await messagesOf(smallDoc(`## ${section}\n\n${sentence}`), rule)).length;
}

/** Each `reported` text, alone in the section, gets one finding of the rule; each `quiet` one none. */
async function reportsOnce(section, rule, { reported, quiet }) {
  for (const text of reported) assert.equal(await findingsIn(section, text, rule), 1, text);
  for (const text of quiet) assert.equal(await findingsIn(section, text, rule), 0, text);
}

test("blameless-language: blame is reported; a thing's fault, a compound, a denial, a concession or a broken thing is not", async () => {
  await reportsOnce("Root cause", "blameless-language", {
    reported: [
      "The on-call engineer carelessly restarted the primary.",
      "This should have been caught in review.",
      "Honestly, it was our fault.",
      "Human error on the deploy host.",
    ],
    quiet: [
      "Indicators point to an upstream fault in the load balancer.",
      "The chassis will be taken down for fault testing.",
      "We keep our post-mortems blame-free.",
      "The outage was neither the fault of our equipment nor of our provider.",
      "While it can be attributed to human error, it is incorrect to focus on the individual.",
      "Maybe the server's configuration got messed up somehow.",
      "Nobody was careless: the flag had no guard.",
    ],
  });
});

test("lint: the SRE book's example post-mortem passes at the default settings, its tracker statuses read", async () => {
  const file = fixture("published", "sre-book-shakespeare-sonnet.md");
  const r = cli(["lint", file, "--format", "json"]);
  assert.equal(r.code, 0, r.stdout);
  const rules = JSON.parse(r.stdout)[0].messages.map((m) => m.ruleId);
  assert.ok(!rules.includes("no-placeholder"), "**TODO** in the Bug column is a status");
  assert.ok(!rules.includes("timeline-key-events"), "OUTAGE BEGINS / pager storm / MITIGATED");
  const items = JSON.parse(cli(["parse", file]).stdout).actionItems;
  assert.deepEqual(
    items.map((i) => [i.status, i.ticket ?? null]),
    [
      ["done", null],
      ["open", "Bug 5554823"],
      ["open", null],
      ["open", "Bug 5554824"],
      ["done", "Bug 5554825"],
      ["open", "Bug 5554826"],
      ["open", "Bug 5554827"],
      ["done", null],
      ["open", null],
    ],
  );
});

test("timeline-in-window: a lead-up and a follow-up are not typos; a far entry among near ones, or another year's same day, is", async () => {
  const found = async (...entries) => {
    const doc = smallDoc(`## Timeline (UTC)\n\n${entries.map((e) => `- ${e}`).join("\n")}`);
    return (await messagesOf(doc, "timeline-in-window")).map((m) => m.reason);
  };
  const near = ["2024-05-02 10:00 deploy starts", "2024-05-02 10:40 rollback done"];
  assert.deepEqual(
    await found("2024-03-01 09:00 the flag is added", ...near, "2024-07-15 09:00 the fix ships"),
    [],
  );
  assert.equal((await found(near[0], "2023-06-20 10:20 alert fires", near[1])).length, 1);
  assert.equal((await found(...near, "2025-05-02 11:00 all clear")).length, 1);
  assert.match(
    (await found("2025-01-10 10:00 deploy", "2025-01-10 11:00 rollback")).join(),
    /is the incident date right/,
  );
});

test("no-private-data: a person's address is reported; a package at a version, a systemd unit, a mail's own headers and a role address are not", async () => {
  const hits = (line) => findingsIn("Summary", line, "no-private-data");
  assert.equal(await hits("Reported by jane.doe@gmail.com on the forum."), 1);
  for (const fine of [
    "We published eslint-scope@3.7.2 to replace eslint-scope@3.7.1.",
    "systemctl restart postgresql@14-main.service brought it back.",
    "From:  Paul Fisher <rao@gnu.org>",
    "Write to bounty@ethereum.org with any finding.",
  ])
    assert.equal(await hits(fine), 0, fine);
});

test("action items: work written as done ('has been disabled', 'We have removed') is done, a condition later on is not", async () => {
  const { statusInText } = await import("../dist/parse/action-item.js");
  assert.equal(statusInText("The vulnerable Action has been disabled and removed.").status, "done");
  assert.equal(statusInText("We have removed the ability for our bots to commit.").status, "done");
  assert.equal(
    statusInText("Turn the check back on, once the bug has been fixed").status,
    undefined,
  );
  assert.equal(statusInText("Bug 5554823 TODO").status, "todo");
  assert.equal(statusInText("TODO").status, undefined);
});

test("lint config cascades as in ESLint and markdownlint: every config from the project root down applies, the nearest wins, and root: true stops it", () => {
  const proj = mkdtempSync(join(tmpdir(), "pm-cascade-"));
  mkdirSync(join(proj, ".git"));
  mkdirSync(join(proj, "team", "drafts"), { recursive: true });
  writeFileSync(
    join(proj, ".postmortemrc.json"),
    JSON.stringify({ rules: { "title-present": "off", "participants-present": "error" } }),
  );
  writeFileSync(
    join(proj, "team", ".postmortemrc.yaml"),
    "rules:\n  participants-present: warning\n  date-valid: off\n",
  );
  const doc = join(proj, "team", "drafts", "pm.md");
  writeFileSync(doc, "## Summary\n\nThe queue stalled.\n");
  const seen = () =>
    Object.fromEntries(
      JSON.parse(cli(["lint", doc, "--format", "json"]).stdout)[0].messages.map((m) => [
        m.ruleId,
        m.severity,
      ]),
    );
  const both = seen();
  assert.equal(both["title-present"], undefined, "the root's config applies");
  assert.equal(both["date-valid"], undefined, "the team's config applies");
  assert.equal(both["participants-present"], 1, "the nearer config wins");
  writeFileSync(
    join(proj, "team", ".postmortemrc.yaml"),
    "root: true\nrules:\n  date-valid: off\n",
  );
  const rooted = seen();
  assert.equal(rooted["title-present"], 2, "root: true leaves the project's config out");
  assert.equal(rooted["date-valid"], undefined);
});

test("lint --fix writes a file back in its own encoding: Windows-1252, UTF-16 and a UTF-8 byte-order mark survive", () => {
  const dir = tmp();
  const text =
    "Panne du réseau, 2023-11-14\n\nRésumé: le réseau est tombé.\n\nAll times in CET.\n\nTimeline:\n10:00 début de la panne\n10:40 réseau rétabli\n";
  const fixed = text
    .replace("All times in CET", "All times in UTC")
    .replace("10:00 d", "09:00 d")
    .replace("10:40 r", "09:40 r");
  const forms = [
    { name: "latin1.txt", bytes: (/** @type {string} */ t) => Buffer.from(t, "latin1") },
    { name: "bom.txt", bytes: (/** @type {string} */ t) => Buffer.from(`\uFEFF${t}`, "utf8") },
    { name: "utf16.txt", bytes: (/** @type {string} */ t) => Buffer.from(`\uFEFF${t}`, "utf16le") },
  ];
  for (const { name, bytes } of forms) {
    const file = join(dir, name);
    writeFileSync(file, bytes(text));
    cli(["lint", file, "--fix"]);
    assert.deepEqual(readFileSync(file), bytes(fixed), name);
  }
});

test("required-sections: sections missing at one place are one finding, and --fix adds them all, in template order", async () => {
  const doc = smallDoc(
    "## Summary\n\nThe queue stalled.\n\n## Resolution\n\nRolled back.\n\n## Timeline (UTC)\n\n- 10:00 it started",
  );
  const found = await messagesOf(doc, "required-sections");
  assert.deepEqual(
    found.map((m) => [m.line, m.reason]),
    [
      [7, 'Missing sections "Impact" and "Root cause", expected them after "Summary"'],
      [11, 'Missing section "Action items", expected it after "Resolution"'],
    ],
  );
  const { text } = await fixText(doc, { path: "x.md" });
  const headings = text.split("\n").filter((l) => l.startsWith("## "));
  assert.deepEqual(headings, [
    "## Summary",
    "## Impact",
    "## Root cause",
    "## Resolution",
    "## Action items",
    "## Timeline (UTC)",
  ]);
});

test("required-sections: an action-item section of prose is there but lists nothing, and is reported so, with no fix", async () => {
  const found = await messagesOf(
    smallDoc(
      "## Summary\n\nThe queue stalled.\n\n## Prevention\n\nWe need to watch the queue depth more closely.\n\nA queue that stops draining should page someone.",
    ),
    "required-sections",
  );
  assert.ok(
    found.some(
      (m) =>
        m.line === 11 &&
        m.reason.startsWith('Section "Prevention" lists no action items, expected them as a list'),
    ),
    found.map((m) => m.reason).join("\n"),
  );
  assert.ok(!found.some((m) => m.reason.includes('"Action items"')));
});

test("timeline-order: clocks that run on while a date goes back are a date slip (a warning, no fix); lines out of place are an error", async () => {
  const order = async (...entries) => {
    const doc = smallDoc(`## Timeline (UTC)\n\n${entries.map((e) => `- ${e}`).join("\n")}`);
    const r = await lintText(doc, { path: "x.md" });
    const m = r.file.messages.filter((x) => x.ruleId === "timeline-order");
    const timeline = doc.indexOf("## Timeline");
    const fixes = r.fixes.filter((f) => f.start > timeline).length;
    return { severity: m.map((x) => (x.fatal ? "error" : "warning")), fixes };
  };
  // The day not advanced past midnight, and a year typed wrong.
  assert.deepEqual(
    await order("2024-05-02 22:10 deploy", "2024-05-02 23:40 alert", "2024-05-02 00:20 rollback"),
    { severity: ["warning"], fixes: 0 },
  );
  assert.deepEqual(await order("2025-05-02 10:00 deploy", "2024-05-02 10:20 alert"), {
    severity: ["warning"],
    fixes: 0,
  });
  assert.deepEqual(await order("2024-05-02 10:20 alert", "2024-05-02 10:00 deploy"), {
    severity: ["error"],
    fixes: 1,
  });
});

test("no-placeholder: a placeholder in the write-up is an error, in an appendix a warning", async () => {
  const severities = async (summary, appendix) => {
    const doc = smallDoc(`## Summary\n\n${summary}\n\n## Appendix\n\n${appendix}`);
    return (await messagesOf(doc, "no-placeholder")).map((m) => (m.fatal ? "error" : "warning"));
  };
  assert.deepEqual(await severities("TODO: what broke", "Chat log attached."), ["error"]);
  assert.deepEqual(await severities("The queue stalled.", "TODO: attach the chat log"), [
    "warning",
  ]);
});

test("action-item-owner: an item the writer takes on ('I will ...') or a bare tracker link has its owner", async () => {
  const owners = async (item) => {
    return (await messagesOf(smallDoc(`## Action items\n\n- ${item}`), "action-item-owner")).length;
  };
  assert.equal(await owners("I will work with the provider on a spare chassis."), 0);
  assert.equal(await owners("Finally, I am working to refine the paging."), 0);
  assert.equal(await owners("https://github.com/example/infra/issues/6477"), 0);
  assert.equal(await owners("Add an alert on the queue depth"), 1);
  assert.equal(await owners("Ask Ian whether the spare chassis fits"), 1);
});

test("root-cause-factors: one cause in one sentence is reported; a list, a second clause, a joining word or a story is not", async () => {
  await reportsOnce("Root cause", "root-cause-factors", {
    reported: [
      "The dedicated server hosting network services experienced a kernel panic.",
      "A bad deploy of the API.",
    ],
    quiet: [
      "The new resolver no longer reads `search` from the old file, and the CI hosts relied on short names.",
      "- The certificate expired\n- No alert was set up for its expiry",
      "The certificate expired without any alert.",
      "A kernel panic took the server down. It hosts every service. Nothing fails over.",
      "TODO: why did it happen?",
      "The cause is still unknown.",
    ],
  });
});

test("repeat-incident: compares the documents linted together; a link, the id or the title acknowledges the earlier one; options and per-file config apply", async () => {
  const { lintSet } = await import("../dist/lint/lint-set.js");
  const { defaultConfig, applyConfig } = await import("../dist/lint/config.js");
  const doc = (date, tags, extra = "") =>
    `id: ${date}-dns\ntitle: Resolver outage on ${date}\ndate: ${date}\nstatus: final\ntags: [${tags.join(", ")}]\nsummary: Names did not resolve.${extra}\n`;
  const run = async (docs, config = defaultConfig()) => {
    const linted = [];
    for (const [path, text] of docs)
      linted.push({ result: await lintText(text, { path, config }), config });
    lintSet(linted);
    return linted.map(({ result }) =>
      result.file.messages.filter((m) => m.ruleId === "repeat-incident").map((m) => m.reason),
    );
  };
  const first = ["pm/2024-01-10-dns.yaml", doc("2024-01-10", ["dns", "resolver"])];
  const again = ["pm/2024-03-02-dns.yaml", doc("2024-03-02", ["DNS", "resolver", "ci"])];
  const [a, b] = await run([again, first]);
  assert.deepEqual(a.length, 1, "input order does not matter: the dates do");
  assert.match(a[0], /"Resolver outage on 2024-01-10" \(2024-01-10-dns\.yaml, 2024-01-10\)/);
  assert.match(a[0], /\(dns, resolver\)/);
  assert.deepEqual(b, []);
  for (const mention of [
    "\\nlinks: [{url: 2024-01-10-dns.yaml}]",
    " Again, as in 2024-01-10-dns.",
    " The same as Resolver outage on 2024-01-10.",
  ]) {
    const linked = [again[0], doc("2024-03-02", ["dns", "resolver"], mention)];
    assert.deepEqual((await run([first, linked]))[1], [], mention);
  }
  // One shared tag is not enough by default; it is with minSharedTags 1.
  const oneTag = [again[0], doc("2024-03-02", ["dns", "ci"])];
  assert.deepEqual((await run([first, oneTag]))[1], []);
  const loose = await applyConfig(
    defaultConfig(),
    { rules: { "repeat-incident": ["warning", { minSharedTags: 1, withinDays: 30 }] } },
    "test",
  );
  assert.deepEqual((await run([first, oneTag], loose))[1], [], "more than 30 days apart");
  const near = [again[0], doc("2024-01-20", ["dns", "ci"])];
  assert.equal((await run([first, near], loose))[1].length, 1);
  // Facets of handling (team, how it was found) are not what broke.
  const facets = (date, tags) => [`pm/${date}.yaml`, doc(date, tags)];
  const [, handled] = await run([
    facets("2024-01-10", ["team: edge", "detected-by:customer", "service:api"]),
    facets("2024-02-10", ["Team:Edge", "detected-by:customer", "service:db"]),
  ]);
  assert.deepEqual(handled, []);
  // One file alone: nothing to compare.
  assert.deepEqual(await run([again]), [[]]);
});
