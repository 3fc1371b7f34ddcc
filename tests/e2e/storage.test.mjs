// Broken storage, for every key the app keeps: corrupt JSON, a future schema, the wrong type,
// a write refused for quota, and storage that throws on access (private browsing). Each time
// the app starts, says what happened, keeps unreadable data aside where it can, and export
// still works.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, download, screenshot, useApp, visit, withPage as withAppPage } from "./harness.mjs";

const app = useApp();
const withPage = (body, options) => withAppPage(app, body, options);

/** Every key, where its unreadable text goes, the notice that tells of it, and a document of
 * its format from a future schema. */
const KEYS = [
  {
    name: "progress",
    key: "boardroom/v1/progress",
    aside: "boardroom/v1/progress-unreadable",
    notice: "[data-testid=progress-notice]",
    future: { format: "boardroom-progress", schema: 99, attempts: [] },
  },
  {
    name: "decks",
    key: "boardroom/v1/decks",
    aside: "boardroom/v1/decks-unreadable",
    notice: "[data-testid=decks-notice]",
    future: { format: "boardroom-decks", schema: 99, decks: [] },
  },
  {
    name: "game",
    key: "boardroom/v1/game",
    aside: "boardroom/v1/game-unreadable",
    notice: "[data-testid=game-notice]",
    future: { format: "boardroom-game", schema: 99, page: "host" },
  },
];

/** Ways stored text goes bad, and words the notice must hold for each. */
const DAMAGE = [
  ["corrupt JSON", () => '{"format": "boardroom-', /damaged|could not be read/],
  ["a future schema", (k) => JSON.stringify(k.future), /newer version|cannot read|schema 99/],
  ["a number instead of a document", () => "42", /damaged|could not be read/],
  ["a list instead of a document", () => "[1, 2, 3]", /damaged|could not be read/],
  ["a document with fields of the wrong type", (k) => JSON.stringify({ ...k.future, schema: 1, attempts: "none", decks: 7, page: 7 }), /damaged|could not be read/],
];

/** Exports still work: a progress backup, and a bundled deck as TOML. */
async function exportsWork(page) {
  await visit(page, app.server.url, "/progress", "[data-testid=progress]");
  assert.equal(JSON.parse((await download(page, "[data-testid=export]")).text).format, "boardroom-progress");
  await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
  assert.match((await download(page, "[data-testid=deck-architecture] [data-testid=export-toml]")).text, /^format = 1/m);
}

test("starting the app writes nothing over stored progress (opening and closing the tab loses nothing)", () =>
  withPage(async (page) => {
    const stored = JSON.stringify({
      format: "boardroom-progress",
      schema: 1,
      attempts: [{ deck: "architecture", card: "api-gateway-refactor", at: Date.UTC(2026, 0, 5), total: 64, risk: 70, cost: 50, opportunity: 72 }],
      flags: [],
      settings: { new_per_day: 7, streak: false },
    });
    await visit(page, app.server.url, "/", "[data-testid=home]");
    await page.evaluate((text) => localStorage.setItem("boardroom/v1/progress", text), stored);
    await page.addInitScript(() => {
      window.__writes = [];
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        window.__writes.push(key);
        return setItem.call(this, key, value);
      };
    });
    await page.reload();
    await visit(page, app.server.url, "/progress", "[data-testid=progress]");
    assert.match(await page.textContent("[data-testid=progress-summary]"), /^1 answer/);
    assert.deepEqual(await page.evaluate(() => window.__writes), [], "nothing written at start");
    assert.equal(await page.evaluate(() => localStorage.getItem("boardroom/v1/progress")), stored);
  }));

test("several unreadable documents at start share one calm notice, with the details on request", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/", "[data-testid=home]");
    await page.evaluate(() => {
      localStorage.setItem("boardroom/v1/progress", "{not json");
      localStorage.setItem("boardroom/v1/decks", "[1, 2, 3]");
    });
    await page.reload();
    await page.waitForSelector("[data-testid=decks-notice]");
    await page.waitForSelector("[data-testid=progress-notice]");
    assert.equal(await page.locator(".error.banner").count(), 1, "one notice for both");
    const visible = await page.locator("[data-testid=storage-notices]").innerText();
    assert.match(visible, /Your progress could not be read, so it was set aside and Boardroom started afresh/);
    assert.match(visible, /Some of your decks could not be read, so they were set aside/);
    assert.doesNotMatch(visible, /boardroom\/v1|line \d|column/, "no key names or parser detail until asked");
    await page.click("[data-testid=progress-notice] summary");
    assert.match(await page.locator("[data-testid=progress-notice] details").innerText(), /Why: it is damaged \(.*\)\. It is kept aside in this browser's storage under “boardroom\/v1\/progress-unreadable”\./s);
    assert.deepEqual(await axeViolations(page), [], "axe on the notice with its details open");
    await screenshot(page, "storage-two-problems-360", { fullPage: false });
    await page.click("[data-testid=dismiss-notices]");
    await page.waitForSelector("[data-testid=storage-notices]", { state: "detached" });
  }, { viewport: { width: 360, height: 740 } }));

/** Makes every write of `key` fail as a full storage does. */
async function fullFor(page, key) {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, value) {
      if (k === key) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, k, value);
    };
  }, key);
}

for (const k of KEYS) {
  for (const [damage, make, words] of DAMAGE) {
    test(`${k.name} stored as ${damage}: the app starts, says so, keeps it aside, and exports`, () =>
      withPage(async (page) => {
        const text = make(k);
        await visit(page, app.server.url, "/", "[data-testid=home]");
        await page.evaluate(([key, text]) => localStorage.setItem(key, text), [k.key, text]);
        await page.reload();
        await page.waitForSelector("[data-testid=home]");
        await page.waitForSelector(k.notice);
        const notice = await page.textContent(k.notice);
        assert.match(notice, words);
        assert.ok(notice.includes(k.aside), notice);
        assert.equal(await page.evaluate((aside) => localStorage.getItem(aside), k.aside), text);
        await exportsWork(page);
      }));
  }

  test(`${k.name}: unreadable and no room to keep it aside, the notice says so`, () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "/", "[data-testid=home]");
      await page.evaluate((key) => localStorage.setItem(key, "{not json"), k.key);
      await fullFor(page, k.aside);
      await page.reload();
      await page.waitForSelector(k.notice);
      assert.match(await page.textContent(k.notice), /too full to keep it aside: download it now/);
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), k.key), "{not json", "left where it was");
      const kept = await download(page, `${k.notice} [data-testid=download-unreadable]`);
      assert.equal(kept.name, `boardroom-unreadable-${k.name}.json`);
      assert.equal(kept.text, "{not json", "the text is offered back as it was");
      await exportsWork(page);
    }));
}

test("progress: a write refused for quota is explained, and the answer still scored", () =>
  withPage(async (page) => {
    await fullFor(page, "boardroom/v1/progress");
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await page.fill("[data-testid=answer]", "Sign-ups fail past the limit; six weeks of work lets us onboard more customers.");
    await page.click("[data-testid=score]");
    await page.waitForSelector("[data-testid=score-panel]");
    await page.waitForSelector("[data-testid=progress-notice]");
    assert.match(await page.textContent("[data-testid=progress-notice]"), /could not be saved: this browser's storage is full or blocked/);
    await exportsWork(page);
  }));

test("decks: a write refused for quota is explained, and the deck can still be exported", () =>
  withPage(async (page) => {
    await fullFor(page, "boardroom/v1/decks");
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    await page.click("[data-testid=deck-architecture] [data-testid=duplicate]");
    await page.waitForSelector("[data-testid=decks-notice]");
    assert.match(await page.textContent("[data-testid=decks-notice]"), /could not be saved: this browser's storage is full or blocked\. Export each deck/);
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    await page.waitForSelector("[data-testid=deck-architecture-copy]");
    assert.match((await download(page, "[data-testid=deck-architecture-copy] [data-testid=export-toml]")).text, /^id = "architecture-copy"/m);
  }));

test("game: a write refused for quota says a reload would start it again", () =>
  withPage(async (page) => {
    await fullFor(page, "boardroom/v1/game");
    await visit(page, app.server.url, "/play", "[data-testid=play-setup]");
    await page.check("[data-testid=mode-hot-seat]");
    await page.fill("[data-testid=setup-players]", "Ana\nBea");
    await page.click("[data-testid=setup-start]");
    await page.waitForSelector("[data-testid=keep-notice]");
    assert.match(await page.textContent("[data-testid=keep-notice]"), /storage is full or blocked, so the game is not kept/);
  }));

test("storage that throws on access (private browsing): the app says so, works, and exports", () =>
  withPage(async (page) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await page.waitForSelector("[data-testid=storage-notice]");
    assert.match(await page.textContent("[data-testid=storage-notice]"), /does not let Boardroom keep anything/);
    assert.equal(await page.locator(".error.banner").count(), 1, "progress, decks and the game share one notice");
    await page.fill("[data-testid=answer]", "Sign-ups fail past the limit; six weeks of work lets us onboard more customers.");
    await page.click("[data-testid=score]");
    await page.waitForSelector("[data-testid=score-panel]");
    assert.equal(await page.locator(".error.banner").count(), 1, "saving again tells nothing new");
    // The page scrolled to the feedback; the notice stays in view at the top of the window.
    const place = await page.evaluate(() => ({
      scrolled: scrollY,
      top: document.querySelector("[data-testid=storage-notices]").getBoundingClientRect().top,
    }));
    assert.ok(place.scrolled > 0 && place.top === 0, `the notice in view after scoring: ${JSON.stringify(place)}`);
    await visit(page, app.server.url, "/progress", "[data-testid=progress]");
    assert.match(await page.textContent("[data-testid=progress-summary]"), /^1 answer/);
    const backup = JSON.parse((await download(page, "[data-testid=export]")).text);
    assert.equal(backup.attempts.length, 1, "the session's answer is in the export");
    await exportsWork(page);
  }));
