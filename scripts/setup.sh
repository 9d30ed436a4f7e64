#!/usr/bin/env bash
# Install whatever the build (and, with `--test`, the tests) need and is missing:
# the wasm32 target, wasm-pack, the wasm-bindgen CLI matching Cargo.lock, npm tools
# (wasm-opt from binaryen) and, for tests, Debian's chromium + chromium-driver.
# Every step checks the installed version first, so a second run takes about a second.
# Sourced by build.sh and test.sh; also runnable alone: `bash scripts/setup.sh [--test]`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

WASM_PACK_VERSION=0.15.1
WASM_TARGET=wasm32-unknown-unknown

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# Run as root, or through sudo when there is one.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root to run: $*"; fi
}

# The version of a crate recorded in Cargo.lock.
locked_version() {
    awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' \
        "$ROOT/Cargo.lock"
}

ensure_rust() {
    command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup first (https://rustup.rs)"
}

# The lint suite of the test command: rustfmt and clippy (in rustup's default profile, but
# not in its minimal one).
ensure_lints() {
    if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
        say "adding the rustfmt and clippy components"
        rustup component add rustfmt clippy
    fi
}

ensure_wasm_target() {
    if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
        say "adding the $WASM_TARGET target"
        rustup target add "$WASM_TARGET"
    fi
}

ensure_wasm_pack() {
    if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
        say "installing wasm-pack $WASM_PACK_VERSION (about 2 minutes)"
        cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force
    fi
}

ensure_wasm_bindgen() {
    local want
    want="$(locked_version wasm-bindgen)"
    [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
    if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] ||
        [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $want" ]; then
        say "installing wasm-bindgen-cli $want (about 3 minutes)"
        # Not --locked: the CLI's own lockfile pins a crate version crates.io lacks.
        cargo install wasm-bindgen-cli --version "$want" --force
    fi
}

# npm tools from package-lock.json into node_modules/ (gitignored), reinstalled only when
# the lockfile changes.
ensure_npm_tools() {
    command -v npm >/dev/null || die "npm is missing: install Node.js (Debian: apt-get install nodejs npm)"
    local stamp="$ROOT/node_modules/.crossroads-lock.sha256" sum
    sum="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ] || ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
        say "installing npm tools (npm ci)"
        (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
        echo "$sum" >"$stamp"
    fi
    wasm-opt --version | grep -q "version 132" || die "wasm-opt is not binaryen 132: $(wasm-opt --version)"
}

# Debian chromium and its matching chromedriver (same package version).
ensure_chromium() {
    local have_browser have_driver
    have_browser="$(chromium --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1 || true)"
    have_driver="$(chromedriver --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1 || true)"
    if [ -z "$have_browser" ] || [ "$have_browser" != "$have_driver" ]; then
        say "installing Debian chromium + chromium-driver (browser '$have_browser', driver '$have_driver')"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    fi
}

setup_build() {
    ensure_rust
    ensure_wasm_target
    ensure_wasm_pack
    ensure_wasm_bindgen
    ensure_npm_tools
}

setup_test() {
    setup_build
    ensure_lints
    ensure_chromium
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    case "${1:-}" in
        --test) setup_test ;;
        "") setup_build ;;
        *) die "usage: bash scripts/setup.sh [--test]" ;;
    esac
    say "toolchain ready"
fi
