// Offline use: after one visit the service worker has kept the build (every deck file too), so
// with the network off the app reloads, a card of any deck can be practised and a card
// drafted with the thesaurus; a new build shows "reload to update".
// The manifest and its icons are served and well formed. Runs on a copy of dist/, so the
// test can publish a "new build" by changing its sw.js.
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { draftInNewDeck, launchBrowser, openPage, startServer, visit } from "./harness.mjs";

const GOOD =
  "Every new customer we sign up goes through one part of the system that tops out at about " +
  "100 accounts a day. The deals expected in Q3 would push us past that limit and sign-ups " +
  "would fail. Six weeks of work removes the ceiling so we can onboard ten times as many customers.";

let dir;
let server;
let browser;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "boardroom-offline-"));
  await cp("dist", dir, { recursive: true });
  server = await startServer({ dir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Wait until a service worker controls the page. */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker?.controller != null);

test("after one visit the app reloads and scores with the network off", async () => {
  const { page, problems, close } = await openPage(browser);
  try {
    await visit(page, server.url, "/", "[data-testid=home]");
    await controlled(page);
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith("boardroom-")));
      return (await cache.keys()).map((r) => new URL(r.url).pathname.split("/").pop());
    });
    // Every bundled deck's file, though this visit opened none of them.
    const decks = (await readdir(join(dir, "decks"))).sort();
    assert.ok(decks.length >= 9, `${decks.length} deck files`);
    assert.deepEqual(kept.filter((f) => f.endsWith(".json") && decks.includes(f)).sort(), decks, "every deck file is kept");
    for (const file of ["", "index.html"]) assert.ok(kept.includes(file), `${file || "./"} kept`);
    // The three builds (src/app/bundles.rs), though this visit started one.
    const builds = kept.filter((f) => f.endsWith(".wasm")).map((f) => f.replace(/-[0-9a-f]+_bg\.wasm$/, "")).sort();
    assert.deepEqual(builds, ["boardroom-play", "boardroom-studio", "boardroom-web"], "every build's wasm is kept");
    assert.ok(!kept.includes("sw.js"), "the worker does not keep itself");

    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector("[data-testid=home]");
    await visit(page, server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await page.fill("[data-testid=answer]", GOOD);
    await page.click("[data-testid=score]");
    await page.waitForSelector("[data-testid=score-panel]");
    assert.ok(Number(await page.textContent("[data-testid=total]")) > 70);
    // A deck not opened before going offline comes from the worker too.
    await visit(page, server.url, "/practice/tech-debt/database-upgrade", "[data-testid=answer]");
    // The drafting thesaurus was kept too: a draft made offline still has its synonyms.
    assert.ok(kept.includes("thesaurus.txt"), "the thesaurus is kept");
    await visit(page, server.url, "/decks", "[data-testid=decks-page]");
    const draft = await draftInNewDeck(page, "What should the importer do with a bad row?", "It should report the error and store the rest for later.");
    assert.doesNotMatch(draft.notice, /could not be loaded/);
    assert.match(draft.terms, /^mistake$/m);
    // The games' build, never started online, starts offline.
    await visit(page, server.url, "/play", "[data-testid=play-setup]");
    await page.context().setOffline(false);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("a new build takes over and the page offers to reload into it", async () => {
  const { page, problems, close } = await openPage(browser);
  try {
    await visit(page, server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await controlled(page);
    // A second visit, under the first build's worker: no notice.
    await page.reload();
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.locator("[data-testid=update-notice]").count(), 0);
    // Publish a new build: a worker whose bytes differ.
    const worker = await readFile(join(dir, "sw.js"), "utf8");
    await writeFile(join(dir, "sw.js"), worker.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForSelector("[data-testid=update-notice]");
    assert.match(await page.textContent("[data-testid=update-notice]"), /new version of Boardroom is ready/);
    await Promise.all([page.waitForEvent("load"), page.click("[data-testid=update-reload]")]);
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.locator("[data-testid=update-notice]").count(), 0);
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.filter((n) => n.startsWith("boardroom-")).length, 1, `old caches removed: ${caches}`);
    assert.ok(caches[0].endsWith("-next"));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("the manifest names the app and its icons, and every icon is served", async () => {
  const { page, problems, close } = await openPage(browser);
  try {
    await visit(page, server.url, "/", "[data-testid=home]");
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector("link[rel=manifest]");
      const response = await fetch(link.href);
      return { base: response.url, json: await response.json() };
    });
    assert.equal(manifest.json.short_name, "Boardroom");
    assert.equal(manifest.json.start_url, "./");
    assert.equal(manifest.json.display, "standalone");
    const sizes = manifest.json.icons.map((i) => i.sizes);
    assert.ok(sizes.includes("192x192") && sizes.includes("512x512"));
    for (const icon of manifest.json.icons) {
      const url = new URL(icon.src, manifest.base).href;
      const size = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, url);
      assert.equal(size, icon.sizes, icon.src);
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
