// Accessibility: axe-core (WCAG 2 A and AA) on every page the app can reach.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, openPage, useApp, visit } from "./harness.mjs";

const app = useApp();

const pages = [
  ["home", "/", "[data-testid=home]", null],
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
  ["card not found", "/practice/architecture/missing", "[data-testid=card-not-found]", null],
  ["page not found", "/nowhere", "[data-testid=not-found]", null],
];

for (const [name, route, ready, act] of pages) {
  test(`axe: ${name} has no WCAG 2 A/AA violations`, async () => {
    const { page, close } = await openPage(app.browser);
    try {
      await visit(page, app.server.url, route, ready);
      if (act) await act(page);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await close();
    }
  });
}
