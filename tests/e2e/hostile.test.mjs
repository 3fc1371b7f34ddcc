// Hostile text: every vector of xss-vectors.mjs placed in every deck field, typed as an
// answer, used as a player name, pasted as a result code and put in every URL parameter.
// Nothing may run: no dialog, no call of `__xss()`, no Content-Security-Policy violation, no
// console error, and no element or attribute the text could have smuggled in (checked in the
// DOM after each step). The deck and answer steps run twice: under the app's policy, and with
// the policy bypassed, so that the app's own escaping is tested without the policy's help.
import assert from "node:assert/strict";
import { test } from "node:test";
import { moveTo, openPage, useApp, visit } from "./harness.mjs";
import { VECTORS } from "./xss-vectors.mjs";

const app = useApp();

test("the fixture holds at least 100 distinct vectors", () => {
  assert.ok(new Set(VECTORS).size >= 100, `${new Set(VECTORS).size} vectors`);
});

/**
 * A page (see `openPage`) that also records any dialog and any call of `__xss()` in
 * `problems`, and whose `clean(where)` records anything hostile found in the DOM.
 */
async function hostilePage(options = {}) {
  const opened = await openPage(app.browser, options);
  const { page, problems } = opened;
  page.on("dialog", async (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.exposeBinding("__xss", () => problems.push("__xss() ran"));
  const clean = async (where) => {
    for (const found of await page.evaluate(smuggled)) problems.push(`${where}: ${found}`);
  };
  return { ...opened, clean };
}

/** Run `body(page, clean)` on a `hostilePage` and fail if it recorded any problem. */
async function withHostilePage(body, options = {}) {
  const { page, problems, clean, close } = await hostilePage(options);
  try {
    await body(page, clean);
    assert.deepEqual(problems, [], "dialogs, injected script, policy violations or console errors");
  } finally {
    await close();
  }
}

test("the checks catch markup that does get in: a policy violation, a call of __xss() and the attribute", async () => {
  for (const [options, expected] of [
    [{}, [/policy violation: script-src-attr blocked inline/, /here: an onerror attribute on <img>/]],
    [{ bypassCSP: true }, [/__xss\(\) ran/, /here: an onerror attribute on <img>/]],
  ]) {
    const { page, problems, clean, close } = await hostilePage(options);
    try {
      await visit(page, app.server.url, "/", "[data-testid=home]");
      await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="x" onerror="__xss()">'));
      await page.waitForFunction(() => document.querySelector("img[onerror]").complete);
      await settled(page);
      await clean("here");
      const found = problems.filter((p) => !p.startsWith("HTTP 404"));
      for (const pattern of expected) assert.ok(found.some((p) => pattern.test(p)), `${pattern} in ${JSON.stringify(found)}`);
    } finally {
      await close();
    }
  }
});

/** In the page: elements and attributes in the body that only injected markup would bring. */
function smuggled() {
  const found = [];
  const banned = "script, iframe, object, embed, base, meta, link, style, template, frame, frameset, applet, math";
  for (const element of document.body.querySelectorAll(banned)) found.push(`a <${element.localName}> element`);
  for (const element of document.body.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`an ${attribute.name} attribute on <${element.localName}>`);
      if (/^(href|src|action|formaction|data|xlink:href|srcdoc|background|poster)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
        found.push(`${attribute.name}="${attribute.value.slice(0, 40)}" on <${element.localName}>`);
      }
    }
  }
  return found;
}

/**
 * Paste `text` into the box `selector`: the value set at once and one input event, as a paste
 * is. (Playwright's `fill` types into a textarea in a way that takes Chromium seconds per
 * hundred kilobytes of lines: the app answers the same paste in under 10 ms.)
 */
async function paste(page, selector, text) {
  await page.evaluate(([selector, text]) => {
    const box = document.querySelector(selector);
    box.value = text;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, [selector, text]);
}

/** Wait until Yew has rendered what the last change asked for (its scheduler runs before the next frame). */
const settled = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));

/** A valid deck with a vector in every free-text field: card i starts at vector i. */
function hostileDeck() {
  const v = (i) => VECTORS[i % VECTORS.length];
  return {
    format: 1,
    id: "hostile",
    title: v(0),
    description: v(1),
    language: "en",
    cards: VECTORS.map((_, i) => ({
      id: `card-${i}`,
      title: v(i),
      prompt: v(i + 1),
      context: v(i + 2),
      audience: v(i + 3),
      difficulty: 2,
      tags: [v(i + 4)],
      jargon: [v(i + 5)],
      model_answer: `${v(i + 6)} It saves money and avoids risk for customers.`,
      concepts: ["risk", "cost", "opportunity"].map((dimension, d) => ({
        dimension,
        label: v(i + 7 + d),
        terms: [v(i + 10 + d), ["risk", "money", "customers"][d]],
        hint: v(i + 13 + d),
      })),
      examples: [{ answer: v(i + 16), expect: "low" }],
    })),
  };
}

for (const [mode, options] of [["under the policy", {}], ["with the policy bypassed", { bypassCSP: true }]]) {
  test(`a deck of hostile text: imported, listed, practised with feedback, edited and exported, ${mode}`, () =>
    withHostilePage(async (page, clean) => {
      await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
      await paste(page, "[data-testid=import-paste]", JSON.stringify(hostileDeck(), null, 1));
      await page.click("[data-testid=import-check]");
      await page.waitForSelector("[data-testid=import-preview]");
      await clean("the import preview");
      assert.ok((await page.textContent("[data-testid=import-preview]")).includes(VECTORS[0]), "the title is shown as text");
      await page.click("[data-testid=import-install]");
      await page.waitForSelector("[data-testid=deck-hostile]");
      await clean("the decks list");

      // Every card, scored with its own vector as the answer: the card, the feedback (labels,
      // hints, jargon marked) and the model answer.
      for (let i = 0; i < VECTORS.length; i++) {
        await page.evaluate((i) => (location.hash = `#/practice/hostile/card-${i}`), i);
        await page.waitForFunction((i) => document.querySelector("[data-testid=card]")?.textContent.length > 0 && location.hash.endsWith(`card-${i}`), i);
        await page.fill("[data-testid=answer]", `${VECTORS[(i + 5) % VECTORS.length]} ${VECTORS[i]} risk money customers`);
        await page.click("[data-testid=score]");
        await page.waitForSelector("[data-testid=score-panel]");
        await clean(`card ${i} with feedback`);
      }
      assert.equal(await page.textContent("[data-testid=card-title]"), VECTORS[VECTORS.length - 1]);

      // The studio: every card in the list, and the form of a dozen of them.
      await page.evaluate(() => (location.hash = "#/decks/hostile/edit"));
      await page.waitForSelector("[data-testid=studio]");
      const picks = page.locator("[data-testid=card-pick]");
      assert.equal(await picks.count(), VECTORS.length);
      for (let i = 0; i < VECTORS.length; i += 13) {
        await picks.nth(i).click();
        await page.fill("[data-testid=try-answer]", VECTORS[i]);
        await settled(page);
        await clean(`the studio on card ${i}`);
      }

      // Exports are files: downloaded, never shown as HTML.
      await page.evaluate(() => (location.hash = "#/decks"));
      await page.waitForSelector("[data-testid=deck-hostile]");
      for (const format of ["toml", "json", "anki"]) {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.click(`[data-testid=deck-hostile] [data-testid=export-${format}]`),
        ]);
        assert.ok(await download.path());
      }
      await page.click("[data-testid=deck-hostile] [data-testid=share]");
      await page.waitForSelector("[data-testid=share-panel]");
      await clean("the share panel");
    }, options));

  test(`hostile answers on a bundled card are scored as text, ${mode}`, () =>
    withHostilePage(async (page, clean) => {
      await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
      for (const [i, vector] of VECTORS.entries()) {
        await page.fill("[data-testid=answer]", vector);
        await page.click("[data-testid=score]");
        await page.waitForSelector("[data-testid=score-panel], [data-testid=notice]");
        await clean(`answer ${i}`);
        if (await page.$("[data-testid=retry]")) await page.click("[data-testid=retry]");
      }
    }, options));
}

test("hostile player names: refused in words, or shown as text through a hot-seat game", () =>
  withHostilePage(async (page, clean) => {
    const names = VECTORS.map((v) => v.replace(/[\r\n]/g, " ").trim());
    const long = names.filter((n) => [...n].length > 30);
    // Names fit in 30 characters: the short vectors, and the first 30 of each long one (the
    // app takes names that differ only in case or spacing for the same player: one of each).
    const same = (n) => n.toLowerCase().replace(/\s+/g, " ");
    const cut = names.map((n) => [...n].slice(0, 30).join("").trim()).filter(Boolean);
    const short = cut.filter((n, i) => cut.findIndex((m) => same(m) === same(n)) === i);
    assert.ok(short.length >= 100 && long.length > 40, `${short.length} short, ${long.length} long`);
    await visit(page, app.server.url, "/play", "[data-testid=play-setup]");
    await page.check("[data-testid=mode-hot-seat]");
    // A long name is refused, quoted in the message.
    for (const name of long) {
      await paste(page, "[data-testid=setup-players]", `${name}\nBea`);
      await page.click("[data-testid=setup-start]");
      await page.waitForSelector("[data-testid=setup-problems]");
      assert.ok((await page.textContent("[data-testid=setup-problems]")).includes(name), name);
    }
    await clean("the refused names");
    // Short ones play a round: each takes a turn, answers with a vector, and all are revealed.
    for (let start = 0; start < short.length; start += 12) {
      const seats = short.slice(start, start + 12);
      await visit(page, app.server.url, "/play", "[data-testid=play-setup]");
      await page.check("[data-testid=mode-hot-seat]");
      await page.fill("[data-testid=setup-rounds]", "1");
      await page.uncheck("[data-testid=setup-timed]");
      await paste(page, "[data-testid=setup-players]", seats.join("\n"));
      await page.click("[data-testid=setup-start]");
      await page.waitForSelector("[data-testid=start-turn], [data-testid=setup-problems]");
      assert.equal(await page.$("[data-testid=setup-problems]"), null, await page.textContent("main"));
      for (const [seat, name] of seats.entries()) {
        await page.waitForSelector("[data-testid=start-turn]");
        assert.ok((await page.textContent("[data-testid=turn]")).startsWith(`${name}, you are up`), name);
        await page.click("[data-testid=start-turn]");
        await page.waitForSelector("[data-testid=answer]");
        await page.fill("[data-testid=answer]", VECTORS[(start + seat) % VECTORS.length]);
        await page.click("[data-testid=score]");
      }
      await page.waitForSelector("[data-testid=answers]");
      await clean(`the reveal of names ${start}–${start + seats.length - 1}`);
    }
  }));

test("hostile names before result codes are refused line by line and shown as text", () =>
  withHostilePage(async (page, clean) => {
    await visit(page, app.server.url, "/play", "[data-testid=play-setup]");
    await page.check("[data-testid=mode-room]");
    await page.fill("[data-testid=setup-rounds]", "1");
    await page.uncheck("[data-testid=setup-timed]");
    await page.click("[data-testid=setup-start]");
    await page.click("[data-testid=start-round]");
    await page.click("[data-testid=reveal-round]");
    await page.click("[data-testid=next-round]");
    await page.waitForSelector("[data-testid=collect]");
    // Each line a hostile text, then a code's body the name does not check against.
    const lines = VECTORS.map((v) => `${v.replace(/[\r\n]/g, " ")} 0A92-22R1-0D46-AS05`);
    await paste(page, "[data-testid=codes]", lines.join("\n"));
    await page.click("[data-testid=add-codes]");
    await page.waitForSelector("[data-testid=codes-refused]");
    await clean("the refused codes");
    const refused = await page.locator("[data-testid=codes-refused] li").count();
    assert.ok(refused >= lines.length, `each code refused on its own line (${refused} of ${lines.length})`);
  }));

test("hostile text in every URL parameter is explained or ignored, never run", () =>
  withHostilePage(async (page, clean) => {
    await visit(page, app.server.url, "/", "[data-testid=home]");
    for (const [i, vector] of VECTORS.entries()) {
      for (const value of [encodeURIComponent(vector), vector.replace(/[#\s]/g, "")]) {
        for (const route of [
          `/practice/${value}/${value}`,
          `/practice/architecture/${value}`,
          `/decks/${value}/edit`,
          `/decks/open?deck=${value}`,
          `/play/join?${value}`,
          `/play/join?g=${value}&n=${value}&d=${value}`,
          `/play/host?${value}`,
          `/${value}`,
        ]) {
          // A route of another build loads the page again (src/app/bundles.rs).
          await moveTo(page, route);
          await settled(page);
        }
      }
      await clean(`URLs with vector ${i}`);
    }
  }));

// Hostile size: a whole document pasted. How long each step takes is measured by
// `make bench` (tests/bench/browser.mjs hostile), not asserted here.
const STRONG =
  "Every new customer we sign up goes through one part of the system that tops out at about " +
  "100 accounts a day. The deals expected in Q3 would push us past that limit and sign-ups " +
  "would fail. Six weeks of work removes the ceiling so we can onboard ten times as many customers. ";

test("a 1 MB paste into an answer is kept whole, scored on its first 20,000 characters, and the limit explained", () =>
  withHostilePage(async (page, clean) => {
    await visit(page, app.server.url, "/practice/architecture/api-gateway-refactor", "[data-testid=answer]");
    const big = STRONG.repeat(Math.ceil(1e6 / STRONG.length)).slice(0, 1e6);
    await paste(page, "[data-testid=answer]", big);
    await page.waitForSelector("[data-testid=answer-limit]");
    assert.match(
      await page.textContent("[data-testid=answer-limit]"),
      /^This answer is 1000000 characters: only the first 20000 \(about 3,000 words\) are scored\. The rest stays in the box/,
    );
    assert.equal((await page.inputValue("[data-testid=answer]")).length, 1e6, "nothing is cut from the box");
    await page.click("[data-testid=score]");
    await page.waitForSelector("[data-testid=score-panel]");
    assert.ok(Number(await page.textContent("[data-testid=total]")) > 0);
    // The answer shown back is the part that was scored.
    const shown = await page.evaluate(() => {
      const copy = document.querySelector("[data-testid=highlighted-answer]").cloneNode(true);
      for (const note of copy.querySelectorAll(".visually-hidden, .mark-tip")) note.remove();
      return copy.textContent.trim();
    });
    assert.ok(shown.length <= 20000 && shown.length > 19900, `${shown.length} characters shown`);
    await clean("the scored 1 MB answer");
  }));

test("a 1 MB paste into the deck box is read and explained; past 8 MB the limit is named and the text kept", () =>
  withHostilePage(async (page, clean) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    const junk = `format = 1\nid = "big"\n${"# filler line of a pasted document\n".repeat(30000)}title = `;
    await paste(page, "[data-testid=import-paste]", junk);
    await page.click("[data-testid=import-check]");
    await page.waitForSelector("[data-testid=import-errors]");
    assert.match(await page.textContent("[data-testid=import-errors]"), /Line 30003/);
    const huge = "x".repeat(9 * 1024 * 1024);
    await paste(page, "[data-testid=import-paste]", huge);
    await page.click("[data-testid=import-check]");
    await page.waitForFunction(() => /at most 8388608 bytes \(8 MB\)/.test(document.querySelector("[data-testid=import-errors]")?.textContent ?? ""));
    assert.equal((await page.inputValue("[data-testid=import-paste]")).length, huge.length, "the pasted text stays");
    await clean("the refused pastes");
  }));
