// Moves Trunk's inline loader out of index.html into a file of its own, so the page's
// Content-Security-Policy can forbid inline script, and lets it start whichever of the app's
// three builds the address needs: `node scripts/boot-script.mjs [DIR]` (default Trunk's staging
// folder, $TRUNK_STAGING_DIR, as part of the post-build hook scripts/post-build.mjs; else
// dist/).
//
// Trunk writes `<script type="module">import init, * as bindings from './x.js'; const wasm =
// await init({ module_or_path: './x_bg.wasm' }); ...</script>` for the learner's build, and
// builds the games' and the decks' (`data-type="worker"` in index.html: built, not started)
// as `boardroom-play.js` and `boardroom-play_bg.wasm`, without a hash in their names. Those
// get one here, from their contents, so a browser never pairs a new script with an old wasm.
// Every build's two files are listed in the meta tag `boardroom-bundles`; assets/first-visit.js
// picks the build for the address (marking the page `data-bundle`) and preloads its script, and
// the file written instead of the inline loader, `boot-<hash>.js`, starts it. Its import is a
// dynamic one inside a `try`, so a page that cannot load the app says so on its loading line
// instead of spinning forever.
// `trunk serve`'s live reload would add a second inline script, one that cannot move to a file
// (Trunk fills in its address when serving the page) and that the policy would block: Trunk.toml
// turns live reload off.
import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
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

// Each build's script and wasm, by the build's binary name (src/app/bundles.rs).
// (Trunk's two paths are quoted in its loader.)
const bundles = { "boardroom-web": [found[1].slice(1, -1), wasm[1].slice(1, -1)] };
const base = bundles["boardroom-web"][0].replace(/[^/]*$/, "");
for (const name of ["boardroom-play", "boardroom-studio"]) {
  const named = [];
  const digest = createHash("sha256");
  for (const file of [`${name}.js`, `${name}_bg.wasm`]) digest.update(await readFile(join(dir, file)));
  const hash = digest.digest("hex").slice(0, 16);
  for (const [file, hashed] of [[`${name}.js`, `${name}-${hash}.js`], [`${name}_bg.wasm`, `${name}-${hash}_bg.wasm`]]) {
    await rename(join(dir, file), join(dir, hashed));
    named.push(base + hashed);
  }
  bundles[name] = named;
}

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

// The build assets/first-visit.js picked for this address, and its files.
const bundle = document.documentElement.getAttribute("data-bundle") || "boardroom-web";

try {
  const files = JSON.parse(document.querySelector('meta[name="boardroom-bundles"]').content)[bundle];
  if (!files) throw new Error("this page names no build called " + bundle);
  const bindings = await import(files[0]);
  await drawnPagePainted();
  const response = fetch(files[1]);
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
// Trunk preloads the learner's script; first-visit.js preloads the script of the build the
// address needs instead.
const modulePreload = /<link rel="modulepreload" href="[^"]*boardroom-web[^"]*\.js"[^>]*>/;
if (!modulePreload.test(html)) throw new Error(`${page}: no <link rel="modulepreload"> of the app's script from Trunk to take out`);
const META = '<meta name="boardroom-bundles" content="" />';
if (!html.includes(META)) throw new Error(`${page}: no ${META} to list the builds in`);
const listed = JSON.stringify(bundles).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
await writeFile(
  page,
  html
    .replace(tag, `<script type="module" src="./${name}"></script>`)
    .replace(preload, "")
    .replace(modulePreload, "")
    .replace(META, () => META.replace('content=""', () => `content="${listed}"`)),
);
console.log(`boot script: Trunk's inline loader moved to ${name}; builds: ${Object.values(bundles).flat().join(", ")}`);
