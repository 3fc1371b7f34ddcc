#!/usr/bin/env bash
# Install whatever Boardroom's build (and, with `test`, its tests) needs and is missing.
# Idempotent: when everything is present it installs nothing and says so in one line.
#
#   scripts/tools.sh build   wasm32 target, trunk, wasm-bindgen-cli, Node packages (wasm-opt)
#   scripts/tools.sh dist    the same, plus Debian's chromium, which draws the first-visit pages
#                            (scripts/prerender.mjs), unless $CHROMIUM names another Chromium
#   scripts/tools.sh test    the same, for the browser tests too
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

want=${1:-build}
TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than this toolchain (1.95)
installed=()
say() { printf 'tools: %s\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock, and Trunk.toml
# must name the same version, or Trunk would try to download its own.
BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
TRUNK_BINDGEN=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
if [[ -z "$BINDGEN_VERSION" || "$BINDGEN_VERSION" != "$TRUNK_BINDGEN" ]]; then
  say "Cargo.lock has wasm-bindgen ${BINDGEN_VERSION:-?} but Trunk.toml [tools] names ${TRUNK_BINDGEN:-?}; make them equal" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
  installed+=("wasm32 target")
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
  installed+=("trunk $TRUNK_VERSION")
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 7 minutes on 2 cores, once)"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
  installed+=("wasm-bindgen-cli $BINDGEN_VERSION")
fi

# Node packages (wasm-opt from binaryen, playwright-core, axe-core), exactly as locked.
# npm keeps a copy of the lock it installed in node_modules/.package-lock.json.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]] \
   || ! wasm-opt --version >/dev/null 2>&1; then
  say "installing Node packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  installed+=("node packages")
fi

if [[ "$want" != build && ! -x "${CHROMIUM:-/usr/bin/chromium}" ]] && ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian's chromium for drawing the first-visit pages and for the browser tests"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  installed+=("chromium")
fi

versions="trunk $TRUNK_VERSION, wasm-bindgen $BINDGEN_VERSION, $(wasm-opt --version | cut -d' ' -f1-3)"
[[ "$want" != build ]] && versions+=", $("${CHROMIUM:-chromium}" --version 2>/dev/null | cut -d' ' -f1-2)"
if ((${#installed[@]})); then
  say "installed: $(IFS=,; echo "${installed[*]}" | sed 's/,/, /g') ($versions)"
else
  say "all present, nothing installed ($versions)"
fi
