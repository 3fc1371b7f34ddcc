// Lighthouse 12 (mobile defaults: a mid-range phone, simulated slow 4G) on the home page, a
// practice card and the host screen, with Debian's Chromium; prints each category's score
// against the targets. Reports, never fails on a missed target.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM } from "../../scripts/chromium.mjs";
import { startServer } from "../e2e/harness.mjs";

/** Each page with its performance target: the host screen's frame is drawn at build time, but
 * its code and QR code wait for the app. */
const PAGES = [
  ["home", "#/", 0.98],
  ["practice", "#/practice/architecture/api-gateway-refactor", 0.98],
  ["host screen", "#/play/host?deck=architecture&seed=4242&rounds=3&seconds=90&v=1&mode=room", 0.95],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --disable-dev-shm-usage --no-first-run";

const server = await startServer({ gzip: true });
const out = await mkdtemp(join(tmpdir(), "boardroom-lighthouse-"));
const rows = [];
try {
  for (const [name, route, performance] of PAGES) {
    const targets = { performance, accessibility: 1, "best-practices": 1, seo: 1 };
    const report = join(out, `${name.replace(/\W+/g, "-")}.json`);
    const run = spawnSync(
      process.execPath,
      [
        "node_modules/lighthouse/cli/index.js",
        `${server.url}${route}`,
        `--chrome-flags=${FLAGS}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--output=json",
        `--output-path=${report}`,
        "--quiet",
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "inherit", "inherit"] },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${name} (${run.status})`);
    const lhr = JSON.parse(await readFile(report, "utf8"));
    const scores = Object.fromEntries(CATEGORIES.map((k) => [k, lhr.categories[k].score]));
    const audits = lhr.audits;
    const timing = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]
      .map((a) => `${a.replace(/-/g, " ")} ${audits[a].displayValue}`)
      .join(", ");
    rows.push([name, scores]);
    console.log(`lighthouse ${name}: ${Object.entries(scores).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")} (${timing})`);
    for (const [category, score] of Object.entries(scores)) {
      if (score >= targets[category]) continue;
      // What cost the points: the failing audits of that category, worst first.
      const failing = lhr.categories[category].auditRefs
        .filter((r) => r.weight > 0 && audits[r.id].score !== null && audits[r.id].score < 1)
        .sort((a, b) => b.weight * (1 - audits[b.id].score) - a.weight * (1 - audits[a.id].score))
        .slice(0, 4)
        .map((r) => `${r.id} ${audits[r.id].displayValue ?? audits[r.id].score}`);
      console.log(`  ${category} misses ${targets[category]}: ${failing.join("; ")}`);
    }
  }
} finally {
  await server.stop();
}
console.log("\n| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|");
for (const [name, s] of rows) {
  console.log(`| ${name} | ${s.performance.toFixed(2)} | ${s.accessibility.toFixed(2)} | ${s["best-practices"].toFixed(2)} | ${s.seo.toFixed(2)} |`);
}
console.log(`(targets: performance ${PAGES.map(([name, , p]) => `${name} ≥ ${p}`).join(", ")}; the others 1.00)`);
