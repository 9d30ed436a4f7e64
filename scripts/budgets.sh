#!/usr/bin/env bash
# Budget figures of the widget (not a test): the native engine (cargo bench), sizes, first
# chart, slider → canvas p95, canvas calls and frame times of every view (redraw.mjs), the engine in wasm in Chromium (and its ratio to native), and
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
# Redraw figures per view (issue 15): canvas calls per slider redraw (≤ 600), slider input →
# end of draw p95 (≤ 2 ms), whole frame p95 (≤ 4 ms), the pyramid's animation (30 frames/s).
echo "redraw (scripts/redraw.mjs; targets: ≤ 600 calls, draw p95 ≤ 2 ms, frame p95 ≤ 4 ms, 30 frames/s):"
node scripts/redraw.mjs | sed 's/^/  /'
if [ "${STRESS_MOVES:-10000}" != 0 ]; then
    E2E_STRESS_MOVES="${STRESS_MOVES:-10000}" node --test tests/e2e/stress.test.mjs 2>&1 | grep -E '^# (stress:|pass|fail)|not ok' || true
fi
