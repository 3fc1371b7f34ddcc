// Moves Trunk's inline loader out of index.html into a file of its own, so the page's
// Content-Security-Policy can forbid inline script: `node scripts/boot-script.mjs [DIR]`
// (default Trunk's staging folder, $TRUNK_STAGING_DIR, as part of the post-build hook
// scripts/post-build.mjs; else dist/).
//
// Trunk writes `<script type="module">import init, * as bindings from './x.js'; const wasm =
// await init({ module_or_path: './x_bg.wasm' }); ...</script>`. The file written instead,
// `boot-<hash>.js`, does the same, except that the import is a dynamic one inside a `try`, so
// a page that cannot load the app says so on its loading line instead of spinning forever.
// `trunk serve`'s live reload would add a second inline script, one that cannot move to a file
// (Trunk fills in its address when serving the page) and that the policy would block: Trunk.toml
// turns live reload off.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const page = join(dir, "index.html");
const html = await readFile(page, "utf8");

const importLine = /^\s*import init, \* as bindings from (['"][^'"]+['"]);\s*$/m;
const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
const loaders = scripts.filter(([, , body]) => importLine.test(body));
if (loaders.length !== 1) {
  throw new Error(`${page}: expected Trunk's one inline loader (a script that imports init and bindings), found ${loaders.length}`);
}
if (scripts.length !== 1) {
  throw new Error(
    `${page}: ${scripts.length - 1} inline script(s) besides Trunk's loader, which the page's policy would block ` +
      "(Trunk's live reload? Trunk.toml sets [serve] no_autoreload = true)",
  );
}
const [tag, , loader] = loaders[0];
const found = loader.match(importLine);
// On a first visit showing a page drawn at build time (assets/first-visit.js), the wasm is
// fetched and started only once that page has been painted: the page's few kilobytes get the
// connection to themselves, and the app, drawing the same page, neither replaces the drawing
// before the browser has counted its paint nor looks to a page-load audit like something the
// first page waited for. Trunk's preload of the wasm, which would start it at once, goes.
const wasmPath = /init\(\{ module_or_path: (['"][^'"]+['"]) \}\)/;
const wasm = loader.match(wasmPath);
if (!wasm) throw new Error(`${page}: Trunk's loader does not call init({ module_or_path: '…' }) as expected`);
const body = loader.replace(wasmPath, "init({ module_or_path: response })");

const boot = `// Written by scripts/boot-script.mjs from Trunk's loader: starts the app, or says why not.

/** Resolves once a page drawn at build time, if one shows, has been painted (or after 500 ms). */
function drawnPagePainted() {
  if (!document.documentElement.hasAttribute("data-prerendered") || document.visibilityState === "hidden") {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    let observer;
    const done = () => {
      if (observer) observer.disconnect();
      resolve();
    };
    setTimeout(done, 500);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.element && entry.element.closest(".prerendered"))) done();
      });
      observer.observe({ type: "largest-contentful-paint", buffered: true });
    } catch (unsupported) {
      done();
    }
  });
}

try {
  const bindings = await import(${found[1]});
  await drawnPagePainted();
  const response = fetch(${wasm[1]});
  const init = bindings.default;
${body.replace(importLine, "").trim().replace(/\n\s*\n/g, "\n").replace(/^/gm, "  ")}
} catch (error) {
  // The loading line, and the pill that stands for it over a page drawn at build time.
  for (const line of document.querySelectorAll("#loading .loading-line")) {
    line.textContent =
      "Boardroom could not start: this browser could not load its WebAssembly (" +
      (error && error.message ? error.message : String(error)) +
      "). Try reloading, or another up-to-date browser.";
  }
  throw error;
}
`;
const name = `boot-${createHash("sha256").update(boot).digest("hex").slice(0, 16)}.js`;
await writeFile(join(dir, name), boot);
const preload = /<link rel="preload" href="[^"]+\.wasm"[^>]*>/;
if (!preload.test(html)) throw new Error(`${page}: no <link rel="preload"> of the wasm from Trunk to take out`);
await writeFile(page, html.replace(tag, `<script type="module" src="./${name}"></script>`).replace(preload, ""));
console.log(`boot script: Trunk's inline loader moved to ${name}`);
