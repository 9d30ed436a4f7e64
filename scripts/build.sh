#!/usr/bin/env bash
# Build the wasm package in release mode into www/pkg/ and shrink it with wasm-opt
# (binaryen from npm; wasm-pack's own wasm-opt download cannot work here).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
cd "$ROOT"

# opt-level "z" for the wasm only (native builds keep 3): about 30 KB less gzipped, with
# the slider redraw median unchanged (scripts/budgets.sh); WASM_OPT_LEVEL=3 to compare.
# WASM_SIMD=1: vector instructions (simd128; Chromium 91+, Firefox 89+, Safari 16.4+; an
# older browser cannot compile such a module at all, so it is not the default).
SIMD_FLAGS=""
if [ "${WASM_SIMD:-0}" = 1 ]; then
    export RUSTFLAGS="${RUSTFLAGS:-} -C target-feature=+simd128"
    SIMD_FLAGS="--enable-simd"
fi
say "building the wasm package (release, opt-level ${WASM_OPT_LEVEL:-z}${SIMD_FLAGS:+, simd128})"
wasm-pack --log-level warn build --release --target web --mode no-install \
    --out-dir www/pkg --out-name crossroads_core -- --config "profile.release.opt-level=\"${WASM_OPT_LEVEL:-z}\""

# wasm-opt takes seconds, so its output is cached under target/ by the hash of its input.
WASM=www/pkg/crossroads_core_bg.wasm
CACHE="target/wasm-opt-cache"
mkdir -p "$CACHE"
# --low-memory-unused: Rust never touches addresses below 1024 (its stack and data start at
# 1 MiB), so binaryen may fold load/store offsets; about 1 KB less gzipped.
# -ocimfs 20: a function with one caller is inlined only when tiny. Unlimited (binaryen's
# default) merged the data decoding and all six views into two ~63 KB functions, which V8
# compiles lazily on first call and tiers up whole: the first chart's draw took ~80 ms
# instead of ~40 ms (scripts/budgets.sh), and the wasm is also ~10 KB smaller gzipped.
OPT_FLAGS="-Oz --low-memory-unused -ocimfs 20 --strip-debug --strip-producers"
KEY="$CACHE/$( (cat "$WASM"; echo "$OPT_FLAGS $SIMD_FLAGS") | sha256sum | cut -d' ' -f1).wasm"
if [ ! -f "$KEY" ]; then
    say "optimising with wasm-opt $OPT_FLAGS"
    # The features rustc enables by default for wasm32-unknown-unknown; wasm-opt must accept them.
    # shellcheck disable=SC2086
    wasm-opt "$WASM" $OPT_FLAGS \
        --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue $SIMD_FLAGS \
        -o "$KEY.tmp"
    mv "$KEY.tmp" "$KEY"
    ls -t "$CACHE"/*.wasm | tail -n +6 | xargs -r rm -f   # keep the last five
fi
cp "$KEY" "$WASM"
# TypeScript declarations for pages that use the core directly (the wasm is unchanged).
test -s www/pkg/crossroads_core.d.ts || { say "no TypeScript declarations were written"; exit 1; }
say "www/pkg ready: $(wc -c <"$WASM") bytes wasm, $(gzip -9c "$WASM" | wc -c) gzipped"
