#!/usr/bin/env bash
# README command 1: install what is missing, build the widget, and serve www/ on
# http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops the server).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$HERE/build.sh"
exec python3 "$HERE/serve.py" "$HERE/../www"
