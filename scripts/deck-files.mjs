// Copies the bundled decks beside the app, each under the name the app fetches it by:
// `node scripts/deck-files.mjs [DIR]` (default Trunk's staging folder, $TRUNK_STAGING_DIR, as
// part of the post-build hook scripts/post-build.mjs; else dist/). The app carries only the
// decks' outlines and fetches `decks/<file stem>.<hash>.json` when a card of one is first
// opened. build.rs writes those files (in `served/` of its OUT_DIR) from the decks it checked:
// each file's hash is that of its contents, so a changed deck is a new address and a host may
// cache deck files for ever. Cargo says where that OUT_DIR is, for the build Trunk just made
// (the same profile: `wasm-release` in a release build, as index.html asks, else `dev`).
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const profile = (process.env.TRUNK_PROFILE ?? "release") === "release" ? "wasm-release" : "dev";

/** The OUT_DIR of this package's build script in the wasm build of `profile`. */
function outDir() {
  const messages = execFileSync(
    "cargo",
    ["build", "--lib", "--target", "wasm32-unknown-unknown", "--profile", profile, "--message-format=json", "--quiet"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
  );
  const ours = messages
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line))
    .find((m) => m.reason === "build-script-executed" && /[/#]boardroom[@#]/.test(m.package_id));
  if (!ours) throw new Error(`deck files: cargo named no build script output for this package (profile ${profile})`);
  return ours.out_dir;
}

const served = join(outDir(), "served");
const names = (await readdir(served)).filter((name) => name.endsWith(".json")).sort();
if (names.length === 0) throw new Error(`deck files: none in ${served}`);
await rm(join(dir, "decks"), { recursive: true, force: true });
await mkdir(join(dir, "decks"), { recursive: true });
for (const name of names) await copyFile(join(served, name), join(dir, "decks", name));
console.log(`deck files: ${names.length} decks copied to decks/`);
