// The home page: the deck finder (audience and difficulty, decks grouped by theme) and, for a
// returning learner, what to do now; screenshots at phone and laptop widths.
import assert from "node:assert/strict";
import { test } from "node:test";
import { screenshot, useApp, visit, withPage as withAppPage } from "./harness.mjs";

const app = useApp();

/** `withPage` on this file's app. */
const withPage = (body, options) => withAppPage(app, body, options);

const chip = (page, group, name) => page.locator(`[data-testid=${group}-chip]`, { hasText: new RegExp(`^${name}\\d*$`) });
const pressed = (locator) => locator.getAttribute("aria-pressed");
const count = (page) => page.textContent("[data-testid=finder-count]");

test("two clicks start practice on the cards for one audience, and the filters narrow the decks", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/", "[data-testid=home]");
    const everything = await count(page);
    const [, cards, decks] = everything.match(/^(\d+) cards in (\d+) decks$/);
    // Grouped by theme, every deck once.
    const themes = await page.locator(".home h3.theme").allTextContents();
    assert.ok(themes.length >= 4, `themes: ${themes}`);
    assert.equal(await page.locator("[data-testid=deck-list] > li").count(), Number(decks));

    // The audience chips carry their card counts; CFO's is the count the finder then shows.
    const cfo = chip(page, "audience", "CFO");
    const cfoCards = Number((await cfo.locator(".chip-count").textContent()).trim());
    assert.ok(cfoCards >= 8 && cfoCards < Number(cards));
    await cfo.click();
    assert.equal(await pressed(cfo), "true");
    assert.match(await count(page), new RegExp(`^${cfoCards} cards in \\d+ decks$`));
    for (const note of await page.locator("[data-testid=deck-list] > li .muted").allTextContents()) {
      assert.match(note, /^\d+ of \d+ cards? match$/);
    }
    await screenshot(page, "home-finder-cfo-1100");
    // A level narrows it further; pressing a chip again lets it go.
    const hard = chip(page, "level", "Hard");
    await hard.click();
    const hardCfo = Number((await count(page)).match(/^(\d+)/)[1]);
    assert.ok(hardCfo < cfoCards, `${hardCfo} hard CFO cards`);
    await hard.click();
    assert.equal(await pressed(hard), "false");
    assert.match(await count(page), new RegExp(`^${cfoCards} cards`));

    // The second click: practice, with the audience as its filter.
    await page.click("[data-testid=practise-matching]");
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.textContent("[data-testid=card-audience]"), "CFO");
    await page.click("[data-testid=practice-settings] summary");
    assert.equal(await page.inputValue("[data-testid=filter-audience]"), "CFO");
    // Every card practice offers next is said to the CFO.
    await page.selectOption("[data-testid=filter-audience]", "the board");
    await page.goto(`${app.server.url}#/practice`);
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.textContent("[data-testid=card-audience]"), "the board");
  }));

test("a returning learner sees the next card, the cards due and the weakest dimension's card", () =>
  withPage(async (page) => {
    const day = 24 * 60 * 60 * 1000;
    const long = Date.now() - 40 * day;
    // Three answers that each spoke to every dimension, cost worst on the delivery card.
    const attempts = [
      { deck: "architecture", card: "api-gateway-refactor", at: long, total: 60, risk: 70, cost: 40, opportunity: 70 },
      { deck: "delivery", card: "flaky-deploys", at: long + 1, total: 50, risk: 70, cost: 10, opportunity: 70 },
      { deck: "team", card: "second-on-call", at: long + 2, total: 60, risk: 70, cost: 30, opportunity: 70 },
    ];
    await page.addInitScript((doc) => {
      if (!localStorage.getItem("boardroom/v1/progress")) localStorage.setItem("boardroom/v1/progress", doc);
    }, JSON.stringify({ format: "boardroom-progress", schema: 1, attempts }));
    await visit(page, app.server.url, "/", "[data-testid=now]");
    assert.match(await page.textContent("[data-testid=now-next]"), /^Next: .+ \(.+, due for review\)$/);
    assert.equal(await page.textContent("[data-testid=now-due]"), "3 cards due for review now: review them");
    assert.match(
      await page.textContent("[data-testid=now-weak]"),
      /^Your weakest lately is cost \(an average of 27\)\. Work on it with Automate releases, where it scored lowest\.$/,
    );
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `home-returning-${width}`);
    }
    await page.click("[data-testid=now-weak] a");
    await page.waitForSelector("[data-testid=answer]");
    assert.equal(await page.evaluate(() => location.hash), "#/practice/delivery/flaky-deploys");
  }));
