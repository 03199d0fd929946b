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
// The flags a headless check needs on a machine with a closed network, a small /dev/shm and no
// GPU: without the networking ones Chromium keeps opening connections that are refused.
const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const chromium = CANDIDATES.find((p) => p && existsSync(p));
const skip = chromium
  ? false
  : "Chromium not found: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH";
if (skip) process.stderr.write(`stats-browser: skipped. ${skip}\n`);

/** A machine that cannot run a browser is not a fault of the page: skip, and say why loudly. */
function cannotRun(t, what, error, log) {
  const why = `Chromium ${what}: ${String(error).split("\n")[0]}`;
  process.stderr.write(`stats-browser: skipped. ${why}\n${log.slice(-20).join("\n")}\n`);
  t.skip(why);
}

test(
  "stats: the HTML report opens in headless Chromium with no error, no request and marks in every chart",
  { skip, timeout: 180_000 },
  async (t) => {
    const { chromium: browserType } = await import("playwright-core");
    const artefacts = join(root, "test-artifacts");
    mkdirSync(artefacts, { recursive: true });
    const page = join(artefacts, "stats.html");
    const r = cli([...STATS_FIXTURES, "-f", "html"]);
    assert.equal(r.code, 0, r.stderr);
    writeFileSync(page, r.stdout);
    const log = [];
    let browser;
    try {
      browser = await browserType.launch({
        executablePath: chromium,
        args: CHROMIUM_ARGS,
        chromiumSandbox: false,
        timeout: 60_000,
        logger: {
          isEnabled: () => true,
          log: (name, _severity, message) => log.push(`${name}: ${message}`),
        },
      });
    } catch (error) {
      return cannotRun(t, "did not start", error, log);
    }
    try {
      const tab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
      tab.setDefaultTimeout(30_000);
      const errors = [];
      const requests = [];
      tab.on(
        "console",
        (m) => (m.type() === "error" || m.type() === "warning") && errors.push(m.text()),
      );
      tab.on("pageerror", (e) => errors.push(String(e)));
      tab.on("request", (req) => requests.push(req.url()));
      const url = pathToFileURL(page).href;
      await tab.goto(url, { timeout: 30_000 });
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
    } catch (error) {
      // A static local page that times out or takes the browser down says the machine cannot run
      // a browser; a failed assertion about the page is a real failure.
      if (
        (error instanceof Error && error.name === "TimeoutError") ||
        /has been closed|crashed/i.test(String(error))
      )
        return cannotRun(t, "could not show the page", error, log);
      throw error;
    } finally {
      // A browser that will not close must not hold the run open (npm test also force-exits).
      await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    }
  },
);
