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
// out, and so is one the app moves on from (a redirect). The copies go in `#loading`, hidden and inert, and the meta tag
// `boardroom-prerendered` lists their addresses for assets/first-visit.js, which shows the one
// for the address being opened.
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
    const sections = [...drawn].map(
      ([route, body]) => `<div class="prerendered" data-route="${attribute(route)}" inert>\n${body}\n</div>`,
    );
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
async function draw(browser, base, route, time) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.clock.setFixedTime(time);
    await page.goto(`${base}#${route}`);
    await page.waitForSelector("#main");
    await page.waitForFunction(() => !document.getElementById("loading"));
    if (errors.length) throw new Error(`prerender: ${route}: ${errors.join("; ")}`);
    return await page.evaluate(() => {
      const POINTERS = ["id", "for", "aria-labelledby", "aria-describedby", "aria-controls", "autofocus", "data-testid"];
      const parts = [...document.body.children].filter((el) => ["HEADER", "MAIN", "FOOTER"].includes(el.tagName));
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
      return { html, practiceLinks, landed: location.hash.slice(1) || "/" };
    });
  } finally {
    await context.close();
  }
}

/** Text as an HTML attribute value (between double quotes). */
const attribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

await main();
