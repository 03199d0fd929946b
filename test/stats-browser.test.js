// The HTML report as a reader's browser shows it: headless Chromium (Debian's `chromium`
// package, driven by playwright-core) opens the page, and nothing may fail, load or run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cli, root, STATS_FIXTURES } from "./helpers.js";

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
const chromium = CANDIDATES.find((p) => p && existsSync(p));
const skip = chromium
  ? false
  : "Chromium not found: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH";
if (skip) process.stderr.write(`stats-browser: skipped. ${skip}\n`);

test(
  "stats: the HTML report opens in headless Chromium with no error, no request and marks in every chart",
  { skip, timeout: 120_000 },
  async () => {
    const { chromium: browserType } = await import("playwright-core");
    const artefacts = join(root, "test-artifacts");
    mkdirSync(artefacts, { recursive: true });
    const page = join(artefacts, "stats.html");
    const r = cli([...STATS_FIXTURES, "-f", "html"]);
    assert.equal(r.code, 0, r.stderr);
    writeFileSync(page, r.stdout);
    const browser = await browserType.launch({ executablePath: chromium, args: ["--no-sandbox"] });
    try {
      const tab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
      const errors = [];
      const requests = [];
      tab.on(
        "console",
        (m) => (m.type() === "error" || m.type() === "warning") && errors.push(m.text()),
      );
      tab.on("pageerror", (e) => errors.push(String(e)));
      tab.on("request", (req) => requests.push(req.url()));
      const url = pathToFileURL(page).href;
      await tab.goto(url);
      assert.deepEqual(errors, []);
      assert.deepEqual(requests, [url], "the page loads nothing but itself");
      const charts = await tab.$$eval("svg.chart", (all) =>
        all.map((svg) => ({
          id: svg.closest("figure")?.id,
          marks: svg.querySelectorAll("rect, circle, path").length,
          width: svg.getBoundingClientRect().width,
        })),
      );
      assert.ok(charts.length >= 6, JSON.stringify(charts));
      for (const c of charts) assert.ok(c.marks > 0 && c.width > 100, JSON.stringify(c));
      assert.equal(await tab.$$eval("script", (s) => s.length), 0);
      await tab.screenshot({ path: join(artefacts, "stats.png"), fullPage: true });
      await tab.emulateMedia({ media: "print" });
      await tab.screenshot({ path: join(artefacts, "stats-print.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  },
);
