// End-to-end: the trunk-built app in headless Chromium, served from dist/ on 127.0.0.1.
// With BOARDROOM_PREFIX set (`make test` runs it a second time with `boardroom`), dist/ is
// served under that sub-path only, as GitHub Pages serves a project's site.
import assert from "node:assert/strict";
import { test } from "node:test";
import { layoutShifts, openPage, recordLayoutShifts, screenshot, useApp, visit, withPage as withAppPage } from "./harness.mjs";

const GOOD =
  "Every new customer we sign up goes through one part of the system that tops out at about " +
  "100 accounts a day. The deals expected in Q3 would push us past that limit and sign-ups " +
  "would fail. Six weeks of work removes the ceiling so we can onboard ten times as many " +
  "customers without hiring more support staff.";
const JARGON = "We will refactor the API gateway to improve throughput and latency.";

const app = useApp({ prefix: process.env.BOARDROOM_PREFIX ?? "" });

/** `withPage` on this file's app. */
const withPage = (body, options) => withAppPage(app, body, options);

const total = async (page) => Number(await page.textContent("[data-testid=total]"));

test("home renders the pitch and the bundled deck", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/", "[data-testid=home]");
    assert.match(await page.textContent("h1"), /boardroom/i);
    const deck = page.locator("[data-testid=deck-architecture]");
    assert.match(await deck.textContent(), /Architecture and scaling/);
    assert.match(await deck.textContent(), /7 cards/);
    const decks = await page.locator("[data-testid=deck-list] > li").count();
    assert.ok(decks >= 8, `${decks} decks listed`);
    await page.waitForFunction(() => document.title === "Practise speaking risk, cost and opportunity · Boardroom");
    await screenshot(page, "home");
  }));

test("each part of the app downloads only its own build, and links and the back button cross between them", () =>
  withPage(async (page) => {
    const fetched = [];
    page.on("request", (request) => {
      const build = request.url().match(/(boardroom-(?:web|play|studio))-[0-9a-f]+(?:_bg\.wasm|\.js)$/);
      if (build) fetched.push(`${build[1]}${request.url().endsWith(".wasm") ? " wasm" : " js"}`);
    });
    const builds = () => [...new Set(fetched.splice(0))].sort();

    await visit(page, app.server.url, "/", "[data-testid=home]");
    assert.deepEqual(builds(), ["boardroom-web js", "boardroom-web wasm"], "home, practice, progress");
    assert.equal(await page.getAttribute("html", "data-bundle"), "boardroom-web");

    // A link in the header to another part: the page loads again, with that part's build.
    await page.click("nav >> text=Play");
    await page.waitForSelector("[data-testid=play-setup]");
    assert.deepEqual(builds(), ["boardroom-play js", "boardroom-play wasm"], "the games");
    assert.equal(await page.getAttribute("html", "data-bundle"), "boardroom-play");
    assert.match(page.url(), /#\/play$/);

    await page.click("nav >> text=Decks");
    await page.waitForSelector("[data-testid=decks-page]");
    assert.deepEqual(builds(), ["boardroom-studio js", "boardroom-studio wasm"], "the decks");

    // Back and forward cross the same way.
    await page.goBack();
    await page.waitForSelector("[data-testid=play-setup]");
    await page.goBack();
    await page.waitForSelector("[data-testid=home]");
    assert.equal(await page.getAttribute("html", "data-bundle"), "boardroom-web");
    await page.goForward();
    await page.waitForSelector("[data-testid=play-setup]");

    // Within one part, no page loads again.
    await page.evaluate(() => (window.__samePage = true));
    await page.click("[data-testid=setup-start]");
    await page.waitForSelector("[data-testid=join-panel]");
    assert.equal(await page.evaluate(() => window.__samePage), true, "setup to host stays in one page");

    // A page opened at another part's address starts that part's build and no other.
    fetched.length = 0;
    await page.goto(`${app.server.url}#/decks`);
    await page.waitForSelector("[data-testid=decks-page]");
    assert.ok(builds().every((b) => b.startsWith("boardroom-studio")), "only the decks' build");
  }));

test("a page that could not pick its build says so instead of loading again and again", async () => {
  const { page, problems, close } = await openPage(app.browser);
  try {
    // Without first-visit.js nothing picks the build: the learner's starts, at a game's address.
    await page.route("**/first-visit.js", (route) => route.fulfill({ status: 404, body: "gone" }));
    let loads = 0;
    page.on("load", () => loads++);
    await page.goto(`${app.server.url}#/play`);
    await page.waitForSelector("[data-testid=wrong-build]");
    assert.match(await page.textContent("[data-testid=wrong-build]"), /another part of Boardroom.*Try reloading/s);
    assert.equal(await page.title(), "Page could not open · Boardroom");
    // A reload would start in the effect right after this render: two frames on, none has.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(loads, 1, "the page loaded once");
    // The missing script's own 404, and only that.
    assert.deepEqual(problems.filter((p) => !/first-visit\.js|status of 404/.test(p)), []);
  } finally {
    await close();
  }
});

/** Hold the page's requests for `pattern` back until the returned `release()`. */
async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Hold the page's wasm back until `release()`, and record its layout shifts. */
async function holdWasm(page) {
  const release = await holdRequests(page, "**/*.wasm");
  await recordLayoutShifts(page);
  return release;
}

/** The `#loading` status lines a visitor sees (the line, or the pill over a drawn page). */
const shownStatus = (page) =>
  page.evaluate(() => [...document.querySelectorAll("#loading .loading-line")].filter((el) => el.checkVisibility()).map((el) => el.textContent));

for (const [route, ready, title, heading] of [
  ["/", "[data-testid=home]", "h1", "Say it so the boardroom hears it"],
  ["/practice/architecture/api-gateway-refactor", "[data-testid=answer]", "h2", "Refactor the API gateway"],
  ["/decks", "[data-testid=decks-page]", "h1", "Decks"],
]) {
  test(`a first visit to #${route} shows the page drawn at build time while the app downloads; the app takes over without moving anything`, () =>
    withPage(async (page) => {
      const release = await holdWasm(page);
      await page.goto(`${app.server.url}#${route}`);
      const pill = page.locator("#loading .loading-pill");
      await pill.waitFor();
      assert.equal(await pill.textContent(), "Loading Boardroom…");
      assert.deepEqual(await shownStatus(page), ["Loading Boardroom…"]);
      // Exactly the drawing for this address shows, and it cannot be used yet. The page holds
      // no other: the rest stay in their templates.
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll(".prerendered")].map((el) => [el.dataset.route, el.inert, el.checkVisibility()]),
      );
      assert.deepEqual(drawn, [[route, true, true]]);
      assert.ok(await page.locator("#loading > template[data-route]").count() > 5, "the other drawings wait in templates");
      const drawnTitle = page.locator(`#loading ${title}:visible`).first();
      assert.equal(await drawnTitle.textContent(), heading);
      const before = { header: await page.locator(".site-header:visible").boundingBox(), title: await drawnTitle.boundingBox() };
      release();
      await page.waitForSelector(ready);
      assert.equal(await page.locator("#loading").count(), 0);
      assert.equal(await page.locator(".site-header").count(), 1);
      assert.equal(await page.locator("main").count(), 1);
      const appTitle = page.locator(title).first();
      assert.equal(await appTitle.textContent(), heading);
      assert.deepEqual({ header: await page.locator(".site-header").boundingBox(), title: await appTitle.boundingBox() }, before);
      assert.deepEqual(await layoutShifts(page), [], "layout shifts");
    }, { viewport: { width: 360, height: 800 } }));
}

test("with Boardroom data in this browser, or at an address not drawn, the page shows its header and a loading line; the app takes over without moving it", () =>
  withPage(async (page) => {
    const release = await holdWasm(page);
    await page.goto(`${app.server.url}#/`);
    await page.locator("#loading .prerendered:visible").waitFor();
    // The learner's own data: the first visit's drawing would not be their page.
    await page.evaluate(() => localStorage.setItem("boardroom/v1/progress", "{}"));
    await page.reload();
    const loading = page.locator("#loading .loading-page .loading-line");
    await loading.waitFor();
    assert.equal(await page.locator("#loading .prerendered:visible").count(), 0);
    assert.deepEqual(await shownStatus(page), ["Loading Boardroom…"]);
    await page.evaluate(() => localStorage.clear());
    // A hot-seat game's host screen has no frame drawn: it starts from its players' names.
    // (A new document: a change of hash alone would keep this one.)
    await page.goto("about:blank");
    await page.goto(`${app.server.url}#/play/host?deck=architecture&seed=4242&rounds=3&seconds=90&v=1&mode=hot-seat&player=Ana&player=Ben`);
    await loading.waitFor();
    assert.equal(await page.locator("#loading .prerendered:visible").count(), 0);
    const before = await page.locator("#loading .loading-page .site-header").boundingBox();
    release();
    await page.waitForSelector("[data-testid=hot-seat]");
    assert.equal(await page.locator("#loading").count(), 0);
    assert.equal(await page.locator(".site-header").count(), 1);
    assert.equal(await page.locator("main").count(), 1);
    assert.deepEqual(await page.locator(".site-header").boundingBox(), before);
    assert.deepEqual(await layoutShifts(page), [], "layout shifts");
  }));

/** Where the host screen's parts stand, in the drawn frame or the app (whichever shows). */
const hostBoxes = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [".site-header", ".play-bar", "h1", ".join-link", ".game-code", ".qr", "footer"].map((selector) => {
        const shown = [...document.querySelectorAll(selector)].find((el) => el.checkVisibility());
        const r = shown?.getBoundingClientRect();
        return [selector, r && [r.x, r.y, r.width, r.height]];
      }),
    ),
  );

for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
  test(`a first visit to a room game's host screen (${viewport.width} px) shows its frame with the game's deck, rounds and join link; the app fills in the code and QR code without moving anything`, () =>
    withPage(async (page) => {
      const release = await holdWasm(page);
      const query = "deck=reliability&seed=4242&rounds=5&seconds=90&v=1";
      await page.goto(`${app.server.url}#/play/host?${query}&mode=room`);
      await page.locator("#loading .loading-pill").waitFor();
      const frame = page.locator('#loading > .prerendered[data-route="/play/host"]');
      assert.ok(await frame.isVisible());
      assert.equal(await frame.evaluate((el) => el.inert), true);
      assert.equal(await page.locator("#loading .prerendered:visible").count(), 1);
      const link = `${app.server.url}#/play/join?${query}`;
      assert.equal(await frame.locator("h1").textContent(), "Join the game");
      assert.equal(await frame.locator(".play-bar > span").first().textContent(), "Reliability and incidents");
      assert.equal(await frame.locator(".play-bar > span").nth(1).textContent(), "Round 1 of 5");
      assert.equal(await frame.locator(".join-link a").textContent(), link);
      assert.match(await frame.locator(".join-text").textContent(), new RegExp(` ${link.length} characters`));
      const before = await hostBoxes(page);
      await screenshot(page, `host-frame-${viewport.width}`);
      release();
      await page.waitForSelector("[data-testid=join-panel]");
      assert.equal(await page.locator("#loading").count(), 0);
      assert.equal(await page.textContent("[data-testid=join-link]"), link);
      assert.equal(await page.textContent(".play-bar > span"), "Reliability and incidents");
      assert.equal(await page.textContent("[data-testid=play-at]"), "Round 1 of 5");
      assert.match(await page.textContent("[data-testid=game-code]"), /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
      assert.deepEqual(await hostBoxes(page), before);
      assert.deepEqual(await layoutShifts(page), [], "layout shifts");
    }, { viewport }));
}

test("the host screen's frame shows only for a game it fits: not for a deck or deal this build does not know, a number the app would write otherwise, nor the frame's own address", () =>
  withPage(async (page) => {
    await holdWasm(page);
    for (const query of [
      "deck=no-such-deck&seed=4242&rounds=3&seconds=90&v=1&mode=room",
      "deck=architecture&seed=4242&rounds=3&seconds=90&v=999&mode=room",
      "deck=architecture&seed=4242&rounds=30&seconds=90&v=1&mode=room",
      "deck=architecture&seed=4242&rounds=3&seconds=5&v=1&mode=room",
      "deck=architecture&seed=04242&rounds=3&seconds=90&v=1&mode=room",
    ]) {
      await page.goto("about:blank");
      await page.goto(`${app.server.url}#/play/host?${query}`);
      await page.locator("#loading .loading-page .loading-line").waitFor();
      assert.equal(await page.locator("#loading .prerendered:visible").count(), 0, query);
    }
    await page.goto("about:blank");
    await page.goto(`${app.server.url}#/play/host`);
    await page.locator("#loading .loading-page .loading-line").waitFor();
    assert.equal(await page.locator("#loading .prerendered:visible").count(), 0);
  }));

test("#/practice draws the scheduler's pick at once and moves to its address without moving anything", () =>
  withPage(async (page) => {
    const release = await holdWasm(page);
    await page.goto(`${app.server.url}#/practice`);
    await page.locator("#loading .loading-line").first().waitFor();
    release();
    await page.waitForSelector("[data-testid=answer]");
    await page.waitForFunction(() => location.hash === "#/practice/architecture/api-gateway-refactor");
    assert.equal(await page.textContent("[data-testid=card-title]"), "Refactor the API gateway");
    assert.deepEqual(await layoutShifts(page), [], "layout shifts");
  }, { viewport: { width: 360, height: 800 } }));

test("when the wasm cannot be loaded, the loading line says so instead of spinning", async () => {
  const { page, problems, close } = await openPage(app.browser);
  try {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.goto(`${app.server.url}#/`);
    await page.waitForFunction(() => /could not start/.test(document.querySelector("#loading .loading-pill")?.textContent));
    // On the pill over the drawn page, and on the line any other visit shows.
    const lines = page.locator("#loading .loading-line");
    for (const line of await lines.allTextContents()) {
      assert.match(
        line,
        /^Boardroom could not start: this browser could not load its WebAssembly \(.+\)\. Try reloading, or another up-to-date browser\.$/,
      );
    }
    assert.equal(await lines.count(), 2);
    assert.ok(problems.some((p) => p.startsWith("HTTP 404")), problems.join("\n"));
  } finally {
    await close();
  }
});

test("practice: a strong answer scores high and is explained", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/", "[data-testid=home]");
    await page.getByRole("link", { name: "Start practising" }).click();
    await page.waitForSelector("[data-testid=practice]");
    assert.equal(await page.textContent("[data-testid=card-title]"), "Refactor the API gateway");
    // `#/practice` moves on to the scheduler's pick: with no history, the first new card.
    await page.waitForFunction(() => location.hash === "#/practice/architecture/api-gateway-refactor");
    assert.equal(await page.textContent("[data-testid=why]"), "New card");

    // The card's rubric compiles once an answer is begun: the live score follows it, and
    // agrees with the score.
    assert.match(await page.textContent("[data-testid=live-score]"), /will show here as you type/);
    await page.getByLabel("What would you say to the VP of Sales?").fill(GOOD);
    assert.match(await page.textContent("#answer-help"), /\d+ words of about \d+$/);
    const live = Number(await (await page.waitForSelector("[data-testid=live-total]")).textContent());
    await page.getByRole("button", { name: "Score" }).click();
    await page.waitForSelector("[data-testid=score-panel]");

    assert.ok((await total(page)) > 70, `total ${await total(page)}`);
    assert.equal(await total(page), live);
    for (const dimension of ["risk", "cost", "opportunity"]) {
      const row = await page.textContent(`[data-testid=dimension-${dimension}]`);
      assert.match(row, /\d+$/, dimension);
    }
    assert.match(await page.textContent("[data-testid=matched]"), /More customers can be onboarded/);
    assert.match(await page.textContent("[data-testid=quantities]"), /“100”.*“a day”.*“Six weeks”/);
    // Focus moves to the result so keyboard and screen-reader users land on it.
    assert.equal(await page.evaluate(() => document.activeElement?.id), "score-heading");
    await screenshot(page, "practice-scored");
  }));

test("practice: Ctrl+Enter scores, jargon scores low, retry keeps the text", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await page.fill("[data-testid=answer]", JARGON);
    await page.press("[data-testid=answer]", "Control+Enter");
    await page.waitForSelector("[data-testid=score-panel]");
    assert.ok((await total(page)) < 35, `total ${await total(page)}`);
    assert.match(await page.textContent("[data-testid=jargon]"), /refactor.*try “restructure”/);
    assert.match(await page.textContent("[data-testid=tips]"), /\(\+\d+\)/);
    assert.match(await page.textContent("[data-testid=missed]"), /What happens to new accounts/);

    await page.click("[data-testid=retry]");
    await page.waitForSelector("[data-testid=score-panel]", { state: "detached" });
    assert.equal(await page.inputValue("[data-testid=answer]"), JARGON);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "answer");
  }));

test("practice: an empty box asks for an answer; an off-topic one scores zero, kindly", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/practice", "[data-testid=answer]");
    await page.click("[data-testid=score]");
    await page.waitForSelector("[data-testid=notice]");
    assert.match(await page.textContent("[data-testid=notice]"), /Write what you would say first/);
    assert.equal(await page.locator("[data-testid=score-panel]").count(), 0);

    await page.fill("[data-testid=answer]", "The weather was lovely.");
    await page.click("[data-testid=score]");
    await page.waitForSelector("[data-testid=message]");
    assert.match(await page.textContent("[data-testid=message]"), /Nothing here speaks to risk, cost or opportunity/);
    assert.equal(await total(page), 0);
  }));

test("deep links open a card, next card moves on, bad links explain themselves", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/practice/tech-debt/database-upgrade", "[data-testid=card-title]");
    assert.equal(await page.textContent("[data-testid=card-title]"), "Upgrade the database");
    assert.equal(await page.textContent("[data-testid=card-audience]"), "CFO");
    await page.waitForFunction(() => document.title === "Upgrade the database · Boardroom");

    await page.fill("[data-testid=answer]", "A break-in could cost us fines.");
    await page.click("[data-testid=score]");
    // The scheduler picks what comes next: the weak answer is due again soon, so the first
    // card never practised comes before it.
    await page.getByRole("link", { name: "Next card" }).click();
    await page.waitForFunction(() => location.hash === "#/practice/architecture/api-gateway-refactor");
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.textContent("[data-testid=card-title]"), "Refactor the API gateway");
    assert.equal(await page.inputValue("[data-testid=answer]"), "", "a new card starts empty");

    await visit(page, app.server.url, "/practice/architecture/no-such-card", "[data-testid=card-not-found]");
    assert.match(await page.textContent("[data-testid=card-not-found]"), /no card called “no-such-card”/);
    await page.waitForFunction(() => document.title === "Card not found · Boardroom");
    await visit(page, app.server.url, "/nowhere", "[data-testid=not-found]");
  }));

test("the wasm carries the decks' titles but not their text, which is served as deck files", async () => {
  const { readdir, readFile } = await import("node:fs/promises");
  const wasm = (await readdir("dist")).find((f) => f.endsWith(".wasm"));
  const bytes = (await readFile(`dist/${wasm}`)).toString("latin1");
  const served = await readdir("dist/decks");
  const scenarios = (await readdir("scenarios")).filter((f) => f.endsWith(".toml"));
  assert.equal(served.length, scenarios.length);
  for (const file of scenarios) {
    const text = await readFile(`scenarios/${file}`, "utf8");
    const stem = file.slice(0, -".toml".length);
    const copy = served.find((f) => f.startsWith(`${stem}.`) && /^[^.]+\.[0-9a-f]{16}\.json$/.test(f));
    assert.ok(copy, `${file} is served as decks/${stem}.<hash>.json`);
    const title = text.match(/^title = "(.+)"$/m)[1];
    const prompt = text.match(/^prompt = "(.+)"$/m)[1];
    // The served JSON is the deck of the TOML (build.rs and a native test check it field by
    // field; here, what a reader would spot).
    const json = JSON.parse(await readFile(`dist/decks/${copy}`, "utf8"));
    assert.equal(json.title, title, `${copy} is ${file}`);
    assert.equal(json.cards[0].prompt, prompt.replace(/\\"/g, '"'), `${copy} is ${file}`);
    assert.ok(bytes.includes(title), `${file}: its title is in the wasm (the outline)`);
    assert.ok(!bytes.includes(prompt), `${file}: its first prompt is not in the wasm`);
  }
});

test("a deck that cannot be fetched says so, and Try again fetches it", async () => {
  // No service worker: it would answer from its cache, past the routes that fail or hold.
  const { page, problems, close } = await openPage(app.browser, { serviceWorkers: "block" });
  try {
    let failing = true;
    await page.route("**/decks/*.json", (route) => (failing ? route.abort() : route.continue()));
    await visit(page, app.server.url, "/practice/security/patch-now", "[data-testid=deck-failed]");
    assert.match(
      await page.textContent("[data-testid=deck-failed]"),
      /The deck “Security and abuse” could not be loaded\. If you are offline, connect and try again/,
    );
    failing = false;
    await page.click("[data-testid=deck-retry]");
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.textContent("[data-testid=card-title]"), "Emergency security patch");
    // Moving to another deck's card shows a loading line until its file is here.
    await page.unroute("**/decks/*.json");
    const release = await holdRequests(page, "**/decks/*.json");
    await page.evaluate(() => (location.hash = "#/practice/team/second-on-call"));
    await page.waitForSelector("[data-testid=deck-loading]");
    assert.match(await page.textContent("[data-testid=deck-loading]"), /Loading the deck “.+”…/);
    release();
    await page.waitForSelector("[data-testid=answer]");
    // The only problems are the fetches made to fail.
    assert.ok(problems.length > 0 && problems.every((p) => /decks\/security\.[0-9a-f]{16}\.json|Failed to load resource: net::ERR_FAILED/.test(p)), problems.join("\n"));
  } finally {
    await close();
  }
});

test("a first visit keeps the page drawn at build time until the card's deck is here", () =>
  withPage(async (page) => {
    const release = await holdRequests(page, "**/decks/*.json");
    await recordLayoutShifts(page);
    await page.goto(`${app.server.url}#/practice/reliability/customer-downtime`);
    // The app has started (its header is in the page) but stays hidden behind the drawing.
    await page.waitForSelector("#app header.site-header", { state: "attached" });
    assert.equal(await page.locator("html[data-holding]").count(), 1, "the app is held back");
    assert.ok(await page.locator("#loading .prerendered:visible").count() > 0, "the drawing shows");
    release();
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.locator("#loading").count(), 0);
    assert.equal(await page.locator("html[data-holding]").count(), 0);
    assert.deepEqual(await layoutShifts(page), [], "layout shifts");
  }, { viewport: { width: 360, height: 800 } }));
