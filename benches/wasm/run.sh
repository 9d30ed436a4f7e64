#!/usr/bin/env bash
# Build the engine benchmark for wasm32 and time it in node (V8, as in Chromium).
# Needs the wasm32-unknown-unknown target (scripts/setup.sh adds it) and node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../../target/wasm-bench"
cargo build --quiet --release --target wasm32-unknown-unknown \
  --manifest-path "$here/Cargo.toml" --target-dir "$target"
node "$here/bench.mjs" "$target/wasm32-unknown-unknown/release/crossroads_wasm_bench.wasm"
