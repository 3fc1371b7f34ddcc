#!/usr/bin/env bash
# Run every test layer in order, stop at the first that fails, and print a summary per layer.
# Called by `make test` after scripts/tools.sh has installed what is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
# Trunk reads NO_COLOR as a boolean flag and refuses "1", the value most tools set.
unset NO_COLOR

logs=target/test-logs
mkdir -p "$logs"
summary=()
passed_total=0
failed_total=0

# run NAME COMMAND...: run one layer, log it, and record "NAME: result" for the summary.
run() {
  local name=$1; shift
  local log="$logs/$name.log" start=$SECONDS
  printf '\n== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local took=$((SECONDS - start))
  local counts
  counts=$(count "$name" "$log")
  local p=${counts% *} f=${counts#* }
  if [[ $status -ne 0 && $f -eq 0 ]]; then f=1; fi
  passed_total=$((passed_total + p))
  failed_total=$((failed_total + f))
  summary+=("$(printf '%-8s %-4s %4d passed, %d failed  (%ss)' "$name" "$([[ $status -eq 0 ]] && echo ok || echo FAIL)" "$p" "$f" "$took")")
  if [[ $status -ne 0 ]]; then
    finish 1
  fi
}

# count NAME LOG: "passed failed" for a layer, read from its runner's own closing lines.
count() {
  case $1 in
    native) awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p + 0, f + 0 }' "$2" ;;
    e2e|a11y|hostile) awk '/^# pass / { p += $3 } /^# fail / { f += $3 } END { print p + 0, f + 0 }' "$2" ;;
    decks) awk '/^checked / { print $4 + 0, $8 + 0 }' "$2" ;;
    *) echo 0 0 ;;
  esac
}

finish() {
  printf '\n== summary (logs in %s)\n' "$logs"
  printf '%s\n' "${summary[@]}"
  printf '%d passed, %d failed\n' "$passed_total" "$failed_total"
  exit "$1"
}

# The wasm build must be warning-free: a warning fails this layer instead of scrolling by.
wasm_build() {
  trunk build --release 2>&1 | tee "$logs/trunk-raw.log"
  local status=${PIPESTATUS[0]}
  [[ $status -eq 0 ]] || return "$status"
  if grep -E '(^|[^a-z])warning(\[|:)' "$logs/trunk-raw.log" >/dev/null; then
    echo "the wasm build printed warnings (above); fix them" >&2
    return 1
  fi
  local wasm
  for wasm in dist/*.wasm; do
    printf 'wasm: %s: %s bytes raw, %s bytes gzip\n' "${wasm#dist/}" "$(stat -c %s "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
  done
}

# The browser flows; then the smoke flow again with dist/ served only under a sub-path, as
# GitHub Pages serves a project site.
e2e_all() {
  node --test --test-concurrency=1 tests/e2e/smoke.test.mjs tests/e2e/progress.test.mjs \
    tests/e2e/game.test.mjs tests/e2e/camera.test.mjs tests/e2e/decks.test.mjs tests/e2e/offline.test.mjs \
    tests/e2e/storage.test.mjs tests/e2e/home.test.mjs &&
    BOARDROOM_PREFIX=boardroom node --test --test-concurrency=1 tests/e2e/smoke.test.mjs
}

run lint   bash -c 'cargo fmt --check && cargo clippy --all-targets --quiet -- -D warnings && echo "lint: rustfmt and clippy clean" && node scripts/thesaurus.mjs --check'
run native cargo test
run decks  cargo run --quiet --bin boardroom -- check scenarios
run wasm   wasm_build
run e2e    e2e_all
run a11y   node --test --test-concurrency=1 tests/e2e/a11y.test.mjs
run hostile node --test --test-concurrency=1 tests/e2e/hostile.test.mjs
finish 0
