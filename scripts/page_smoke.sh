#!/usr/bin/env bash
# Smoke test of the built page as a browser sees it: serve www/ (with the strict CSP of
# serve.py), load it in headless Chromium, and check that <crossroads-widget> reports
# data-state="ready" (wasm loaded, data parsed, chart drawn). Prints the widget's own
# "first chart drawn N ms after navigation start" figure. Needs scripts/build.sh first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$ROOT/www/pkg/crossroads_core_bg.wasm" ] || { echo "page_smoke: run scripts/build.sh first" >&2; exit 1; }

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
PROFILE="$(mktemp -d)"
QUIET=1 PORT="$PORT" python3 "$ROOT/scripts/serve.py" "$ROOT/www" >/dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$PROFILE"' EXIT
for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break
    sleep 0.1
done

out="$(timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync --disable-quic \
    --no-first-run --user-data-dir="$PROFILE" --window-size=1200,800 \
    --enable-logging=stderr --v=0 --virtual-time-budget=10000 --dump-dom \
    "http://127.0.0.1:$PORT/" 2>"$PROFILE/console.log" || true)"
grep -o 'crossroads: first chart drawn [^"]*' "$PROFILE/console.log" || true
if grep -q '<crossroads-widget[^>]*data-state="ready"' <<<"$out"; then
    echo "page_smoke: the widget drew its chart"
else
    echo "page_smoke: the widget did not become ready; page console:" >&2
    grep -E 'CONSOLE|Refused|error' "$PROFILE/console.log" | head -20 >&2 || true
    grep -o '<crossroads-widget[^>]*>' <<<"$out" >&2 || true
    exit 1
fi
