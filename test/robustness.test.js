// Hostile files: odd bytes give clear messages, huge files are refused, writes are atomic. Every
// shape of hostile text through every command is in test/slow/ (npm run test:slow).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import {
  mkdtempSync,
  writeFileSync,
  readFileSync,
  readdirSync,
  openSync,
  ftruncateSync,
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, cli, root } from "./helpers.js";

test("hostile files: invalid UTF-8, NUL bytes, binary, 10,000 nesting levels give clear messages", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-hostile-"));
  const file = (name, content) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  // Windows-1252 (Latin-1 and the curly quotes and euro sign it adds) and UTF-16 are decoded.
  const latin1 = file(
    "latin1.md",
    Buffer.concat([
      Buffer.from("# Panne du r\xe9seau \x93co\xfbt\x94 \x80\n\nDate: 2024-01-02\n", "latin1"),
    ]),
  );
  const parsed = cli(["parse", latin1]);
  assert.equal(JSON.parse(parsed.stdout).title, "Panne du réseau “coût” €");
  assert.match(
    parsed.stderr,
    /latin1\.md:1:1\s+warning\s+The input was not clean text: it is not UTF-8, so it was read as Windows-1252/,
  );
  const utf16 = [
    [
      "utf16le-bom.md",
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from("# Panne du réseau\n\nDate: 2024-01-02\n", "utf16le"),
      ]),
    ],
    [
      "utf16be-bom.md",
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        Buffer.from("# Panne du réseau\n\nDate: 2024-01-02\n", "utf16le").swap16(),
      ]),
    ],
    ["utf16le.md", Buffer.from("# Panne du réseau\n\nDate: 2024-01-02\n", "utf16le")],
  ].map(([name, bytes]) => file(name, bytes));
  const read16 = cli(["parse", ...utf16, "--format", "ndjson"]);
  assert.deepEqual(
    read16.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).title),
    ["Panne du réseau", "Panne du réseau", "Panne du réseau"],
  );
  const data = cli(["validate", file("latin1.yaml", Buffer.from("title: r\xe9seau\n", "latin1"))]);
  assert.equal(data.code, 2, "data that is not UTF-8 cannot be read at all");
  assert.match(data.stderr, /latin1\.yaml:1:9: is not valid UTF-8 \(byte 0xe9 at offset 8\)/);
  const nul = cli(["lint", file("nul.md", "# Outage\0\n\nDate: 2024-01-02\n")]);
  assert.notEqual(nul.code, 2);
  assert.match(nul.stderr, /nul\.md:1:1\s+warning\s+The input was not clean text/);
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
  for (const command of ["parse", "lint", "actions"]) {
    const r = cli([command, file("blob.bin", binary)]);
    assert.ok(r.code === 0 || r.code === 1, `${command} on binary: ${r.code} ${r.stderr}`);
    assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  }
  const deepJson = cli(["validate", file("deep.json", "[".repeat(10_000) + "]".repeat(10_000))]);
  assert.equal(deepJson.code, 1);
  assert.match(
    deepJson.stderr,
    /deep\.json:\d+:\d+\s+error\s+The document nests too deeply to read/,
  );
  const deep = [
    ["quotes.md", "> ".repeat(10_000) + "a\n"],
    [
      "lists.md",
      Array.from({ length: 10_000 }, (_, i) => `${" ".repeat(Math.min(i, 40))}- a`).join("\n"),
    ],
    ["brackets.md", "[".repeat(10_000) + "]".repeat(10_000)],
  ].map(([name, text]) => file(name, text));
  for (const command of ["parse", "lint", "actions"]) {
    const r = cli([command, ...deep]);
    assert.ok(r.code === 0 || r.code === 1, `${command}: ${r.stderr}`);
    assert.ok(!/\n\s+at /.test(r.stderr), `${command}: no stack trace`);
  }
  const render = cli(["render", "-"], {
    input: JSON.stringify({ title: "x", date: "2020-01-01", summary: "> ".repeat(10_000) + "a" }),
  });
  assert.equal(render.code, 0, render.stderr);
});

test("hostile files: a 200 MB file is refused before it is read, naming the limit and the option", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-huge-"));
  const path = join(dir, "huge.md");
  const fd = openSync(path, "w");
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk or time spent
  closeSync(fd);
  for (const command of ["parse", "lint", "validate", "actions"]) {
    const t = performance.now();
    const r = cli([command, path]);
    assert.equal(r.code, 2, command);
    assert.match(
      r.stderr,
      /huge\.md: is 200 MiB, above the 32 MiB input limit; raise it with --max-bytes/,
    );
    assert.ok(performance.now() - t < 5000, "refused early");
  }
});

test("writes are atomic: a write killed half-way leaves the old file intact", async () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-atomic-"));
  const target = join(dir, "out.md");
  writeFileSync(target, "old content\n");
  // A child writing 150 MB through writeFileAtomic, killed while it writes.
  const script = `import { writeFileAtomic } from ${JSON.stringify(join(root, "dist/output/write-file-atomic.js"))};
process.stdout.write("start\\n");
await writeFileAtomic(${JSON.stringify(target)}, "x".repeat(150 * 1024 * 1024), { force: true });
process.stdout.write("done\\n");`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
  await new Promise((resolve) => child.stdout.once("data", resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
  child.kill("SIGKILL");
  await new Promise((resolve) => child.on("exit", resolve));
  const content = readFileSync(target, "utf8");
  assert.ok(
    content === "old content\n" || content.length === 150 * 1024 * 1024,
    "either the old file or the whole new one, never part",
  );
  assert.ok(
    readdirSync(dir).every((f) => f === "out.md" || f.endsWith(".tmp")),
    "only a temporary file may be left behind",
  );
});

test("mbox: a body line starting with 'From ' after a blank line does not start a message", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-mbox-"));
  const mbox = join(dir, "a.mbox");
  const head = (n, day) =>
    `From ops@example.org ${day} Apr  ${n} 09:00:00 2024\nFrom: Ops <ops@example.org>\nSubject: Outage ${n}\nDate: ${day}, 0${n} Apr 2024 09:00:00 +0000\n\n`;
  writeFileSync(
    mbox,
    `${head(1, "Mon")}Summary:\nThe database failed.\n\nFrom there we restarted it.\n\n${head(2, "Tue")}Summary:\nSecond.\n`,
  );
  const r = cli(["parse", mbox, "-f", "ndjson"]);
  assert.equal(r.code, 0, r.stderr);
  const messages = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(messages.length, 2);
  assert.match(messages[0].summary, /From there we restarted it\./);
});

test("mail: nothing is left out unseen; a long signature and a bare line of underscores keep their text", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-loss-"));
  const mail = join(dir, "m.txt");
  const body = [
    "Subject: Outage",
    "From: A <a@example.org>",
    "Date: Tue, 20 Nov 2018 10:00:00 +0000",
    "",
    "We had an outage.",
    "",
    "______________________________",
    "Root cause: a full disk.",
    "",
    "-- ",
    "Ana",
    "Ops team",
    "+1 555 0100",
    "https://example.org",
    "The fix ships on Friday.",
    "",
    "Thanks,",
    "Ana",
  ].join("\n");
  writeFileSync(mail, body);
  const r = cli(["parse", mail]);
  assert.equal(r.code, 0, r.stderr);
  const x = JSON.parse(r.stdout);
  assert.match(JSON.stringify(x), /a full disk/);
  assert.match(JSON.stringify(x), /The fix ships on Friday/);
  assert.match(r.stderr, /warning {2}Left out the signature \(4 lines: "Ana \.\.\."\)/);
  assert.match(r.stderr, /warning {2}Left out the sign-off \(2 lines: "Thanks, \.\.\."\)/);
});

test("an 8-bit Latin-1 .eml that declares its charset reads as written", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-latin1-"));
  const eml = join(dir, "m.eml");
  const text =
    "From: René <r@example.org>\nSubject: Panne\nDate: Tue, 20 Nov 2018 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nRésumé: le serveur était en panne.\n";
  writeFileSync(eml, Buffer.from(text, "latin1"));
  const r = cli(["parse", eml]);
  const x = JSON.parse(r.stdout);
  assert.equal(x.summary, "Résumé: le serveur était en panne.");
  assert.equal(x.authors[0].name, "René");
});

test("-o --force writes through a symbolic link, keeps the file's mode and every hard link", () => {
  const dir = mkdtempSync(join(tmpdir(), "postmortem-links-"));
  const target = join(dir, "out.json");
  writeFileSync(target, "old\n", { mode: 0o600 });
  symlinkSync("out.json", join(dir, "link.json"));
  const example = join(root, "examples/gluster-docs-2018-11-20.yaml");
  assert.equal(cli(["parse", example, "-o", join(dir, "link.json"), "--force"]).code, 0);
  assert.ok(lstatSync(join(dir, "link.json")).isSymbolicLink(), "the link stays a link");
  assert.match(readFileSync(target, "utf8"), /docs\.gluster\.org/);
  assert.equal(statSync(target).mode & 0o777, 0o600);
  linkSync(target, join(dir, "hard.json"));
  writeFileSync(target, "old\n");
  assert.equal(cli(["parse", example, "-o", target, "--force"]).code, 0);
  assert.match(
    readFileSync(join(dir, "hard.json"), "utf8"),
    /docs\.gluster\.org/,
    "the other hard link sees the new text",
  );
});

test("stdout: a reader that goes away ends the run quietly; a full disk is an error, exit 2", async () => {
  const child = spawn(process.execPath, [bin, "parse", join(root, "test/fixtures/real")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on("close", resolve));
  assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
  assert.notEqual(code, 2);
  if (existsSync("/dev/full")) {
    const full = spawn(
      process.execPath,
      [bin, "render", join(root, "examples/gluster-docs-2018-11-20.yaml")],
      { stdio: ["ignore", openSync("/dev/full", "w"), "pipe"] },
    );
    let err = "";
    full.stderr.on("data", (d) => (err += d));
    assert.equal(await new Promise((resolve) => full.on("close", resolve)), 2);
    assert.match(err, /cannot write the output: ENOSPC/);
  }
});

test("inputs with no size (a FIFO, /dev/zero) are counted as they are read and stopped at the limit", () => {
  if (process.platform === "win32") return;
  for (const path of ["/dev/zero"]) {
    const r = cli(["parse", path, "--max-bytes", "1MB"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /above the 1\.0 MiB input limit|above the 1 MiB input limit/);
  }
});

test("new: a folder that cannot be made is an error at once; two runs with one name never replace each other", async () => {
  if (existsSync("/proc/self")) {
    const r = cli(["new", "--dir", "/proc/nope", "--title", "x", "--yes"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\/proc\/nope/);
  }
  const dir = mkdtempSync(join(tmpdir(), "postmortem-race-"));
  const run = () =>
    new Promise((resolve) => {
      const c = spawn(process.execPath, [
        bin,
        "new",
        "--dir",
        dir,
        "--title",
        "Same name",
        "--date",
        "2025-01-01",
        "--yes",
      ]);
      c.on("close", resolve);
    });
  const codes = (await Promise.all([run(), run(), run()])).sort();
  assert.deepEqual(codes, [0, 2, 2]);
  assert.deepEqual(readdirSync(dir), ["2025-01-01-same-name.yaml"]);
});
