#!/usr/bin/env bash
# Runs the README's `npm start` on a spare port, waits for it, checks a page and the API answer from the same
# origin, then stops the whole process group (wrangler leaves workerd behind otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8799}"
log=$(mktemp)
PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -"$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$port/api/v1" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "smoke: npm start exited" >&2; exit 1; fi
  sleep 0.5
done

curl -fsS "http://127.0.0.1:$port/" | grep -q '<html lang="id"' || { echo "smoke: no home page" >&2; exit 1; }
curl -fsS "http://127.0.0.1:$port/api/v1/villages?regency=61.03" | npm exec --silent -- node -e '
  let text = ""; process.stdin.on("data", (d) => (text += d)).on("end", () => {
    const { data, meta } = JSON.parse(text);
    console.log(`smoke: ${data.length} villages in 61.03 (data version ${meta.dataVersion.slice(0, 12)}):`,
      data.map((v) => `${v.code} ${v.name}`).join(", "));
    if (data.length === 0) process.exit(1);
  });'
echo "smoke: npm start serves site and API at http://127.0.0.1:$port"
