// Accessibility: axe-core (WCAG 2 A and AA) on every page the app can reach.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, openPage, useApp, visit } from "./harness.mjs";

const app = useApp();

const pages = [
  ["home", "/", "[data-testid=home]", null],
  [
    "home after practice, filtered to one audience and level",
    "/practice/architecture/api-gateway-refactor",
    "[data-testid=answer]",
    async (page, url) => {
      await scoreOne(page);
      await visit(page, url, "/", "[data-testid=now]");
      await page.locator("[data-testid=audience-chip]", { hasText: "CFO" }).click();
      await page.locator("[data-testid=level-chip]", { hasText: "Medium" }).click();
    },
  ],
  ["practice", "/practice", "[data-testid=answer]", null],
  [
    "practice with feedback",
    "/practice/architecture/api-gateway-refactor",
    "[data-testid=answer]",
    async (page) => {
      await page.fill("[data-testid=answer]", "We refactor the gateway so new customers can sign up without failures.");
      await page.click("[data-testid=score]");
      await page.waitForSelector("[data-testid=score-panel]");
    },
  ],
  [
    "practice with the empty-answer notice",
    "/practice",
    "[data-testid=answer]",
    async (page) => {
      await page.click("[data-testid=score]");
      await page.waitForSelector("[data-testid=notice]");
    },
  ],
  [
    "practice with the flag form and the settings open",
    "/practice/architecture/api-gateway-refactor",
    "[data-testid=answer]",
    async (page) => {
      await scoreOne(page);
      await page.click("[data-testid=flag]");
      await page.waitForSelector("[data-testid=flag-form]");
      await page.click("[data-testid=practice-settings] summary");
    },
  ],
  ["progress, empty", "/progress", "[data-testid=progress]", null],
  [
    "progress with history, a flag, the streak and the reset question",
    "/practice/architecture/api-gateway-refactor",
    "[data-testid=answer]",
    async (page, url) => {
      await scoreOne(page);
      await page.click("[data-testid=flag]");
      await page.fill("[data-testid=flag-note]", "Fair answer.");
      await page.click("[data-testid=flag-send]");
      await page.waitForSelector("[data-testid=flagged]");
      await visit(page, url, "/progress", "[data-testid=history]");
      await page.check("[data-testid=streak-toggle]");
      await page.click("[data-testid=reset]");
      await page.waitForSelector("[data-testid=reset-ask]");
    },
  ],
  [
    "progress asking how to import a backup",
    "/progress",
    "[data-testid=progress]",
    async (page) => {
      await page.setInputFiles("[data-testid=import-file]", {
        name: "backup.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"format": "boardroom-progress", "schema": 1}'),
      });
      await page.waitForSelector("[data-testid=import-ask]");
    },
  ],
  [
    "decks with a broken paste's errors",
    "/decks",
    "[data-testid=decks-page]",
    async (page) => {
      await page.fill("[data-testid=import-paste]", 'format = 1\nid = "x"\ntitel = "typo"\n');
      await page.click("[data-testid=import-check]");
      await page.waitForSelector("[data-testid=import-errors]");
      await page.click("[data-testid=deck-architecture] [data-testid=share]");
      await page.waitForSelector("[data-testid=share-too-long]");
    },
  ],
  [
    "the studio with a problem and a tried answer",
    "/decks",
    "[data-testid=decks-page]",
    async (page) => {
      await page.click("[data-testid=deck-security] [data-testid=duplicate]");
      await page.waitForSelector("[data-testid=studio]");
      await page.fill("[data-testid=f-cards-0-title]", "");
      await page.waitForSelector("[data-testid=field-problem]");
      await page.fill("[data-testid=try-answer]", "An attacker could take customer data; a week of work closes the hole.");
      await page.waitForSelector("[data-testid=try-it] [data-testid=score-panel]");
    },
  ],
  ["card not found", "/practice/architecture/missing", "[data-testid=card-not-found]", null],
  ["page not found", "/nowhere", "[data-testid=not-found]", null],
];

/** Score a decent answer on the card on screen. */
async function scoreOne(page) {
  await page.fill("[data-testid=answer]", "We refactor the gateway so new customers can sign up without failures.");
  await page.click("[data-testid=score]");
  await page.waitForSelector("[data-testid=score-panel]");
}

// Every page in the light scheme; the busiest ones in the dark scheme as well, since the
// colours there are a second palette with its own contrast.
const DARK = new Set([
  "practice with feedback",
  "progress with history, a flag, the streak and the reset question",
  "decks with a broken paste's errors",
  "the studio with a problem and a tried answer",
]);
for (const [name, route, ready, act] of pages) {
  for (const colorScheme of DARK.has(name) ? ["light", "dark"] : ["light"]) {
    const label = colorScheme === "dark" ? `${name} (dark)` : name;
    test(`axe: ${label} has no WCAG 2 A/AA violations`, async () => {
      const { page, close } = await openPage(app.browser, { colorScheme });
      try {
        await visit(page, app.server.url, route, ready);
        if (act) await act(page, app.server.url);
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await close();
      }
    });
  }
}
