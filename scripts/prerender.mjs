// Draws the app's first-visit pages into index.html at build time, so a first visit paints a
// page from the HTML alone while the wasm downloads: `node scripts/prerender.mjs [DIR]`
// (default Trunk's staging folder, $TRUNK_STAGING_DIR, as part of the post-build hook
// scripts/post-build.mjs; else dist/). Release builds only; it needs Chromium ($CHROMIUM, else
// Debian's) and, without one, says so and leaves the plain loading line.
//
// Each address is opened in a fresh browser context (empty storage: what a first visit sees)
// and what the app drew is copied: its header, main and footer, with ids and the attributes
// that point at ids removed (the copies sit beside the app's own elements for a moment), and
// test ids removed (tests wait for the app, not for its drawing). Every address is drawn twice,
// the second time with the clock 40 days on; one that differs (a date, a random seed) is left
// out, and so is one the app moves on from (a redirect). The copies go in `#loading`, each in a
// `<template>` (inert once shown), and the meta tag `boardroom-prerendered` lists their
// addresses for assets/first-visit.js, which shows the one for the address being opened. A
// game's host screen depends on its address: its frame is drawn once (`/play/host`) with the
// game's own parts left for first-visit.js and the app.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CHROMIUM, launchBrowser, serveFolder } from "./chromium.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
/** Pages every visitor reaches from the header or home; each deck's first card is added. */
const ROUTES = ["/", "/practice", "/progress", "/play", "/play/join", "/decks"];
const MARKER = "<!-- prerendered pages -->";
const META = '<meta name="boardroom-prerendered" content="" />';
const DAY = 24 * 60 * 60 * 1000;

async function main() {
  const profile = process.env.TRUNK_PROFILE;
  if (profile && profile !== "release") {
    console.log(`prerender: skipped (a ${profile} build shows the loading line)`);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.warn(`prerender: no Chromium at ${CHROMIUM} (set CHROMIUM); a first visit shows the loading line until the app starts`);
    return;
  }
  const page = join(dir, "index.html");
  const html = await readFile(page, "utf8");
  if (!html.includes(MARKER)) throw new Error(`${page}: no "${MARKER}" in #loading to put the pages at`);
  if (!html.includes(META)) throw new Error(`${page}: no ${META} to list the drawn pages in`);

  // Served as the build will be: under the public URL's path when that is absolute.
  const publicUrl = process.env.TRUNK_PUBLIC_URL ?? "./";
  const server = await serveFolder(dir, { prefix: publicUrl.startsWith("/") ? publicUrl : "" });
  const browser = await launchBrowser();
  try {
    const now = Date.now();
    const drawn = new Map();
    const routes = [...ROUTES];
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i];
      const first = await draw(browser, server.url, route, now);
      const again = await draw(browser, server.url, route, now + 40 * DAY);
      if (route === "/") {
        for (const link of first.practiceLinks) if (!routes.includes(link)) routes.push(link);
      }
      if (first.landed !== route) {
        // The app draws a step in between (as `#/practice` does while it picks a card), and
        // the drawing would jump when the app took over.
        console.log(`prerender: ${route} left out: the app moves on to ${first.landed}`);
        continue;
      }
      if (first.html !== again.html) {
        console.log(`prerender: ${route} left out: it changes between visits (a date or a random value)`);
        continue;
      }
      drawn.set(route, first.html);
    }
    const sections = [...drawn].map(([route, body]) =>
      wrap(route, `<div class="prerendered" data-route="${attribute(route)}" inert>\n${body}\n</div>`),
    );
    const frame = await drawHostFrame(browser, server.url, now);
    const again = await drawHostFrame(browser, server.url, now + 40 * DAY);
    if (frame.html !== again.html) {
      console.log("prerender: the host screen's frame left out: it changes between visits");
    } else {
      drawn.set("/play/host", frame.html);
      sections.push(
        wrap(
          "/play/host",
          `<div class="prerendered" data-route="/play/host" data-version="${attribute(frame.version)}" ` +
            `data-titles="${attribute(JSON.stringify(frame.titles))}" inert>\n${frame.html}\n</div>`,
        ),
      );
    }
    const out = html
      .replace(META, META.replace('content=""', `content="${attribute([...drawn.keys()].join(" "))}"`))
      .replace(MARKER, `${MARKER}\n${sections.join("\n")}`);
    await writeFile(page, out);
    console.log(`prerender: ${drawn.size} of ${routes.length} addresses drawn into index.html (${out.length - html.length} bytes)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Open `route` in a fresh context at `time` and copy what the app drew. */
function draw(browser, base, route, time) {
  return withPage(browser, base, route, time, async (page) => {
    await page.waitForSelector("#main");
    await page.waitForFunction(() => !document.getElementById("loading"));
    return { ...(await page.evaluate(copyPage)), landed: await page.evaluate(() => location.hash.slice(1) || "/") };
  });
}

/**
 * Open `route` in a fresh browser context (empty storage, no service worker) with the clock at
 * `time`, run `body` on the page, and close the context; a script error on the page fails it.
 */
async function withPage(browser, base, route, time, body) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.clock.setFixedTime(time);
    await page.goto(`${base}#${route}`);
    const result = await body(page);
    if (errors.length) throw new Error(`prerender: ${route}: ${errors.join("; ")}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: copies what the app drew (header, main, footer), with the attributes that
 * point at ids, and test ids, removed.
 */
function copyPage() {
  const POINTERS = ["id", "for", "aria-labelledby", "aria-describedby", "aria-controls", "autofocus", "data-testid"];
  const parts = [...document.getElementById("app").children].filter((el) => ["HEADER", "MAIN", "FOOTER"].includes(el.tagName));
  const html = parts
    .map((part) => {
      const copy = part.cloneNode(true);
      // What the app set as properties, written as attributes so the copy shows it.
      const live = part.querySelectorAll("input, textarea, select");
      const copies = copy.querySelectorAll("input, textarea, select");
      live.forEach((control, i) => {
        const to = copies[i];
        if (control.type === "checkbox" || control.type === "radio") to.toggleAttribute("checked", control.checked);
        else if (control.tagName === "TEXTAREA") to.textContent = control.value;
        else if (control.tagName === "SELECT") [...control.options].forEach((o, j) => to.options[j].toggleAttribute("selected", o.selected));
        else to.setAttribute("value", control.value);
      });
      for (const node of [copy, ...copy.querySelectorAll("*")]) for (const name of POINTERS) node.removeAttribute(name);
      return copy.outerHTML;
    })
    .join("\n");
  const practiceLinks = [...document.querySelectorAll('a[href^="#/practice/"]')].map((a) => a.getAttribute("href").slice(1));
  return { html, practiceLinks };
}

/**
 * The host screen's frame: a room game opened from the setup page as a host would, with what
 * depends on the game emptied and marked (`data-fill`) for assets/first-visit.js, which fills
 * the deck's title, the rounds and the join link from the address. The code keeps its line
 * and the QR code its square, for the app to draw.
 * Returns the copy, the deck titles by id and the deal version the frame fits.
 */
function drawHostFrame(browser, base, time) {
  return withPage(browser, base, "/play", time, async (page) => {
    await page.waitForSelector("[data-testid=setup-start]");
    const titles = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll("[data-testid=setup-deck] option")].map((o) => [o.value, o.textContent.replace(/ \(\d+ cards?\)$/, "")]),
      ),
    );
    await page.click("[data-testid=setup-start]");
    await page.waitForSelector("[data-testid=join-panel]");
    const version = await page.evaluate(() => new URLSearchParams(location.hash.split("?")[1]).get("v"));
    const marked = await page.evaluate(() => {
      const spot = (selector, name) => {
        const el = document.querySelector(selector);
        if (!el) return false;
        el.setAttribute("data-fill", name);
        el.textContent = "";
        return true;
      };
      const length = document.querySelector("[data-testid=copy-link]")?.closest("p")?.querySelector(":scope > .muted");
      length?.setAttribute("data-testid", "join-length");
      const all = [
        spot(".play-bar > span:first-child", "title"),
        spot("[data-testid=play-at]", "round"),
        spot("[data-testid=join-link]", "link"),
        spot("[data-testid=join-length]", "length"),
        spot("[data-testid=game-code]", "code"),
      ];
      document.querySelector("[data-testid=join-link]")?.removeAttribute("href");
      // The code's line keeps its height (its length depends on the game).
      const code = document.querySelector("[data-testid=game-code]");
      if (code) code.textContent = "0";
      // A blank square where the QR code goes (its size comes from the page's width).
      const qr = document.querySelector("[data-testid=qr]");
      qr?.querySelectorAll("path").forEach((path) => path.remove());
      qr?.setAttribute("viewBox", "0 0 1 1");
      qr?.querySelector("rect")?.setAttribute("width", "1");
      qr?.querySelector("rect")?.setAttribute("height", "1");
      return all.every(Boolean);
    });
    if (!marked) throw new Error("prerender: the host screen no longer has the places its frame fills");
    const { html } = await page.evaluate(copyPage);
    return { html, titles, version };
  });
}

/**
 * A drawn page as the HTML holds it: in a `<template>`, so the page's document holds only the
 * one drawing first-visit.js copies out of it. As hidden elements, two dozen pages (a hundred
 * menus, two thousand options) were part of the document the browser builds and lays out:
 * with them in templates, Lighthouse's blocking time on the home page fell from 316 to 170 ms
 * (median of seven runs).
 */
const wrap = (route, page) => `<template data-route="${attribute(route)}">${page}</template>`;

/** Text as an HTML attribute value (between double quotes). */
const attribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

await main();
