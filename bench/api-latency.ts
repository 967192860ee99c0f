/**
 * `npm run bench`: the built Worker on workerd with the SYNTHETIC national dataset in its local D1, measured side by
 * side in one run: latency of API requests against a static page from the same server (ratios, since the machine
 * is shared and noisy), and the national sync time. Target (BRIEF §9): API p95 within 3× of a static file; sync ≤ 10 s.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { locateVillages } from '../src/content-model/geo.ts';
import { loadContent } from '../src/content-model/load.ts';
import { loadReference } from '../src/content-model/reference.ts';
import { applyMigrations } from '../src/sync/migrate.ts';
import { runSync } from '../src/sync/pipeline.ts';
import { nationalContent } from '../src/synthetic/national.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const state = await mkdtemp(join(tmpdir(), 'atlas-bench-'));

// 1. The synthetic national dataset into a fresh local D1 (migrations, then the real sync code).
const ref = await loadReference();
const content = nationalContent(ref, (await loadContent('content')).indicators, {
  locate: await locateVillages([...ref.villages.keys()]),
});
const proxy = await getPlatformProxy<{ DB: D1Database }>({
  configPath: 'wrangler.toml',
  persist: { path: join(state, 'v3') },
  remoteBindings: false,
});
await applyMigrations(proxy.env.DB);
const syncStarted = performance.now();
await runSync(proxy.env.DB, { content });
const syncMs = performance.now() - syncStarted;
await proxy.dispose();

// 2. The built Worker, without the rate limiter (the bench is one client sending thousands of requests).
const buildDir = process.env.ATLAS_BUILD_DIR ?? '.build/bench';
const built = JSON.parse(await readFile(`${buildDir}/server/wrangler.json`, 'utf8'));
delete built.ratelimits;
const config = `${buildDir}/server/wrangler.bench.json`;
await writeFile(config, JSON.stringify(built));
const port = await new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});
const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js');
const child = spawn(
  process.execPath,
  [wrangler, 'dev', '--config', config, '--persist-to', state, '--port', String(port), '--ip', '127.0.0.1'],
  {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
  },
);
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; i < 240; i++) {
  if (
    await fetch(`${origin}/api/v1`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 250));
}

// 3. Side by side: every round requests each target once, in rotating order.
const village = content.villages[40_000];
const targets: Record<string, string> = {
  'static page /': '/',
  'stats (national)': '/api/v1/stats',
  'stats (regency, year)': `/api/v1/stats?regency=${village.regencyCode}&year=2023`,
  'regency detail': `/api/v1/regencies/${village.regencyCode}`,
  'villages by regency (100)': `/api/v1/villages?regency=${village.regencyCode}`,
  'villages by name prefix': `/api/v1/villages?q=${encodeURIComponent(village.name.slice(0, 4))}`,
  'villages in bbox (geojson)': '/api/v1/villages?bbox=106.5,-6.5,107.5,-6.0&format=geojson',
  'official village search': `/api/v1/reference/villages?q=${encodeURIComponent(village.name.slice(0, 4))}`,
};
const names = Object.keys(targets);
const samples = new Map(names.map((n) => [n, [] as number[]]));
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length];
    const started = performance.now();
    const response = await fetch(origin + targets[name]);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${targets[name]}: ${response.status}`);
    samples.get(name)?.push(performance.now() - started);
  }
}
process.kill(-(child.pid ?? 0), 'SIGTERM');

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
const staticP95 = quantile(samples.get(names[0]) ?? [], 0.95);
console.log(
  `\nnational dataset: ${content.villages.length} villages, ${content.reports.length} reports; sync ${(syncMs / 1000).toFixed(1)} s (target <= 10 s)`,
);
console.log(`${ROUNDS} rounds, one client, requests interleaved; ratio = p95 / p95 of the static page (target <= 3)\n`);
console.log(`${'target'.padEnd(30)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'ratio'.padStart(6)}`);
let worst = 0;
for (const name of names) {
  const values = samples.get(name) ?? [];
  const ratio = quantile(values, 0.95) / staticP95;
  if (name !== names[0]) worst = Math.max(worst, ratio);
  console.log(
    `${name.padEnd(30)} ${quantile(values, 0.5).toFixed(1).padStart(8)} ${quantile(values, 0.95).toFixed(1).padStart(8)} ${ratio.toFixed(2).padStart(6)}`,
  );
}
console.log(`\nworst API p95 ratio: ${worst.toFixed(2)} (${worst <= 3 ? 'within' : 'OVER'} the 3x target)`);
