// `npm run bench`: measures postmortem against the Markdown toolchain it builds on, side by side
// in one run so machine noise cancels, and writes bench/results.json.
//
//   node scripts/bench.mjs [--docs 1000] [--quick]
//
// The corpus is generated from a fixed seed (bench/corpus/, not committed): realistic
// post-mortems of 4-12 KB in Markdown and in mail text, a few of 100 KB+ with timelines pasted
// from chat, each with the incident data it was rendered from.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { lint as markdownlint } from "markdownlint/sync";
import { parseDocument } from "../dist/parse/parse-document.js";
import { lintText } from "../dist/lint/engine.js";
import { renderIncident } from "../dist/render/render.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const DOCS = Number(args[args.indexOf("--docs") + 1]) || (quick ? 200 : 1000);
const corpusDir = join(root, "bench/corpus");

// ---------------------------------------------------------------------------------------------
// A seeded generator of realistic incidents.
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS =
  "the a of to and in on for with after during before our we it was were is are this that database cache queue worker deploy rollback certificate resolver disk memory network load balancer proxy replica primary node cluster region traffic request latency error rate alert page on-call engineer team customer users service api endpoint job pipeline build release config change flag timeout retry connection pool limit upgrade kernel storage backup restore monitoring dashboard metric threshold incident outage degraded recovered restarted scaled failed saturated leaked expired dropped blocked".split(
    " ",
  );
const NAMES = [
  "Ana",
  "Chidi",
  "Zoë",
  "José",
  "Mei",
  "Ravi",
  "Olga",
  "Tomás",
  "Aiko",
  "Björn",
  "Fatima",
  "Liam",
];
const HANDLES = ["ana", "chidi", "zoe", "jose", "mei", "ravi", "olga", "tomas", "aiko", "bjorn"];

function generator(seed) {
  const rnd = mulberry32(seed);
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const sentence = () => {
    let s = words(int(8, 22));
    if (rnd() < 0.15) s = s.replace(/(\w+)$/, "`$1`");
    if (rnd() < 0.1) s = s.replace(/^(\w+ \w+)/, "**$1**");
    if (rnd() < 0.08) s += ` (see [the runbook](https://runbooks.example.org/${pick(WORDS)}))`;
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  };
  const paragraph = (n) => Array.from({ length: n }, sentence).join(" ");
  const block = (p, s) => Array.from({ length: p }, () => paragraph(int(2, s))).join("\n\n");
  return (i, big = false) => {
    const day = new Date(Date.UTC(2016, 0, 1) + int(0, 3000) * 86400000);
    const date = day.toISOString().slice(0, 10);
    let t = day.getTime() + int(0, 20) * 3600000;
    const entries = big ? int(1500, 2200) : int(8, 30);
    const kinds = ["start", "detected", "escalated", "mitigated", "resolved"];
    const timeline = Array.from({ length: entries }, (_, k) => {
      t += int(1, big ? 3 : 25) * 60000;
      const e = {
        time: new Date(t).toISOString().replace(/\.000Z$/, "Z"),
        event: big ? `<${pick(HANDLES)}> ${words(int(4, 16))}` : words(int(5, 18)),
      };
      if (!big && k < kinds.length && rnd() < 0.8) e.kind = kinds[k];
      return e;
    });
    const people = [...new Set(Array.from({ length: int(2, 5) }, () => pick(NAMES)))];
    return {
      id: `${date}-bench-${i}`,
      title: `${pick(["Database", "Cache", "Queue", "DNS", "CI", "Storage", "API"])} ${pick(["outage", "degradation", "incident"])}: ${words(int(3, 7))}`,
      date,
      status: "final",
      severity: pick(["SEV1", "SEV2", "SEV3"]),
      participants: people,
      summary: block(int(1, 2), 4),
      impact: `For ${int(5, 300)} minutes about ${int(2, 90)}% of requests failed. ${paragraph(int(1, 3))}`,
      detection: paragraph(int(1, 3)),
      trigger: paragraph(1),
      rootCause: block(int(2, 5), 5),
      resolution: Array.from({ length: int(2, 5) }, () => `- ${words(int(6, 14))}`).join("\n"),
      timeline,
      wentWell: Array.from({ length: int(1, 4) }, () => words(int(4, 12))),
      wentBad: Array.from({ length: int(1, 4) }, () => words(int(4, 12))),
      lucky: Array.from({ length: int(0, 2) }, () => words(int(4, 12))),
      actionItems: Array.from({ length: int(2, 7) }, (_, k) => ({
        description: words(int(5, 14)),
        owner: pick(HANDLES),
        ticket: `OPS-${i * 10 + k}`,
        status: pick(["open", "in-progress", "done"]),
      })),
    };
  };
}

async function buildCorpus(count) {
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const make = generator(20181120);
  const files = [];
  for (let i = 0; i < count; i++) {
    const big = i % 200 === 199; // a few with chat-log timelines of 100 KB and more
    const incident = make(i, big);
    const asMail = i % 3 === 2;
    const text = await renderIncident(incident, { format: asMail ? "email" : "markdown" });
    const base = join(corpusDir, `${String(i).padStart(5, "0")}-${asMail ? "mail.txt" : "doc.md"}`);
    writeFileSync(base, text);
    writeFileSync(`${base}.json`, JSON.stringify(incident));
    files.push({ path: base, text, incident, kind: asMail ? "mail" : "markdown" });
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timeIt(fn, rounds = 3) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
const mb = (files) => files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;

/** Parses the files on `threads` worker threads, each taking an equal share. */
async function parseOnWorkers(paths, threads) {
  const chunk = Math.ceil(paths.length / threads);
  const script = new URL("./bench-worker.mjs", import.meta.url);
  await Promise.all(
    Array.from({ length: threads }, (_, w) => {
      const worker = new Worker(script, { workerData: paths.slice(w * chunk, (w + 1) * chunk) });
      return new Promise((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    }),
  );
}

function coldRun(command, argv, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(command, argv, { cwd: root, encoding: "utf8" });
    times.push(performance.now() - t);
    if (r.error) throw r.error;
  }
  return median(times);
}

async function main() {
  console.error(`Generating ${DOCS} post-mortems (seeded)...`);
  const files = await buildCorpus(DOCS);
  const md = files.filter((f) => f.kind === "markdown");
  const sizes = files.map((f) => f.text.length).sort((a, b) => a - b);
  console.error(
    `${files.length} files, ${mb(files).toFixed(1)} MB (median ${(median(sizes) / 1024).toFixed(1)} KB, largest ${(sizes.at(-1) / 1024).toFixed(0)} KB)`,
  );

  const remark = unified().use(remarkParse);
  const remarkWithGfm = unified().use(remarkParse).use(remarkGfm);
  const results = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
    },
    corpus: { files: files.length, megabytes: Number(mb(files).toFixed(2)) },
  };

  // Warm every path once so the JIT is fair to both sides.
  for (const f of files.slice(0, 50)) {
    remark.parse(f.text);
    remarkWithGfm.runSync(remarkWithGfm.parse(f.text));
    await parseDocument(f.text, { path: f.path });
    await lintText(f.text, { path: f.path });
    markdownlint({ strings: { x: f.text } });
  }

  console.error("1. parse vs remark-parse...");
  const tRemark = await timeIt(() => files.forEach((f) => remark.parse(f.text)));
  const tRemarkGfm = await timeIt(() =>
    files.forEach((f) => remarkWithGfm.runSync(remarkWithGfm.parse(f.text))),
  );
  const tParse = await timeIt(async () => {
    for (const f of files) await parseDocument(f.text, { path: f.path });
  });
  const threads = Math.max(1, Math.min(2, cpus().length));
  const tParseWorkers =
    threads > 1
      ? await timeIt(
          () =>
            parseOnWorkers(
              files.map((f) => f.path),
              threads,
            ),
          2,
        )
      : tParse;
  results.parse = {
    remarkParseMBps: mb(files) / (tRemark / 1000),
    remarkParseGfmMBps: mb(files) / (tRemarkGfm / 1000),
    postmortemParseMBps: mb(files) / (tParse / 1000),
    postmortemParseWorkersMBps: mb(files) / (tParseWorkers / 1000),
    workerThreads: threads,
    ratio: tRemark / tParse,
    ratioWithWorkers: tRemark / tParseWorkers,
    goal: 1.5,
  };

  console.error("2. lint vs markdownlint...");
  const tLint = await timeIt(async () => {
    for (const f of files) await lintText(f.text, { path: f.path });
  });
  const tMarkdownlint = await timeIt(() =>
    files.forEach((f) => markdownlint({ strings: { [f.path]: f.text } })),
  );
  results.lint = {
    postmortemMBps: mb(files) / (tLint / 1000),
    markdownlintMBps: mb(files) / (tMarkdownlint / 1000),
    ratio: tMarkdownlint / tLint,
    goal: 1.0,
  };

  console.error("3. cold start...");
  const draft = md.find((f) => f.text.length > 6000 && f.text.length < 10000)?.path ?? md[0].path;
  const cli = join(root, "dist/bin/postmortem.js");
  const mdl2 = join(root, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
  const coldLint = coldRun(process.execPath, [cli, "lint", draft]);
  const coldMarkdownlint = coldRun(process.execPath, [mdl2, draft]);
  const coldVersion = coldRun(process.execPath, [cli, "--version"]);
  const coldNode = coldRun(process.execPath, ["-e", ""]);
  results.cold = {
    lintMs: coldLint,
    markdownlintCli2Ms: coldMarkdownlint,
    lintRatio: coldLint / coldMarkdownlint,
    lintGoal: 0.4,
    lintNodeRatio: coldLint / coldNode,
    lintNodeGoal: 2.5,
    versionMs: coldVersion,
    nodeMs: coldNode,
    versionRatio: coldVersion / coldNode,
    versionGoal: 1.2,
  };

  console.error("4. render...");
  const incidents = files.map((f) => f.incident);
  const tRenderMd = await timeIt(async () => {
    for (const x of incidents) await renderIncident(x, { format: "markdown" });
  }, 1);
  const tRenderMail = await timeIt(async () => {
    for (const x of incidents) await renderIncident(x, { format: "email" });
  }, 1);
  results.render = {
    markdownDocsPerSecond: incidents.length / (tRenderMd / 1000),
    mailDocsPerSecond: incidents.length / (tRenderMail / 1000),
    markdownGoal: 1000,
  };

  console.error("5. scaling...");
  const scaling = [];
  for (const n of quick ? [100, 1000] : [100, 1000, 10000]) {
    const set = Array.from({ length: n }, (_, i) => files[i % files.length]);
    const t = await timeIt(async () => {
      for (const f of set) await parseDocument(f.text, { path: f.path });
    }, 1);
    scaling.push({ documents: n, ms: t, msPerDocument: t / n });
  }
  // One archive of about 20 MB: an mbox of many post-mortem mails, read as one file.
  const mails = files.filter((f) => f.kind === "mail");
  let mbox = "";
  for (let i = 0; Buffer.byteLength(mbox) < (quick ? 5e6 : 20e6); i++) {
    const f = mails[i % mails.length];
    mbox += `From ops@example.org Mon Apr  1 09:00:00 2024\nFrom: Ops <ops@example.org>\nSubject: Post mortem for ${f.incident.title}\nDate: Mon, 01 Apr 2024 09:00:00 +0000\nMessage-ID: <${i}@example.org>\n\n${f.text.replace(/^From /gm, ">From ")}\n`;
  }
  const tArchive = await timeIt(() => parseDocument(mbox, { path: "archive.mbox" }), 1);
  scaling.push({
    archiveMegabytes: Number((Buffer.byteLength(mbox) / 1e6).toFixed(1)),
    ms: tArchive,
    msPerMegabyte: tArchive / (Buffer.byteLength(mbox) / 1e6),
  });
  results.scaling = scaling;

  console.error("6. stats over 5,000 documents...");
  // The corpus five times over, under new names: `postmortem stats` reads, lints and reports.
  // Outside the repository: a folder walk leaves out what .gitignore ignores, bench/corpus too.
  const statsDir = mkdtempSync(join(tmpdir(), "postmortem-stats-"));
  for (let i = 0; i < 5000; i++) {
    const f = files[i % files.length];
    writeFileSync(
      join(statsDir, `${String(i).padStart(5, "0")}-${f.kind === "mail" ? "mail.txt" : "doc.md"}`),
      f.text,
    );
  }
  const statsRun = (args) => {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [cli, "stats", statsDir, "--as-of", "2026-01-01", ...args],
      { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    if (r.status !== 0 || !r.stderr.includes("5000 documents"))
      throw new Error(`stats failed: ${r.stderr}`);
    return performance.now() - t0;
  };
  results.stats = {
    documents: 5000,
    jsonMs: statsRun(["-f", "json"]),
    htmlMs: statsRun(["-f", "html"]),
    withoutLintMs: statsRun(["-f", "json", "--no-lint"]),
    goalMs: 10_000,
  };
  rmSync(statsDir, { recursive: true, force: true });

  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  printTable(results);
}

function printTable(r) {
  const f = (x, d = 2) => Number(x).toFixed(d);
  const ok = (v, goal, lower = false) => ((lower ? v <= goal : v >= goal) ? "met" : "missed");
  const rows = [
    [
      "parse throughput / remark-parse",
      `${f(r.parse.ratio)}x (${f(r.parse.postmortemParseMBps)} vs ${f(r.parse.remarkParseMBps)} MB/s)`,
      `>= ${r.parse.goal}`,
      ok(r.parse.ratio, r.parse.goal),
    ],
    [
      `  on ${r.parse.workerThreads} worker threads`,
      `${f(r.parse.ratioWithWorkers)}x (${f(r.parse.postmortemParseWorkersMBps)} MB/s)`,
      `>= ${r.parse.goal}`,
      ok(r.parse.ratioWithWorkers, r.parse.goal),
    ],
    ["  (remark-parse + remark-gfm)", `${f(r.parse.remarkParseGfmMBps)} MB/s`, "", ""],
    [
      "lint throughput / markdownlint",
      `${f(r.lint.ratio)}x (${f(r.lint.postmortemMBps)} vs ${f(r.lint.markdownlintMBps)} MB/s)`,
      `>= ${r.lint.goal}`,
      ok(r.lint.ratio, r.lint.goal),
    ],
    [
      "cold lint / cold markdownlint-cli2",
      `${f(r.cold.lintRatio)}x (${f(r.cold.lintMs, 0)} vs ${f(r.cold.markdownlintCli2Ms, 0)} ms)`,
      `<= ${r.cold.lintGoal}`,
      ok(r.cold.lintRatio, r.cold.lintGoal, true),
    ],
    [
      "cold lint / node -e ''",
      `${f(r.cold.lintNodeRatio)}x (${f(r.cold.lintMs, 0)} vs ${f(r.cold.nodeMs, 0)} ms)`,
      `<= ${r.cold.lintNodeGoal}`,
      ok(r.cold.lintNodeRatio, r.cold.lintNodeGoal, true),
    ],
    [
      "cold --version / node -e ''",
      `${f(r.cold.versionRatio)}x (${f(r.cold.versionMs, 0)} vs ${f(r.cold.nodeMs, 0)} ms)`,
      `<= ${r.cold.versionGoal}`,
      ok(r.cold.versionRatio, r.cold.versionGoal, true),
    ],
    [
      "render Markdown",
      `${f(r.render.markdownDocsPerSecond, 0)} docs/s`,
      `>= ${r.render.markdownGoal}`,
      ok(r.render.markdownDocsPerSecond, r.render.markdownGoal),
    ],
    [
      `stats on ${r.stats.documents} documents (json, html, no lint)`,
      `${f(r.stats.jsonMs / 1000, 1)} s, ${f(r.stats.htmlMs / 1000, 1)} s, ${f(r.stats.withoutLintMs / 1000, 1)} s`,
      `< ${r.stats.goalMs / 1000} s`,
      ok(Math.max(r.stats.jsonMs, r.stats.htmlMs), r.stats.goalMs, true),
    ],
    ["render mail", `${f(r.render.mailDocsPerSecond, 0)} docs/s`, "", ""],
    ...r.scaling.map((s) =>
      s.documents
        ? [
            `parse ${s.documents} documents`,
            `${f(s.ms, 0)} ms (${f(s.msPerDocument, 2)} ms/doc)`,
            "linear",
            "",
          ]
        : [
            `parse one ${s.archiveMegabytes} MB mbox`,
            `${f(s.ms, 0)} ms (${f(s.msPerMegabyte, 0)} ms/MB)`,
            "linear",
            "",
          ],
    ),
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  console.log(
    `Machine: ${r.machine.cpus} x ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; corpus ${r.corpus.files} files, ${r.corpus.megabytes} MB`,
  );
  for (const row of rows)
    console.log(
      `${row[0].padEnd(w[0])}  ${row[1].padEnd(w[1])}  ${row[2].padEnd(w[2])}  ${row[3]}`.trimEnd(),
    );
  console.log("Written to bench/results.json");
}

await main();
