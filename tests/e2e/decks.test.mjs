// The deck studio through the real UI: a broken deck's errors by line, fixed and installed,
// an id clash answered three ways; a card edited, tried, exported and re-imported identical;
// a share link opened in a fresh browser and practised; URL imports (CORS explained), CSV
// and Anki notes by picker and by drop; a 1,000-card import timed; axe on both screens.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFile, mkdtemp, mkdir, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { deckToml } from "./fixtures.mjs";
import { axeViolations, download, draftedTerms, draftInNewDeck, openPage, screenshot, startServer, useApp, visit, withPage as withAppPage } from "./harness.mjs";

const app = useApp();
const withPage = (body, options) => withAppPage(app, body, options);
const here = dirname(fileURLToPath(import.meta.url));

const STRONG =
  "If we skip this, sign-ups fail once we pass 100 new accounts a day and the Q3 deals stall. " +
  "Six weeks of work for two engineers, about $60,000, removes the limit so we can onboard ten " +
  "times as many customers and protect revenue.";

/** Fail with the list of axe violations on the page as it is now. */
async function noAxe(page, what) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${what}`);
}

/** Paste `text` into the import box and check it. */
async function paste(page, text) {
  await page.fill("[data-testid=import-paste]", text);
  await page.click("[data-testid=import-check]");
  await page.waitForSelector("[data-testid=import-preview], [data-testid=import-errors], [data-testid=import-failed]");
}

test("a broken deck shows every error by line; fixed, it installs; an id clash asks", async () => {
  await withPage(async (page) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    const broken = deckToml("ours")
      .replace("difficulty = 2", "difficulty = 5")
      .replace('title = "Upgrade', 'titel = "Upgrade');
    await paste(page, broken);
    const errors = page.locator("[data-testid=import-error]");
    const texts = await errors.allTextContents();
    assert.equal(texts.length, 3, texts.join("\n"));
    // The unknown field, the missing title it leaves, and the difficulty, each by line.
    assert.match(texts.join("\n"), /Line 7, column 1 · cards\[0\]\.title: missing field/);
    assert.match(texts.join("\n"), /Line 9, column 1 · cards\[0\]\.titel: unknown field .*did you mean .title/);
    assert.match(texts.join("\n"), /Line 13, column 14 · cards\[0\]\.difficulty: .*1.*3/);
    assert.match(texts.join("\n"), /difficulty = 5\n\s{13}\^/, "the offending line quoted, marked at its column");
    assert.match(await page.textContent("[data-testid=import-errors]"), /cannot be installed: 3 problems.*Nothing was installed/);
    // Nothing is lost: the pasted text is still in the box.
    assert.equal(await page.inputValue("[data-testid=import-paste]"), broken);
    assert.equal(await page.locator("[data-testid=deck-ours]").count(), 0);
    await noAxe(page, "decks page with errors");
    await screenshot(page, "decks-errors");

    await paste(page, deckToml("ours"));
    assert.match(await page.textContent("[data-testid=import-preview]"), /Ready to install: Team scenarios.*1 card/);
    await page.click("[data-testid=import-install]");
    await page.waitForSelector("[data-testid=import-installed]");
    await page.waitForSelector("[data-testid=deck-ours]");

    // The same id again: keep both gives a new id; replace swaps it; cancel changes nothing.
    await paste(page, deckToml("ours", 2, "Team scenarios, second take"));
    await page.click("[data-testid=import-install]");
    await page.waitForSelector("[data-testid=import-clash]");
    await noAxe(page, "decks page asking about a clash");
    await page.click("[data-testid=clash-keep]");
    await page.waitForSelector("[data-testid=deck-ours-2]");
    assert.match(await page.textContent("[data-testid=deck-ours-2]"), /second take \(copy\).*2 cards/);
    await paste(page, deckToml("ours", 3, "Team scenarios, third take"));
    await page.click("[data-testid=import-install]");
    await page.click("[data-testid=clash-replace]");
    await page.waitForSelector("[data-testid=import-installed]");
    assert.match(await page.textContent("[data-testid=deck-ours]"), /third take.*3 cards/);
    await paste(page, deckToml("ours", 1, "Never installed"));
    await page.click("[data-testid=import-install]");
    await page.click("[data-testid=clash-cancel]");
    assert.match(await page.textContent("[data-testid=deck-ours]"), /third take/);
    // A built-in deck cannot be replaced: only keep both or cancel.
    await paste(page, deckToml("architecture"));
    await page.click("[data-testid=import-install]");
    await page.waitForSelector("[data-testid=import-clash]");
    assert.equal(await page.locator("[data-testid=clash-replace]").count(), 0);

    // Installed decks survive a reload, and delete has an undo.
    await page.reload();
    await page.waitForSelector("[data-testid=deck-ours-2]");
    await page.click("[data-testid=deck-ours-2] [data-testid=delete]");
    await page.waitForSelector("[data-testid=deck-undo-notice]");
    assert.equal(await page.locator("[data-testid=deck-ours-2]").count(), 0);
    await page.click("[data-testid=deck-undo]");
    await page.waitForSelector("[data-testid=deck-ours-2]");
    await screenshot(page, "decks-list");
  });
});

test("edit a card, try an answer, export, and re-import an identical deck", async () => {
  await withPage(async (page) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    // A built-in deck is read-only: duplicating it opens the copy in the studio.
    await page.click("[data-testid=deck-architecture] [data-testid=duplicate]");
    await page.waitForSelector("[data-testid=studio]");
    assert.match(page.url(), /#\/decks\/architecture-copy\/edit$/);
    await page.waitForSelector("[data-testid=save-status]:has-text('Saved')");

    // Validation as you type: an emptied title is named under its field, and not saved.
    await page.fill("[data-testid=f-cards-0-title]", "");
    await page.waitForSelector("#f-cards-0-title-problem");
    assert.match(await page.textContent("#f-cards-0-title-problem"), /title must not be empty/);
    assert.equal(await page.getAttribute("#f-cards-0-title", "aria-invalid"), "true");
    assert.match(await page.textContent("[data-testid=save-status]"), /Changes not saved — 1 problem/);
    await page.fill("[data-testid=f-cards-0-title]", "Lift the sign-up ceiling");
    await page.waitForSelector("[data-testid=save-status]:has-text('Saved')");
    await page.fill("[data-testid=f-cards-0-concepts-0-weight]", "eleven");
    assert.match(await page.textContent("#f-cards-0-concepts-0-weight-problem"), /1 to 10/);
    await page.fill("[data-testid=f-cards-0-concepts-0-weight]", "3");

    // Try it scores against the card as it stands, unsaved edits included.
    await page.fill("[data-testid=try-answer]", STRONG);
    await page.waitForSelector("[data-testid=try-it] [data-testid=live-score]");
    const before = Number((await page.textContent("[data-testid=try-it] [data-testid=live-score]")).match(/(\d+)/)[1]);
    assert.ok(before > 50, `a strong answer scores ${before}`);
    await page.waitForSelector("[data-testid=try-it] .score-panel");
    // Make "sign-ups" jargon for this card: the same answer now scores lower.
    await page.fill("[data-testid=f-cards-0-concepts-0-terms]", "onboard*\nnew customers");
    await page.fill("[data-testid=f-cards-0-jargon]", "refactor\nsign-ups");
    const after = Number((await page.textContent("[data-testid=try-it] [data-testid=live-score]")).match(/(\d+)/)[1]);
    assert.ok(after < before, `jargon costs points: ${before} → ${after}`);
    await noAxe(page, "the studio");
    await screenshot(page, "studio");

    // Add, duplicate, reorder, delete with undo. "Delete card" stands apart from the
    // buttons that arrange cards, on a row of its own.
    const cards = page.locator("[data-testid=card-pick]");
    assert.equal(await cards.count(), 7);
    const [down, remove] = await Promise.all(["card-down", "card-delete"].map((id) => page.locator(`[data-testid=${id}]`).boundingBox()));
    assert.ok(remove.y >= down.y + down.height, `Delete card below the reorder buttons: ${JSON.stringify({ down, remove })}`);
    assert.equal(await page.textContent("[data-testid=card-delete]"), "Delete card");
    await page.click("[data-testid=card-duplicate]");
    assert.equal(await cards.count(), 8);
    assert.equal(await page.inputValue("[data-testid=f-cards-1-id]"), "api-gateway-refactor-copy");
    await page.click("[data-testid=card-delete]");
    assert.equal(await cards.count(), 7);
    await page.click("[data-testid=studio-undo]");
    assert.equal(await cards.count(), 8);
    await page.click("[data-testid=card-delete]");
    await page.click("[data-testid=card-add]");
    assert.equal(await page.inputValue("[data-testid=f-cards-2-id]"), "new-card");
    assert.match(await page.textContent("[data-testid=save-status]"), /problems to fix/);
    await page.click("[data-testid=card-delete]");
    await cards.nth(0).click();
    await page.click("[data-testid=card-down]");
    assert.match(await cards.nth(1).textContent(), /Lift the sign-up ceiling/);
    await page.click("[data-testid=card-up]");
    assert.match(await cards.nth(0).textContent(), /Lift the sign-up ceiling/);

    // Draft from model answer proposes concepts, and undo brings the written ones back.
    const concepts = page.locator("[data-testid=concept]");
    const written = await concepts.count();
    await page.click("[data-testid=draft-rubric]");
    await page.waitForSelector("[data-testid=studio-undo-notice]");
    assert.notEqual(await page.inputValue("[data-testid=f-cards-0-concepts-0-label]"), "More customers can be onboarded");
    await page.click("[data-testid=studio-undo]");
    assert.equal(await concepts.count(), written);
    assert.equal(await page.inputValue("[data-testid=f-cards-0-concepts-0-label]"), "More customers can be onboarded");
    await page.waitForSelector("[data-testid=save-status]:has-text('Saved')");

    // Export, re-import over it (replace) and as a second deck (keep both): identical.
    await page.click("text=← All decks");
    await page.waitForSelector("[data-testid=deck-architecture-copy]");
    const toml = await download(page, "[data-testid=deck-architecture-copy] [data-testid=export-toml]");
    assert.equal(toml.name, "architecture-copy.toml");
    assert.match(toml.text, /title = "Lift the sign-up ceiling"/);
    assert.match(toml.text, /weight = 3/);
    const json = await download(page, "[data-testid=deck-architecture-copy] [data-testid=export-json]");
    const anki = await download(page, "[data-testid=deck-architecture-copy] [data-testid=export-anki]");
    assert.match(anki.text, /^#separator:tab\n#html:true\n/);
    assert.match(anki.text, /Lift the sign-up ceiling|Every new customer/);
    const dir = await mkdtemp(join(tmpdir(), "boardroom-decks-"));
    await writeFile(join(dir, toml.name), toml.text);
    await page.setInputFiles("[data-testid=import-file]", join(dir, toml.name));
    await page.click("[data-testid=import-install]");
    await page.click("[data-testid=clash-replace]");
    await page.waitForSelector("[data-testid=import-installed]");
    const again = await download(page, "[data-testid=deck-architecture-copy] [data-testid=export-toml]");
    assert.equal(again.text, toml.text, "exported, re-imported and exported again: identical");
    await page.setInputFiles("[data-testid=import-file]", { name: json.name, mimeType: "application/json", buffer: Buffer.from(json.text) });
    await page.click("[data-testid=import-install]");
    await page.click("[data-testid=clash-keep]");
    await page.waitForSelector("[data-testid=deck-architecture-copy-2]");
    const second = await download(page, "[data-testid=deck-architecture-copy-2] [data-testid=export-toml]");
    // The same but its id, and a title that tells it apart.
    assert.equal(second.text, toml.text
      .replace('id = "architecture-copy"', 'id = "architecture-copy-2"')
      .replace('title = "Architecture and scaling (copy)"', 'title = "Architecture and scaling (copy 2)"'));
    // The Anki file comes back as notes, one drafted card each.
    await page.setInputFiles("[data-testid=import-file]", { name: anki.name, mimeType: "text/plain", buffer: Buffer.from(anki.text) });
    assert.match(await page.textContent("[data-testid=import-preview]"), /7 cards/);
  });
});

/** The total the practice page gives `answer` on the card open now. */
async function practise(page, answer) {
  await page.fill("[data-testid=answer]", answer);
  await page.click("[data-testid=score]");
  return Number(await page.textContent("[data-testid=score-panel] [data-testid=total]"));
}

test("a share link opens in a fresh browser, installs and practises its first card", async () => {
  let link;
  let bigId;
  let bigLink;
  await withPage(async (page) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    await paste(page, deckToml("ours", 2));
    await page.click("[data-testid=import-install]");
    await page.waitForSelector("[data-testid=deck-ours]");
    await page.click("[data-testid=deck-ours] [data-testid=share]");
    link = await page.inputValue("[data-testid=deck-ours] [data-testid=share-link]");
    assert.match(link, /#\/decks\/open\?deck=[A-Za-z0-9_-]+$/);
    assert.match(await page.textContent("[data-testid=deck-ours] [data-testid=share-length]"), new RegExp(`${link.length} characters`));
    // Short enough for a QR code: it is drawn.
    await page.waitForSelector("[data-testid=deck-ours] [data-testid=qr]");
    await noAxe(page, "decks page sharing a deck");
    // Every bundled deck's link, measured; past 2,953 characters the file is offered instead.
    const ids = await page.locator(".deck-row").evaluateAll((rows) => rows.map((r) => r.dataset.testid.slice(5)).filter((id) => id !== "ours"));
    const lengths = {};
    const links = {};
    for (const id of ids) {
      await page.click(`[data-testid=deck-${id}] [data-testid=share]`);
      links[id] = await page.inputValue(`[data-testid=deck-${id}] [data-testid=share-link]`);
      lengths[id] = links[id].length;
      if (lengths[id] > 2953) await page.waitForSelector(`[data-testid=deck-${id}] [data-testid=share-too-long]`);
    }
    const largest = Object.entries(lengths).sort((a, b) => b[1] - a[1])[0];
    [bigId] = largest;
    bigLink = links[bigId];
    console.log(`share-link lengths: ${JSON.stringify(lengths)}; largest ${largest[0]} at ${largest[1]} characters`);
    const bundled = (await readdir("scenarios")).filter((f) => f.endsWith(".toml")).length;
    assert.equal(Object.keys(lengths).length, bundled, "every bundled deck has a share link");
  });
  // A fresh context: no decks installed, nothing in storage.
  await withPage(async (page) => {
    await page.goto(link);
    await page.waitForSelector("[data-testid=open-shared] [data-testid=import-preview]");
    assert.match(await page.textContent("[data-testid=import-preview]"), /Ready to install: Team scenarios.*2 cards/);
    await noAxe(page, "a shared deck's preview");
    await page.click("[data-testid=import-install]");
    await page.click("text=Practise its first card");
    await page.waitForSelector("[data-testid=answer]");
    assert.match(page.url(), /#\/practice\/ours\/card-0$/);
    assert.match(await page.textContent("main"), /Upgrade the billing database 0/);
    const total = await practise(
      page,
      "Our billing data sits on software that stops getting security fixes in March. Two weeks of work now avoids a breach that could cost us fines and customers.",
    );
    assert.ok(total > 70, `the model answer scores ${total}`);
    // The deck is offered for a game, and travels in the join link.
    await visit(page, app.server.url, "/play", "[data-testid=play-setup]");
    await page.selectOption("[data-testid=setup-deck]", "ours");
    await page.fill("[data-testid=setup-rounds]", "2");
    await page.click("[data-testid=setup-start]");
    await page.waitForSelector("[data-testid=join-link]");
    assert.match(await page.textContent("[data-testid=join-link]"), /pack=/);
  });
  // A link cut short in a chat is refused in words; the largest bundled deck opens whole.
  await withPage(async (page) => {
    await page.goto(link.slice(0, link.length - 40));
    await page.waitForSelector("[data-testid=open-shared] [data-testid=import-failed]");
    assert.match(await page.textContent("[data-testid=import-failed]"), /damaged.*Ask for the link again/);
    await noAxe(page, "a damaged share link");
    await page.goto(bigLink);
    await page.waitForSelector("[data-testid=open-shared] [data-testid=import-preview]");
    assert.match(await page.textContent("[data-testid=import-preview]"), new RegExp(`${bigId} · \\d+ cards`));
  });
});

test("import from a web address: fetched when allowed, CORS and 404 explained", async () => {
  const dir = await mkdtemp(join(tmpdir(), "boardroom-url-"));
  await writeFile(join(dir, "ours.toml"), deckToml("ours", 2));
  const open = await startServer({ dir, cors: true });
  const closed = await startServer({ dir });
  try {
    const { page, problems, close } = await openPage(app.browser);
    try {
      await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
      const fetchUrl = async (url, selector) => {
        await page.fill("[data-testid=import-url]", url);
        await page.click("[data-testid=import-fetch]");
        await page.waitForSelector(selector);
      };
      await fetchUrl(`${open.url}ours.toml`, "[data-testid=import-preview]");
      assert.match(await page.textContent("[data-testid=import-preview]"), /Team scenarios.*2 cards/);
      await fetchUrl(`${closed.url}ours.toml`, "[data-testid=import-failed]");
      const cors = await page.textContent("[data-testid=import-failed]");
      assert.match(cors, /could not fetch.*CORS.*Workaround: open the address in a new tab, save the file, and import it/);
      await fetchUrl(`${open.url}missing.toml`, "[data-testid=import-failed]:has-text('404')");
      assert.match(await page.textContent("[data-testid=import-failed]"), /answered “404 Not Found”.*check the address/);
      await fetchUrl("ftp://example.invalid/x", "[data-testid=import-failed]:has-text('not a web address')");
      await noAxe(page, "decks page with a failed fetch");
      // The only problems are the ones the browser reports for the refused fetches.
      const unexpected = problems.filter((p) => !/CORS|Failed to load resource|ERR_FAILED|404/.test(p));
      assert.deepEqual(unexpected, []);
    } finally {
      await close();
    }
  } finally {
    await open.stop();
    await closed.stop();
  }
});

test("CSV and Anki notes become drafted cards, by picker and by drop", async () => {
  await withPage(async (page) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    const csv = "prompt,model answer,tags\n" +
      "\"We need to move to ARM servers\",\"Our hosting bill drops by a third, about $4,000 a month, with no change customers can see.\",cost infra\n" +
      "We should add a read replica,\"Reports stop slowing down checkout, so fewer customers abandon their carts.\",\n";
    await page.setInputFiles("[data-testid=import-file]", { name: "infra notes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.waitForSelector("[data-testid=import-preview]");
    assert.match(await page.textContent("[data-testid=import-preview]"), /Ready to install: infra notes.*2 cards/);
    // Notes are named before they are installed: the file's name is offered, a blank one
    // refused in words.
    assert.equal(await page.inputValue("[data-testid=import-name]"), "infra notes");
    await page.fill("[data-testid=import-name]", "  ");
    await page.click("[data-testid=import-install]");
    assert.match(await page.textContent("[data-testid=import-name-problem]"), /^Give the deck a name first/);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "import-name");
    assert.deepEqual(await axeViolations(page), [], "axe on the name refused");
    await page.fill("[data-testid=import-name]", "Infra cost talks");
    await page.click("[data-testid=import-install]");
    await page.waitForSelector("[data-testid=deck-infra-cost-talks]");
    assert.match(await page.textContent("[data-testid=deck-infra-cost-talks]"), /Infra cost talks/);

    // Anki's own export, dropped on the drop zone.
    const anki = "#separator:tab\n#html:true\n#tags column:3\n" +
      "Patch the <b>VPN</b> appliance\tAttackers are using this hole now; a breach would cost us our biggest customers.\tsecurity\n";
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "anki notes.txt", { type: "text/plain" }));
      const zone = document.querySelector("[data-testid=drop-zone]");
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, anki);
    await page.waitForSelector("[data-testid=import-preview]:has-text('anki notes')");
    assert.match(await page.textContent("[data-testid=import-preview]"), /Patch the VPN appliance|1 card/);
    // A broken notes file is refused by line, like a deck.
    await page.setInputFiles("[data-testid=import-file]", { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\njust one field\n") });
    await page.waitForSelector("[data-testid=import-errors]");
    assert.match(await page.textContent("[data-testid=import-errors]"), /Line 2, column 1: this row has 1 field/);
  });
});

const ROW_PROMPT = "What should the importer do with a bad row?";
const ROW_MODEL = "It should report the error and store the rest for later.";

/** Import one CSV note of ROW_PROMPT and ROW_MODEL as the deck "rows"; its TOML export. */
async function importRows(page) {
  const csv = `prompt,model answer\n"${ROW_PROMPT}","${ROW_MODEL}"\n`;
  await page.setInputFiles("[data-testid=import-file]", { name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForSelector("[data-testid=import-preview]");
  await page.click("[data-testid=import-install]");
  await page.waitForSelector("[data-testid=deck-rows]");
  return (await download(page, "[data-testid=deck-rows] [data-testid=export-toml]")).text;
}

test("drafting fetches the thesaurus once, when first needed, and its synonyms reach the terms", async () => {
  await withPage(async (page) => {
    const fetched = [];
    page.on("request", (r) => { if (r.url().endsWith("/thesaurus.txt")) fetched.push(r.url()); });
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    assert.equal(fetched.length, 0, "not part of the first load");
    const { terms: drafted } = await draftInNewDeck(page, ROW_PROMPT, ROW_MODEL);
    assert.match(drafted, /^mistake$/m, "a WordNet synonym of 'error'");
    assert.match(drafted, /^storage$/m, "a WordNet form of 'store'");
    await screenshot(page, "studio-drafted-with-synonyms");
    // The rubric reads the synonym: Try it credits "mistake".
    await page.fill("[data-testid=try-answer]", "It says what the mistake is and keeps the rest in storage.");
    await page.waitForSelector("[data-testid=try-it] [data-testid=score-panel]");
    assert.ok(Number(await page.textContent("[data-testid=try-it] [data-testid=total]")) > 35);
    // A second draft uses the copy it has; notes imported later are drafted with it too.
    await page.click("[data-testid=studio-undo]");
    await page.click("[data-testid=draft-rubric]");
    await page.waitForSelector("[data-testid=studio-undo-notice]");
    assert.equal(await draftedTerms(page), drafted);
    await page.click("text=← All decks");
    await page.waitForSelector("[data-testid=decks-page]");
    assert.match(await importRows(page), /"mistake"/);
    assert.equal(fetched.length, 1, `fetched ${fetched.length} times`);
  });
});

test("notes dropped in a fresh page are drafted with synonyms, and without them when the thesaurus cannot be had", async () => {
  await withPage(async (page) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    assert.match(await importRows(page), /"mistake"/);
  });
  await withPage(async (page) => {
    // As if offline on a first visit: the thesaurus cannot be had (the worker is kept out
    // so that the page's own request is the one refused).
    await page.route("**/thesaurus.txt", (route) => route.abort("aborted"));
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    const toml = await importRows(page);
    assert.match(toml, /terms = \["error"\]/);
    assert.doesNotMatch(toml, /"mistake"/);
    // The studio says why its draft has no synonyms, and keeps working.
    await page.click("[data-testid=deck-rows] >> text=Edit");
    await page.waitForSelector("[data-testid=studio]");
    await page.click("[data-testid=draft-rubric]");
    await page.waitForSelector("[data-testid=studio-undo-notice]");
    assert.match(await page.textContent("[data-testid=studio-undo-notice]"), /synonyms could not be loaded/);
  }, { serviceWorkers: "block" });
});

test("a 5,000-card deck imports (timed for the record), is stored and read back, and 5,001 cards name the limit", async () => {
  await withPage(async (page) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    const big = deckToml("big", 5000, "Five thousand cards");
    const buffer = Buffer.from(big);
    const started = Date.now();
    await page.setInputFiles("[data-testid=import-file]", { name: "big.toml", mimeType: "text/plain", buffer });
    await page.waitForSelector("[data-testid=import-preview]");
    const checked = Date.now() - started;
    await page.click("[data-testid=import-install]");
    await page.waitForSelector("[data-testid=deck-big]");
    const installed = Date.now() - started;
    console.log(`5,000-card deck (${buffer.length} bytes): read and checked in ${checked} ms, installed and listed in ${installed} ms`);
    assert.match(await page.textContent("[data-testid=deck-big]"), /5000 cards/);
    // Its JSON is larger than local storage's 5 MiB, so it is kept packed.
    const stored = await page.evaluate(() => localStorage.getItem("boardroom/v1/decks").length);
    assert.ok(stored < 1 << 20, `${stored} characters stored`);
    await page.reload();
    await page.waitForSelector("[data-testid=deck-big]");
    assert.match(await page.textContent("[data-testid=deck-big]"), /5000 cards/);
    assert.equal(await page.$(".error.banner"), null, "no storage notice");
    const over = deckToml("bigger", 5001);
    await page.setInputFiles("[data-testid=import-file]", { name: "bigger.toml", mimeType: "text/plain", buffer: Buffer.from(over) });
    await page.waitForSelector("[data-testid=import-errors]");
    assert.match(await page.textContent("[data-testid=import-errors]"), /cards: the deck has 5001 cards; a deck may have at most 5000/);
  });
});

test("a new deck written from scratch saves once it is valid; deck text is shown as text", async () => {
  await withPage(async (page) => {
    await visit(page, app.server.url, "/decks", "[data-testid=decks-page]");
    await page.click("[data-testid=new-deck]");
    await page.waitForSelector("[data-testid=studio]");
    assert.match(page.url(), /#\/decks\/my-deck\/edit$/);
    assert.match(await page.textContent("[data-testid=save-status]"), /Not saved yet — \d+ problems to fix/);
    const fill = (field, value) => page.fill(`[data-testid=f-${field}]`, value);
    await fill("title", 'Our <img src=x onerror="window.__injected=1"> deck');
    await fill("description", "Scenarios from our own platform team.");
    await fill("cards-0-title", "Retire the old queue");
    await fill("cards-0-prompt", "We need to migrate off RabbitMQ to SQS.");
    await fill("cards-0-context", "The CFO asks why this is on the roadmap.");
    await fill("cards-0-model_answer", "The old queue drops orders twice a month; moving costs three weeks and saves the refunds we pay.");
    // Drafting fills the concepts from the model answer; one term makes them scorable.
    await page.click("[data-testid=draft-rubric]");
    await page.waitForSelector("[data-testid=studio-undo-notice]");
    assert.match(await page.inputValue("[data-testid=f-cards-0-jargon]"), /SQS/);
    assert.equal(await page.inputValue("[data-testid=f-cards-0-concepts-0-label]"), "Three weeks");
    await page.waitForSelector("[data-testid=save-status]:has-text('Saved')");
    await page.fill("[data-testid=try-answer]", "Orders get dropped twice a month and we pay refunds; three weeks of work stops it.");
    await page.waitForSelector("[data-testid=try-it] [data-testid=score-panel]");
    await page.click("text=← All decks");
    await page.waitForSelector("[data-testid=deck-my-deck]");
    // The markup in the title is shown as the characters typed, and nothing ran.
    assert.match(await page.textContent("[data-testid=deck-my-deck] h3"), /Our <img src=x onerror="window.__injected=1"> deck/);
    assert.equal(await page.locator("[data-testid=deck-my-deck] img").count(), 0);
    assert.equal(await page.evaluate(() => window.__injected), undefined);
    // On a 360 px phone both screens fit without scrolling sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok((await wide()) <= 360, `decks page is ${await wide()} px wide`);
    await page.click("[data-testid=deck-my-deck] >> text=Edit");
    await page.waitForSelector("[data-testid=studio]");
    assert.ok((await wide()) <= 360, `studio is ${await wide()} px wide`);
    await screenshot(page, "studio-phone");
  });
});
