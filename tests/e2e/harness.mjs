// Shared pieces of the browser test layers: the static server, Chromium, problem tracking,
// axe-core, and screenshots. Every wait is for an element or an event, never for a time.
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { launchBrowser, serveFolder } from "../../scripts/chromium.mjs";

export { launchBrowser };

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
export const SCREENSHOTS = join(here, "screenshots");

/**
 * Serve `dist/` on 127.0.0.1 from a child process; `stop()` ends it by its PID.
 * With BOARDROOM_URL set (for example to a running `make serve`), test that address instead
 * (unless `dir` names another folder to serve). With `cors`, any origin may read the files;
 * with `gzip`, responses are compressed as a real static host compresses them.
 */
export async function startServer({ dir, prefix = "", cors = false, gzip = false } = {}) {
  const given = process.env.BOARDROOM_URL;
  if (given && !dir) {
    if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])[:/]/.test(given)) {
      throw new Error(`BOARDROOM_URL must be a loopback address, not ${given}`);
    }
    return { url: given.endsWith("/") ? given : `${given}/`, stop: async () => {} };
  }
  return serveFolder(dir ?? join(repo, "dist"), { prefix, cors, gzip });
}

export function useApp(options) {
  const app = {};
  before(async () => {
    app.server = await startServer(options);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/**
 * A new page that records every console error, uncaught exception, failed request (other than
 * one the browser cancelled on navigation), HTTP error and Content-Security-Policy violation,
 * so a test can assert that none happened.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  // A violation is reported to the page as an event (and only sometimes to the console).
  await page.exposeBinding("__reportViolation", (_, text) => problems.push(text));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__reportViolation(`policy violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    ),
  );
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  page.on("requestfailed", (req) => {
    const error = req.failure()?.errorText;
    // The browser cancels requests still in flight when the page reloads or navigates away
    // (the favicon, most often): that is the test moving on, not the app failing to load.
    if (error === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${req.url()} ${error}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

/**
 * Run `body` on a fresh page (its own context, so its own storage) of `app`'s browser, and
 * fail if the page logged any console error, uncaught exception or failed request.
 */
export async function withPage(app, body, options) {
  const { page, problems, close } = await openPage(app.browser, options);
  try {
    await body(page);
    assert.deepEqual(problems, [], "console errors, failed requests or HTTP errors");
  } finally {
    await close();
  }
}

/**
 * Record the page's layout shifts not caused by the user, from its next load on; read them
 * with `layoutShifts(page)`.
 */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The layout shifts `recordLayoutShifts` has seen. */
export const layoutShifts = (page) => page.evaluate(() => window.__shifts);

/** Click `selector` and read the file it downloads: its suggested name, path and text. */
export async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: await readFile(path, "utf8") };
}

/** Open a hash route and wait until the app has rendered `selector`. */
export async function visit(page, base, route, selector) {
  await page.goto(`${base}#${route}`);
  await page.waitForSelector(selector);
}

/**
 * Move an open page to `route` as a link inside the app does (the hash changes), and wait
 * until a page shows: a route another build draws (src/app/bundles.rs) loads the page again,
 * showing "Opening…" until it does.
 */
export async function moveTo(page, route) {
  try {
    await page.evaluate(async (hash) => {
      location.hash = hash;
      // Yew draws the new route before the next frame.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, `#${route}`);
  } catch (error) {
    // The page loaded again while this waited.
    if (!/context was destroyed|navigat/i.test(error.message)) throw error;
  }
  await page.waitForFunction(() => document.querySelector("#app main") && !document.querySelector("[data-testid=opening]"));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

/**
 * Runs a test library's script file in the page, through the DevTools protocol: a `<script>`
 * tag would be refused by the app's Content-Security-Policy, and should be.
 */
export async function injectScript(page, path) {
  await page.evaluate(await readFile(path, "utf8"));
}

/** axe-core's WCAG 2 A and AA violations on the page as it is now. */
export async function axeViolations(page) {
  await injectScript(page, AXE_SOURCE);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

/**
 * Save a screenshot under tests/e2e/screenshots/ (git-ignored): the full page, or with
 * `fullPage: false` only what the viewport shows (the first screen of a phone).
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Every drafted concept's terms in the studio, one per line. */
export const draftedTerms = (page) =>
  page.locator("[data-testid=concept] textarea[data-testid$=-terms]").evaluateAll((areas) => areas.map((a) => a.value).join("\n"));

/**
 * From the decks page, start a new deck, write a prompt and a model answer on its card and
 * draft the rubric; resolves once the draft is in, with the studio's notice and the terms.
 */
export async function draftInNewDeck(page, prompt, modelAnswer) {
  await page.click("[data-testid=new-deck]");
  await page.waitForSelector("[data-testid=studio]");
  await page.fill("[data-testid=f-cards-0-prompt]", prompt);
  await page.fill("[data-testid=f-cards-0-model_answer]", modelAnswer);
  await page.click("[data-testid=draft-rubric]");
  await page.waitForSelector("[data-testid=studio-undo-notice]");
  return { notice: await page.textContent("[data-testid=studio-undo-notice]"), terms: await draftedTerms(page) };
}
