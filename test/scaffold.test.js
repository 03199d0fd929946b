import { test } from "node:test";
import { clearInterval, clearTimeout, setInterval, setTimeout } from "node:timers";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { bin, cli, root } from "./helpers.js";
import { slugify } from "../dist/scaffold/slug.js";

const tmp = () => mkdtempSync(join(tmpdir(), "postmortem-new-"));
const placeholderLines = (r) => JSON.parse(r.stdout)[0].messages.map((m) => `${m.ruleId}`);

test("new: flags only, no terminal: writes a draft YAML that validates, and prints its path", () => {
  const dir = tmp();
  const r = cli([
    "new",
    "--title",
    "Zoë's DNS: outage!",
    "--date",
    "2024-02-03",
    "--severity",
    "SEV2",
    "--participants",
    "Ana, Chidi",
    "--dir",
    dir,
  ]);
  assert.equal(r.code, 0, r.stderr);
  const path = join(dir, "2024-02-03-zoe-s-dns-outage.yaml");
  assert.equal(r.stdout, `${path}\n`);
  const data = parseYaml(readFileSync(path, "utf8"));
  assert.equal(data.$schema, "https://postmortem.dev/schemas/postmortem.schema.json");
  assert.deepEqual(
    [data.title, data.date, data.severity, data.status, data.participants],
    ["Zoë's DNS: outage!", "2024-02-03", "SEV2", "draft", ["Ana", "Chidi"]],
  );
  const valid = cli(["validate", path]);
  assert.equal(valid.code, 0, valid.stderr);
});

test("new: lint lists exactly the placeholders left to fill, as warnings while a draft", () => {
  const dir = tmp();
  for (const format of ["yaml", "markdown"]) {
    const r = cli([
      "new",
      "--title",
      "Cache stampede",
      "--date",
      "2024-02-03",
      "--format",
      format,
      "--dir",
      dir,
      "--yes",
    ]);
    assert.equal(r.code, 0, r.stderr);
    const lint = cli(["lint", r.stdout.trim(), "--format", "json"]);
    assert.equal(lint.code, 0, "warnings only in a draft");
    const rules = placeholderLines(lint);
    assert.ok(rules.length >= 14, `${format}: ${rules.length} placeholders`);
    assert.deepEqual(
      [...new Set(rules)],
      ["no-placeholder"],
      `${format}: nothing but placeholders`,
    );
  }
});

test("new: never overwrites without --force, and writes no temporary file", () => {
  const dir = tmp();
  const args = ["new", "--title", "Cache stampede", "--date", "2024-02-03", "--dir", dir];
  assert.equal(cli(args).code, 0);
  const path = join(dir, "2024-02-03-cache-stampede.yaml");
  writeFileSync(path, "mine\n");
  const again = cli(args);
  assert.equal(again.code, 2);
  assert.match(
    again.stderr,
    /2024-02-03-cache-stampede\.yaml already exists; pass --force to overwrite it/,
  );
  assert.equal(readFileSync(path, "utf8"), "mine\n");
  assert.equal(cli([...args, "--force"]).code, 0);
  assert.notEqual(readFileSync(path, "utf8"), "mine\n");
  assert.deepEqual(readdirSync(dir), ["2024-02-03-cache-stampede.yaml"]);
  assert.equal(cli(["new", "--date", "2024-02-30", "--dir", dir]).code, 2);
});

test("new: slugs are clean file names", () => {
  assert.equal(slugify("Zoë's DNS: outage!"), "zoe-s-dns-outage");
  assert.equal(slugify("  ../../etc/passwd  "), "etc-passwd");
  assert.equal(slugify("山田 の障害"), "山田-の障害");
  assert.equal(slugify("!!!"), "incident");
  assert.ok(slugify("a ".repeat(100)).length <= 60);
});

test(
  "new: in a terminal it asks for what the flags do not give",
  { skip: spawnSync("script", ["--version"]).status !== 0 && "no script(1) for a pseudo-terminal" },
  async () => {
    const dir = tmp();
    // script(1) gives the command a pseudo-terminal; answers are typed one prompt at a time.
    const child = spawn(
      "script",
      ["-qec", `"${process.execPath}" "${bin}" new --dir "${dir}"`, "/dev/null"],
      { cwd: root, env: { ...process.env, NO_COLOR: "1" } },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    // Each answer is typed once its question is on the screen: a start slowed by a loaded
    // machine (or coverage) must not take an answer meant for a question not yet asked.
    // The prompt library draws with cursor moves between characters: compare text alone.
    const bare = (text) =>
      [...text]
        .filter((c) => c >= " ")
        .join("")
        .replace(/\[[\d;?]*[a-z]/gi, "")
        .replace(/\s+/g, "");
    const shown = (text) =>
      new Promise((resolve, reject) => {
        const since = Date.now();
        const poll = setInterval(() => {
          if (bare(out).includes(bare(text))) resolve(clearInterval(poll));
          else if (Date.now() - since > 60_000) {
            clearInterval(poll);
            child.kill("SIGKILL");
            reject(new Error(`no "${text}" within 60 s:\n${out}`));
          }
        }, 50);
      });
    const answers = [
      ["Title (what broke)", "Zoë's cache stampede\r"],
      ["Incident date (UTC)", "2024-02-03\r"],
      ["Severity (optional)", "SEV2\r"],
      ["Participants, comma separated (optional)", "Ana, Chidi\r"],
    ];
    for (const [question, answer] of answers) {
      await shown(question);
      child.stdin.write(answer);
    }
    const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    const code = await new Promise((r) => child.on("exit", r));
    clearTimeout(killer);
    assert.equal(code, 0, out);
    const data = parseYaml(readFileSync(join(dir, "2024-02-03-zoe-s-cache-stampede.yaml"), "utf8"));
    assert.deepEqual(
      [data.title, data.severity, data.participants],
      ["Zoë's cache stampede", "SEV2", ["Ana", "Chidi"]],
    );
  },
);
