#!/usr/bin/env bash
# Budget figures of the widget (not a test): the native engine (cargo bench), sizes, first
# chart, slider → canvas p95, the engine in wasm in Chromium (and its ratio to native), and
# the full 10,000-move stress run. Builds what it needs.
# STRESS_MOVES=0 skips the stress run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_test
cd "$ROOT"
# Native engine figures (issue 15): one Russia projection, all 8 countries, a slider move
# through the scenario API; the wasm section below divides its own figures by these.
NATIVE="$(cargo bench --quiet --bench projection 2>/dev/null)"
echo "native engine (cargo bench --bench projection):"
echo "$NATIVE" | sed 's/^/  /'
NATIVE_PREPARED_US="$(echo "$NATIVE" | sed -n 's/.*project_prepared (cached survival): median \([0-9.]*\).*/\1/p')"
NATIVE_INTO_US="$(echo "$NATIVE" | sed -n 's/.*project_into (buffers reused): median \([0-9.]*\).*/\1/p')"
export NATIVE_PREPARED_US NATIVE_INTO_US
bash scripts/build.sh
cargo build --quiet --release --target wasm32-unknown-unknown \
    --manifest-path benches/wasm/Cargo.toml --target-dir target/wasm-bench
export BENCH_WASM="$ROOT/target/wasm-bench/wasm32-unknown-unknown/release/crossroads_wasm_bench.wasm"
node scripts/budgets.mjs
if [ "${STRESS_MOVES:-10000}" != 0 ]; then
    E2E_STRESS_MOVES="${STRESS_MOVES:-10000}" node --test tests/e2e/stress.test.mjs 2>&1 | grep -E '^# (stress:|pass|fail)|not ok' || true
fi
