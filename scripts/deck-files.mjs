// Copies the bundled decks beside the app, each under the name the app fetches it by:
// `node scripts/deck-files.mjs [DIR]` (default Trunk's staging folder, $TRUNK_STAGING_DIR, as
// part of the post-build hook scripts/post-build.mjs; else dist/). The app carries only the
// decks' outlines and fetches `decks/<file stem>.<hash>.toml` when a card of one is first
// opened; the hash is FNV-1a (64 bits, hex) of the file's bytes, as `served_name` in build.rs
// computes it, so a changed deck is a new address and a host may cache deck files for ever.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const source = new URL("../scenarios/", import.meta.url);

/** FNV-1a, 64 bits, as 16 hex digits (keep in step with `served_name` in build.rs). */
function fnv1a(bytes) {
  const mask = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & mask;
  return hash.toString(16).padStart(16, "0");
}

const names = (await readdir(source)).filter((name) => name.endsWith(".toml")).sort();
await mkdir(join(dir, "decks"), { recursive: true });
for (const name of names) {
  const bytes = await readFile(new URL(name, source));
  await writeFile(join(dir, "decks", `${name.slice(0, -".toml".length)}.${fnv1a(bytes)}.toml`), bytes);
}
console.log(`deck files: ${names.length} decks copied to decks/`);
