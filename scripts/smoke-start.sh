#!/usr/bin/env bash
# Runs the README's `npm start` on a spare port, waits for it, checks a page and the API answer from the same
# origin; then runs the build `npm test` runs (`npm run build:test`) while it serves, and checks that the running
# site still serves the same pages (tests build into .build/test, never into the dist/ that wrangler dev serves).
# Finally stops the whole process group (wrangler leaves workerd behind otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8799}"
origin="http://127.0.0.1:$port"
log=$(mktemp)
PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -"$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 480); do
  if curl -fsS "$origin/api/v1" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "smoke: npm start exited" >&2; exit 1; fi
  sleep 0.5
done

# Read the page whole before matching: `curl | grep -q` fails under pipefail when grep stops reading early.
home=$(curl -fsS "$origin/") && grep -q '<html lang="id"' <<<"$home" || { echo "smoke: no home page" >&2; exit 1; }
curl -fsS "$origin/api/v1/villages?regency=61.03" | npm exec --silent -- node -e '
  let text = ""; process.stdin.on("data", (d) => (text += d)).on("end", () => {
    const { data, meta } = JSON.parse(text);
    console.log(`smoke: ${data.length} villages in 61.03 (data version ${meta.dataVersion.slice(0, 12)}):`,
      data.map((v) => `${v.code} ${v.name}`).join(", "));
    if (data.length === 0) process.exit(1);
  });'
echo "smoke: npm start serves site and API at $origin"

pages=(/ /kabupaten/sanggau/ /data/)
fingerprint() { for p in "${pages[@]}"; do curl -fsS "$origin$p" | sha256sum; done; }
before=$(fingerprint)
echo "smoke: building as npm test does (npm run build:test) while npm start serves…"
npm run build:test >/dev/null
after=$(fingerprint) || { echo "smoke: a page stopped answering after the test build" >&2; exit 1; }
[ "$before" = "$after" ] || { echo "smoke: pages changed under the running server after the test build" >&2; exit 1; }
echo "smoke: the running site still serves ${#pages[@]} pages unchanged after the test build"
