// Writes the service worker for a build: `node scripts/service-worker.mjs [DIR]` (default
// Trunk's staging folder, $TRUNK_STAGING_DIR, as a post-build hook; else dist/). It lists every
// file of the build for the worker to keep, and names the version by a hash of their contents,
// so each build that changes anything is a new version.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";

async function files(folder) {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path)));
    else if (entry.name !== "sw.js") found.push(path);
  }
  return found;
}

const paths = (await files(dir)).sort();
const hash = createHash("sha256");
for (const path of paths) {
  hash.update(relative(dir, path));
  hash.update(await readFile(path));
}
const version = hash.digest("hex").slice(0, 16);
const urls = ["./", ...paths.map((p) => `./${relative(dir, p).split("\\").join("/")}`)];
const template = await readFile(new URL("../assets/sw.js", import.meta.url), "utf8");
const worker = template.replace('"__VERSION__"', JSON.stringify(version)).replace("__FILES__", JSON.stringify(urls, null, 2));
await writeFile(join(dir, "sw.js"), worker);
console.log(`service worker: version ${version}, ${urls.length} files kept for offline use`);
