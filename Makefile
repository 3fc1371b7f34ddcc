# Boardroom: `make serve` to run it, `make test` to test it. Both install what is missing.
SHELL := bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk reads NO_COLOR as a boolean flag and refuses "1", the value most tools set.
unexport NO_COLOR

.PHONY: serve test dist lint bench tools screenshot clean

## serve: build and serve the app on http://127.0.0.1:8080, rebuilt on every change (reload the page: live reload is off, see Trunk.toml)
serve:
	@scripts/tools.sh build
	trunk serve --address 127.0.0.1 --port 8080

## test: every test layer (lint, native, decks, wasm build, browser e2e, accessibility)
test:
	@scripts/tools.sh test
	@scripts/test.sh

## dist: a release build (wasm-opt for size) into dist/, with the first-visit pages drawn in
## Chromium (scripts/prerender.mjs; CHROMIUM=/path picks the browser); relative URLs, so it
## runs from any static server and sub-path (PUBLIC_URL=/boardroom/ makes them absolute there)
PUBLIC_URL ?= ./
dist:
	@scripts/tools.sh dist
	trunk build --release --public-url "$(PUBLIC_URL)"
	@for wasm in dist/*.wasm; do echo "wasm: $${wasm#dist/}: $$(stat -c %s $$wasm) bytes raw, $$(gzip -9c $$wasm | wc -c) bytes gzip"; done

## lint: rustfmt and clippy, warnings as errors (also the first layer of make test)
lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

## bench: every budget, printed with its target: native scoring (divan), then in headless
## Chromium against a release build served gzipped on 127.0.0.1: first-load size, live
## scoring per keystroke, deck import, the progress page, memory; then Lighthouse 12, five runs a
## page, the median held to its target (RUNS=n for another count)
bench:
	@scripts/tools.sh test
	trunk build --release
	cargo bench --bench scoring
	node tests/bench/browser.mjs
	node tests/bench/lighthouse.mjs

## tools: install what the build and tests need, and nothing more
tools:
	@scripts/tools.sh test

## screenshot: refresh docs/screenshot.png from the last `make test` run
screenshot:
	@test -f tests/e2e/screenshots/practice-scored.png || { echo "run make test first"; exit 1; }
	cp tests/e2e/screenshots/practice-scored.png docs/screenshot.png

clean:
	cargo clean
	rm -rf dist tests/e2e/screenshots
