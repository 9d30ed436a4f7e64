#!/usr/bin/env python3
"""Serve a folder (default: www/) on http://127.0.0.1:$PORT/ (default 8080), loopback only.

Sends .wasm as application/wasm (needed for streaming compilation), no caching (so a
rebuild shows on reload), and the strict Content-Security-Policy the widget must live
under when embedded: no inline scripts or styles, wasm allowed.
"""

import functools
import http.server
import os
import sys

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'"
)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".json": "application/json",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("QUIET") != "1":
            super().log_message(fmt, *args)


def main() -> int:
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "www")
    try:
        port = int(os.environ.get("PORT", "8080"))
    except ValueError:
        print(f"serve.py: PORT must be a number, not {os.environ['PORT']!r}", file=sys.stderr)
        return 2
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(f"serve.py: {root} has no index.html", file=sys.stderr)
        return 2
    handler = functools.partial(Handler, directory=root)
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as e:
        print(f"serve.py: cannot listen on 127.0.0.1:{port} ({e.strerror}); "
              f"set PORT to a free port, e.g. PORT=8081", file=sys.stderr)
        return 1
    print(f"Crossroads widget: http://127.0.0.1:{port}/  (serving {root}; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
