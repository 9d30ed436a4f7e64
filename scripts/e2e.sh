#!/usr/bin/env bash
# End-to-end tests of the widget in headless Chromium (tests/e2e/*.test.mjs, node's test
# runner driving /usr/bin/chromium through playwright-core). Needs scripts/build.sh first.
# Also builds what the tests compare against: the native command-line program (the CSV
# test) and a `test-panic` build of the wasm package into target/ (the panic test; never
# shipped). Set E2E_STRESS_MOVES to change the number of random slider moves (default
# 2000 here; scripts/budgets.sh runs 10,000).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
[ -f www/pkg/crossroads_core_bg.wasm ] || { echo "e2e: run scripts/build.sh first" >&2; exit 1; }

cargo build --quiet --locked --bin crossroads
export CROSSROADS_CLI="$ROOT/target/debug/crossroads"

PANIC_PKG="$ROOT/target/e2e-panic-pkg"
wasm-pack --log-level warn build --release --target web --mode no-install --no-typescript \
    --out-dir "$PANIC_PKG" --out-name crossroads_core -- --features test-panic
export CROSSROADS_PANIC_PKG="$PANIC_PKG"

exec env E2E_STRESS_MOVES="${E2E_STRESS_MOVES:-2000}" node --test --test-reporter=tap --test-concurrency=1 tests/e2e/
