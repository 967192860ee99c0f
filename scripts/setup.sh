#!/usr/bin/env bash
# One-time install: npm dependencies (including Node 24 from the npm registry on Linux x64, see README) and
# Debian's Chromium for the browser tests when it is missing. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing Debian's chromium for the browser tests…"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: no Chromium at $chromium_path and no apt-get: install Chromium and set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

echo "setup: done. Node for npm scripts: $(npm exec --silent -- node --version); Chromium: $("$chromium_path" --version)"
