#!/usr/bin/env bash
# README command 2: install what is missing and run every test suite; exits non-zero if
# any suite fails. Each suite is one `suite NAME COMMAND…` line below.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_test
cd "$ROOT"

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
failed=()

# Run one suite, keep going on failure, and collect its output for the totals.
suite() {
    local name="$1" start=$SECONDS
    shift
    say "suite $name: $*"
    if "$@" 2>&1 | tee -a "$LOG"; then
        say "suite $name: ok ($((SECONDS - start)) s)"
    else
        say "suite $name: FAILED ($((SECONDS - start)) s)"
        failed+=("$name")
    fi
}

suite lint bash -c 'cargo fmt --check && cargo clippy --locked --all-targets -- -D warnings \
    && cargo clippy --locked --target wasm32-unknown-unknown --lib --tests -- -D warnings'
suite host cargo test --locked
# Only tests/browser.rs runs in the browser (the other test files are native-only).
suite browser wasm-pack --log-level warn test --headless --chrome \
    --chromedriver "$(command -v chromedriver)" --mode no-install -- --test browser
suite build bash scripts/build.sh
suite e2e bash scripts/e2e.sh

# Totals over every `test result:` line cargo printed and node's `# pass N` / `# fail N`.
read -r passed failed_tests < <(awk '/test result:/ {
        for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i }
    }
    /^# pass [0-9]+$/ { p += $3 }
    /^# fail [0-9]+$/ { f += $3 }
    END { print p + 0, f + 0 }' "$LOG")
if [ "${#failed[@]}" -gt 0 ]; then
    say "FAILED suites: ${failed[*]}"
    echo "tests: $passed passed, $failed_tests failed"
    exit 1
fi
say "every suite passed"
echo "tests: $passed passed, $failed_tests failed"
