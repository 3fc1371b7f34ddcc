// Moves Trunk's inline loader out of index.html into a file of its own, so the page's
// Content-Security-Policy can forbid inline script: `node scripts/boot-script.mjs [DIR]`
// (default Trunk's staging folder, $TRUNK_STAGING_DIR, as part of the post-build hook
// scripts/post-build.mjs; else dist/).
//
// Trunk writes `<script type="module">import init, * as bindings from './x.js'; const wasm =
// await init({ module_or_path: './x_bg.wasm' }); ...</script>`. The file written instead,
// `boot-<hash>.js`, does the same, except that the import is a dynamic one inside a `try`, so
// a page that cannot load the app says so on its loading line instead of spinning forever.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const page = join(dir, "index.html");
const html = await readFile(page, "utf8");

const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) {
  throw new Error(`${page}: expected Trunk's one inline loader script, found ${scripts.length}`);
}
const [tag, body] = scripts[0];
const importLine = /^\s*import init, \* as bindings from (['"][^'"]+['"]);\s*$/m;
const found = body.match(importLine);
if (!found) throw new Error(`${page}: Trunk's loader no longer starts with the import this script rewrites:\n${body}`);

const boot = `// Written by scripts/boot-script.mjs from Trunk's loader: starts the app, or says why not.
try {
  const bindings = await import(${found[1]});
  const init = bindings.default;
${body.replace(importLine, "").trim().replace(/\n\s*\n/g, "\n").replace(/^/gm, "  ")}
} catch (error) {
  const line = document.querySelector("#loading [role=status]");
  if (line) {
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
await writeFile(page, html.replace(tag, `<script type="module" src="./${name}"></script>`));
console.log(`boot script: Trunk's inline loader moved to ${name}`);
