// Practice over time: history that survives a reload, flags, backup export and import,
// reset with undo, unreadable storage, keyboard-only use, and screenshots at phone and
// laptop widths.
import assert from "node:assert/strict";
import { test } from "node:test";
import { download, layoutShifts, recordLayoutShifts, screenshot, useApp, visit, withPage as withAppPage } from "./harness.mjs";

const app = useApp();

const ANSWERS = [
  "If we skip this, sign-ups fail once we pass 100 new accounts a day, and the Q3 deals would " +
    "stall. Six weeks of work removes the limit so we can onboard ten times as many customers.",
  "Without the upgrade a break-in could expose customer data and cost us fines. Two weeks of " +
    "work costs about $20,000 and keeps the support contract.",
  "This saves money and lowers the risk of losing customers next quarter.",
];

/** `withPage` on this file's app. */
const withPage = (body, options) => withAppPage(app, body, options);

/** Answer the card on screen and wait for its score. */
async function answer(page, text) {
  await page.waitForSelector("[data-testid=answer]");
  await page.fill("[data-testid=answer]", text);
  await page.waitForSelector("[data-testid=live-total]");
  await page.click("[data-testid=score]");
  await page.waitForSelector("[data-testid=score-panel]");
  return Number(await page.textContent("[data-testid=total]"));
}

async function nextCard(page) {
  const before = await page.evaluate(() => location.hash);
  await page.getByRole("link", { name: "Next card" }).click();
  await page.waitForFunction((old) => location.hash !== old, before);
  await page.waitForSelector("[data-testid=answer]");
}

const rows = (page) => page.locator("[data-testid=history] tbody tr").count();

test("practise three cards, flag one, and find it all after a reload", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/practice", "[data-testid=answer]");
    const first = await page.evaluate(() => location.hash);
    await answer(page, ANSWERS[0]);
    assert.match(await page.textContent("[data-testid=announce]"), /^Scored \d+ out of 100\.$/);
    assert.ok(await page.locator("[data-testid=highlighted-answer] mark").count() > 3);
    await page.click("[data-testid=flag]");
    await page.fill("[data-testid=flag-note]", "It names the cost plainly.");
    await page.click("[data-testid=flag-send]");
    await page.waitForSelector("[data-testid=flagged]");

    await nextCard(page);
    await answer(page, ANSWERS[1]);
    await nextCard(page);
    await answer(page, ANSWERS[2]);
    const third = await page.evaluate(() => location.hash);
    assert.notEqual(first, third);

    await page.reload();
    await visit(page, app.server.url, "/progress", "[data-testid=progress]");
    assert.match(
      await page.textContent("[data-testid=progress-summary]"),
      /^3 answers scored on 3 cards\./,
    );
    assert.equal(await rows(page), 3);
    assert.equal(await page.locator("[data-testid=bests] tbody tr").count(), 3);
    assert.match(await page.textContent("[data-testid=flags]"), /Your note: .*It names the cost plainly\./);
    assert.equal(await page.locator("[data-testid=trend-total] circle").count(), 1, "one practice day");
    assert.match(await page.textContent("[data-testid=trend-total]"), /1 day practised in the last 30; \d+ on \d{4}-\d{2}-\d{2}\.$/);
  }));

test("export, reset (and undo), then import the backup and get everything back", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/practice", "[data-testid=answer]");
    await answer(page, ANSWERS[0]);
    await page.click("[data-testid=flag]");
    await page.click("[data-testid=flag-send]");
    await page.waitForSelector("[data-testid=flagged]");
    await nextCard(page);
    await answer(page, ANSWERS[1]);

    await visit(page, app.server.url, "/progress", "[data-testid=history]");
    await page.check("[data-testid=streak-toggle]");
    await page.waitForSelector("[data-testid=streak]");
    assert.match(await page.textContent("[data-testid=streak]"), /^1-day streak, today included/);
    const exported = await download(page, "[data-testid=export]");
    assert.match(exported.name, /^boardroom-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(exported.text);
    assert.equal(backup.attempts.length, 2);
    assert.equal(backup.flags.length, 1);
    assert.equal(backup.settings.streak, true);
    const flags = JSON.parse((await download(page, "[data-testid=export-flags]")).text);
    assert.equal(flags.flags.length, 1);

    // Reset asks first, then can be undone.
    await page.click("[data-testid=reset]");
    await page.click("[data-testid=reset-confirm]");
    await page.waitForSelector("[data-testid=undo-notice]");
    assert.match(await page.textContent("[data-testid=progress-summary]"), /^0 answers/);
    await page.click("[data-testid=undo]");
    await page.waitForSelector("[data-testid=history]");
    assert.equal(await rows(page), 2);

    // Reset for good, reload, and the empty state is what storage holds.
    await page.click("[data-testid=reset]");
    await page.click("[data-testid=reset-confirm]");
    await page.waitForSelector("[data-testid=undo-notice]");
    await page.reload();
    await page.waitForSelector("[data-testid=progress]");
    assert.match(await page.textContent("[data-testid=progress-summary]"), /^0 answers/);

    // A file that is not a backup is refused, and says why.
    await page.setInputFiles("[data-testid=import-file]", {
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format": "something-else"}'),
    });
    await page.waitForSelector("[data-testid=import-error]");
    assert.match(await page.textContent("[data-testid=import-error]"), /“notes\.json” could not be imported: it is not a Boardroom progress file/);

    await page.setInputFiles("[data-testid=import-file]", exported.path);
    await page.waitForSelector("[data-testid=import-ask]");
    assert.match(await page.textContent("[data-testid=import-ask]"), /holds 2 answers and 1 flags/);
    await page.click("[data-testid=import-replace]");
    await page.waitForSelector("[data-testid=history]");
    assert.equal(await rows(page), 2);
    assert.equal(await page.locator("[data-testid=flags] li").count(), 1);
    assert.ok(await page.isChecked("[data-testid=streak-toggle]"), "settings came back too");

    // Lossless: the import exports to the very same document.
    const again = await download(page, "[data-testid=export]");
    assert.equal(again.text, exported.text);

    // Merging the same backup again adds nothing.
    await page.setInputFiles("[data-testid=import-file]", exported.path);
    await page.click("[data-testid=import-merge]");
    await page.waitForSelector("[data-testid=import-status] .notice");
    assert.equal(await rows(page), 2);
  }));

test("unreadable stored progress is kept aside, explained, and the app starts clean", () =>
  withPage(async (page) => {
    await page.goto(app.server.url);
    await page.waitForSelector("[data-testid=home]");
    await page.waitForLoadState("load");
    await page.evaluate(() => localStorage.setItem("boardroom/v1/progress", "{not json"));
    await page.reload();
    await page.waitForSelector("[data-testid=progress-notice]");
    assert.match(
      await page.textContent("[data-testid=progress-notice]"),
      /^Your progress could not be read, so it was set aside and Boardroom started afresh: download it to keep a copy, or carry on\.Details.*it is damaged .*kept aside .*“boardroom\/v1\/progress-unreadable”/,
    );
    assert.equal(
      await page.evaluate(() => localStorage.getItem("boardroom/v1/progress-unreadable")),
      "{not json",
    );
    await visit(page, app.server.url, "/progress", "[data-testid=progress]");
    assert.match(await page.textContent("[data-testid=progress-summary]"), /^0 answers/);
  }));

test("keyboard only: from home through a card to the next one", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/", "[data-testid=home]");
    /** Tab until `matches` holds for the focused element (at most 40 presses). */
    const tabTo = async (matches) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(matches)) return;
      }
      assert.fail(`never reached ${matches}`);
    };
    await tabTo(() => document.activeElement?.textContent === "Start practising");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, "none", "focus is visible");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=answer]");
    await tabTo(() => document.activeElement?.id === "answer");
    await page.keyboard.type(ANSWERS[0]);
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("[data-testid=score-panel]");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "score-heading");
    // The jargon marks can be reached from the keyboard, and show their swap on focus.
    await tabTo(() => document.activeElement?.textContent === "Next card");
    const before = await page.evaluate(() => location.hash);
    await page.keyboard.press("Enter");
    await page.waitForFunction((old) => location.hash !== old, before);
    await page.waitForSelector("[data-testid=answer]");
  }));

test("jargon swaps show on keyboard focus", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await answer(page, "We will refactor the API gateway so sign-ups stop failing.");
    const mark = page.locator("[data-testid=mark-jargon]").first();
    await mark.focus();
    const tip = mark.locator(".mark-tip");
    assert.ok((await tip.boundingBox()).width > 20, "the tip opens on focus");
    assert.match(await tip.textContent(), /jargon, try “restructure”/);
  }));

for (const width of [360, 1280, 1920]) {
  test(`screenshots at ${width} px: practice with feedback and progress`, () =>
    withPage(
      async (page) => {
        await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
        await answer(page, "We will refactor the API gateway. " + ANSWERS[0]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
        await screenshot(page, `practice-${width}`);
        await nextCard(page);
        await answer(page, ANSWERS[1]);
        await visit(page, app.server.url, "/progress", "[data-testid=history]");
        await screenshot(page, `progress-${width}`);
      },
      { viewport: { width, height: 900 } },
    ));
}

test("the countdown scores the answer when time runs out", () =>
  withPage(async (page) => {
    await page.clock.install();
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await page.click("[data-testid=practice-settings] summary");
    await page.selectOption("[data-testid=countdown-setting]", "60");
    await page.waitForSelector("[data-testid=countdown]");
    assert.match(await page.textContent("[data-testid=countdown]"), /Time left 1:00/);
    await page.fill("[data-testid=answer]", ANSWERS[0]);
    await page.clock.runFor(50_000);
    await page.waitForFunction(() => /0:10/.test(document.querySelector("[data-testid=countdown]").textContent));
    await page.clock.runFor(10_000);
    await page.waitForSelector("[data-testid=score-panel]");
    assert.match(await page.textContent("[data-testid=countdown]"), /Time is up/);
  }));

test("filters choose the next card, and a long history pages", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/progress", "[data-testid=progress]");
    // 45 attempts over 45 days, imported as a backup.
    const day = 86_400_000;
    const now = Date.now();
    const attempts = Array.from({ length: 45 }, (_, i) => ({
      deck: "security",
      card: "unknown-card",
      at: now - (45 - i) * day,
      total: 40 + i,
      risk: 30 + i,
      cost: 80,
      opportunity: 90,
    }));
    await page.setInputFiles("[data-testid=import-file]", {
      name: "history.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "boardroom-progress", schema: 1, attempts })),
    });
    await page.click("[data-testid=import-merge]");
    await page.waitForSelector("[data-testid=history-page]");
    assert.equal(await page.textContent("[data-testid=history-page]"), "Page 1 of 3");
    assert.equal(await rows(page), 20);
    await page.click("[data-testid=history-older]");
    await page.click("[data-testid=history-older]");
    assert.equal(await page.textContent("[data-testid=history-page]"), "Page 3 of 3");
    assert.equal(await rows(page), 5);
    assert.ok(await page.isDisabled("[data-testid=history-older]"));
    assert.equal(await page.locator("[data-testid=trend-risk] circle").count(), 29, "the last 30 days");
    assert.match(await page.textContent("[data-testid=weakest]"), /^Your weakest dimension lately is risk: your last 20 answers/);

    await visit(page, app.server.url, "/practice", "[data-testid=answer]");
    // The closed panel's controls are drawn as it opens, here from the keyboard.
    assert.equal(await page.locator("[data-testid=practice-settings] select").count(), 0);
    await page.focus("[data-testid=practice-settings] summary");
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute("[data-testid=practice-settings]", "open"), "");
    await page.waitForSelector("[data-testid=filter-deck]");
    await page.selectOption("[data-testid=filter-deck]", "security");
    await page.selectOption("[data-testid=filter-difficulty]", "3");
    await visit(page, app.server.url, "/progress", "[data-testid=progress]");
    await visit(page, app.server.url, "/practice", "[data-testid=answer]");
    assert.match(await page.evaluate(() => location.hash), /^#\/practice\/security\//);
    assert.match(await page.textContent("[data-testid=card]"), /DifficultyHard/);
    assert.equal(await page.textContent("[data-testid=why]"), "New card");
  }));

test("a save that fails is told, not swallowed", () =>
  withPage(async (page) => {
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await answer(page, ANSWERS[0]);
    await page.waitForSelector("[data-testid=progress-notice]");
    assert.match(await page.textContent("[data-testid=progress-notice]"), /could not be saved: this browser's storage is full or blocked/);
  }));

test("feedback appears without shifting what is already on screen", () =>
  withPage(async (page) => {
    await recordLayoutShifts(page);
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    await answer(page, ANSWERS[0]);
    await page.click("[data-testid=retry]");
    await page.waitForSelector("[data-testid=score-panel]", { state: "detached" });
    const shifts = await layoutShifts(page);
    assert.deepEqual(shifts, [], "layout shifts not caused by the learner");
  }));

test("reduced motion turns the score bars' animation off", async () => {
  for (const [reducedMotion, want] of [["no-preference", /0\.3s/], ["reduce", /^0s$/]]) {
    await withPage(
      async (page) => {
        await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
        await answer(page, ANSWERS[0]);
        const duration = await page.evaluate(
          () => getComputedStyle(document.querySelector(".bar-fill")).transitionDuration,
        );
        assert.match(duration, want, reducedMotion);
      },
      { reducedMotion },
    );
  }
});
