/**
 * `npm run bench`: one table, every row measured in one run on the SYNTHETIC national dataset (every official
 * village with a status, every regency with 5 years of reports; never real data), written with the date and the
 * machine into docs/benchmarks.md. Rows: national build time and files, sync time, D1 rows read per request,
 * latency under load (autocannon, 50 connections, on loopback, each target next to a static file of similar size
 * loaded at the same time), page weights, and the map's draw and frame times (bench/map.ts).
 * BENCH_SECONDS (default 5) sets the load time per target; BENCH_FRESH=1 regenerates the national content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { app } from '../functions/app.ts';
import { getNewsArticle } from '../functions/v1/news/queries.ts';
import { getOfficialVillage } from '../functions/v1/reference/queries.ts';
import { chromiumPath } from '../scripts/lib/browser.ts';
import { serveWorker } from '../scripts/lib/worker.ts';
import { locateVillages } from '../src/content-model/geo.ts';
import { loadContent } from '../src/content-model/load.ts';
import { loadReference } from '../src/content-model/reference.ts';
import { applyMigrations } from '../src/sync/migrate.ts';
import { runSync } from '../src/sync/pipeline.ts';
import { nationalContent } from '../src/synthetic/national.ts';
import { itemsOf, nationalRoutes } from '../test/helpers/national-routes.ts';
import { countingDatabase } from '../test/helpers/rows-read.ts';
import { listFiles, servedPath, staticTwin } from './lib/files.ts';
import { loadPair } from './lib/load.ts';
import { Report } from './lib/report.ts';
import { criticalPath, fileGzip, javascriptOf } from './lib/weights.ts';

const BUILD = '.build/bench';
const CONTENT = '.build/bench-content';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const started = new Date();
const t0 = performance.now();
const report = new Report();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => value.toFixed(0);
const node = (args: string[], env: Record<string, string> = {}) => {
  const at = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status})`);
  return (performance.now() - at) / 1000;
};

// 1. The national dataset as content files, and the national build.
if (!existsSync(CONTENT) || process.env.BENCH_FRESH) {
  await rm(CONTENT, { recursive: true, force: true });
  node(['scripts/generate-national.ts', '--out', CONTENT]);
}
await rm(BUILD, { recursive: true, force: true });
const geoSeconds = node(['scripts/geo/index.ts']);
const buildSeconds = node(['node_modules/astro/bin/astro.mjs', 'build'], {
  CONTENT_DIR: CONTENT,
  ATLAS_BUILD_DIR: BUILD,
});
const files = await listFiles(join(BUILD, 'client'));
const contentFiles = (await listFiles(CONTENT)).length;
const largest = files.reduce((a, b) => (b.size > a.size ? b : a));
report.section('Build (national dataset as content)');
report.row({
  what: `astro build, ${contentFiles.toLocaleString('en')} content files`,
  value: `${buildSeconds.toFixed(0)} s (+ geo ${geoSeconds.toFixed(1)} s)`,
  goal: '≤ 180 s',
  met: buildSeconds + geoSeconds <= 180,
});
report.row({
  what: 'static files written',
  value: files.length.toLocaleString('en'),
  goal: '< 20,000 (Workers free plan)',
  met: files.length < 20_000,
});
report.row({
  what: `largest static file (${largest.path})`,
  value: kb(largest.size),
  goal: '≤ 25 MiB',
  met: largest.size <= 25 * 2 ** 20,
});

// 2. The sync of the whole country into a fresh local D1 on disk, and the same sync again (nothing to write).
const state = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
const proxy = await getPlatformProxy<{ DB: D1Database }>({
  configPath: 'wrangler.toml',
  persist: { path: join(state, 'v3') },
  remoteBindings: false,
});
await applyMigrations(proxy.env.DB);
const ref = await loadReference();
const content = nationalContent(ref, (await loadContent('content')).indicators, {
  locate: await locateVillages([...ref.villages.keys()]),
});
let at = performance.now();
await runSync(proxy.env.DB, { content });
const syncSeconds = (performance.now() - at) / 1000;
at = performance.now();
const again = await runSync(proxy.env.DB, { content });
const noopSeconds = (performance.now() - at) / 1000;
const count = (n: number) => n.toLocaleString('en');
report.section(
  `Sync (${count(content.villages.length)} villages, ${count(content.reports.length)} reports, the official reference)`,
);
report.row({
  what: 'first sync into an empty D1 (one batch)',
  value: `${syncSeconds.toFixed(1)} s`,
  goal: '≤ 10 s',
  met: syncSeconds <= 10,
});
report.row({ what: `sync again, unchanged (written: ${again.result.written})`, value: `${noopSeconds.toFixed(1)} s` });

// 3. D1 rows read per request, in process, on the same database.
const counting = countingDatabase(proxy.env.DB);
const village = content.villages[40_000];
report.section(
  'D1 rows read per request',
  "Measured from D1's `meta.rows_read` on the national dataset. Goal: at most 10 rows per returned item + 25.",
);
for (const path of nationalRoutes(content)) {
  counting.take();
  const response = await app.request(path, {}, { ...proxy.env, DB: counting.db, LIMITER: undefined });
  const rows = counting.take();
  const text = await response.text();
  const items = path.includes('format=csv') ? text.trim().split('\n').length - 1 : itemsOf(JSON.parse(text));
  report.row({
    what: path,
    value: `${rows} rows / ${items} items`,
    goal: `≤ ${10 * items + 25}`,
    met: rows <= 10 * items + 25,
  });
}
counting.take();
const page = await getOfficialVillage(counting.db, village.code);
// The village, its program entry and each nearest Desa Bersinar village are the items this page returns.
const pageItems = 2 + (page.village?.nearest.length ?? 0);
const pageRows = counting.take();
report.row({
  what: `village page /desa/${village.code}/ (official village, nearest)`,
  value: `${pageRows} rows / ${pageItems} items`,
  goal: `≤ ${10 * pageItems + 25}`,
  met: pageRows <= 10 * pageItems + 25,
});
const { article } = await getNewsArticle(counting.db, content.news[1000].id);
const newsItems = 1 + (article?.reportYears.length ?? 0) + (article?.villages.length ?? 0);
const newsRows = counting.take();
report.row({
  what: `news page /berita/${content.news[1000].id}/`,
  value: `${newsRows} rows / ${newsItems} items`,
  goal: `≤ ${10 * newsItems + 25}`,
  met: newsRows <= 10 * newsItems + 25,
});
await proxy.dispose();

// 4. Latency under load: the built Worker on workerd, no rate limit (a local-only setting, see scripts/lib/worker.ts).
const worker = await serveWorker({ buildDir: BUILD, state, withoutRateLimit: true });
const regency = content.regencies.find((r) => r.code === village.regencyCode);
const pages = [
  `/desa/${village.code}/`,
  `/en/desa/${village.code}/`,
  `/berita/${content.news[1000].id}/`,
  `/cari-desa/?q=${encodeURIComponent(village.name.slice(0, 4))}`,
];
report.section(
  `Latency under load (${CONNECTIONS} connections, ${SECONDS} s per target)`,
  `Each target is loaded together with a static file of similar size from the same server (${CONNECTIONS / 2} connections each), so both see the same machine. Goal: p95 ≤ 3 × the static file's p95.`,
);
let worstRatio = 0;
try {
  for (const target of [...nationalRoutes(content), ...pages]) {
    const size = (await (await fetch(`${worker.origin}${target}`)).arrayBuffer()).byteLength;
    const twin = servedPath(staticTwin(files, size).path);
    const { target: t, twin: s } = await loadPair(worker.origin, target, twin, CONNECTIONS, SECONDS);
    const ratio = t.p95 / s.p95;
    worstRatio = Math.max(worstRatio, ratio);
    const failed = t.non2xx + t.errors + s.non2xx + s.errors;
    report.row({
      what: `${target} (${kb(size)}) vs ${twin}`,
      value: `p50/p95/p99 ${ms(t.p50)}/${ms(t.p95)}/${ms(t.p99)} ms, ${Math.round(t.rps)} req/s; static p95 ${ms(s.p95)} ms → ${ratio.toFixed(2)}×${failed ? `; ${failed} failed` : ''}`,
      goal: '≤ 3×',
      met: ratio <= 3 && failed === 0,
    });
  }

  // 5. Page weight.
  report.section('Page weight (compressed)');
  for (const [name, path] of [
    ['home', '/'],
    ['regency page (national)', `/kabupaten/${regency?.slug}/`],
  ] as const) {
    const { criticalGzip } = await criticalPath(worker.origin, path);
    report.row({
      what: `critical path, ${name} (HTML + inline CSS)`,
      value: kb(criticalGzip),
      goal: '≤ 14 KB',
      met: criticalGzip <= 14 * 1024,
    });
  }
  const types: [string, string][] = [
    ['home', '/'],
    ['regency', `/kabupaten/${regency?.slug}/`],
    ['report', `/kabupaten/${regency?.slug}/laporan/2023/`],
    ['village (on demand)', `/desa/${village.code}/`],
    ['news article (on demand)', `/berita/${content.news[1000].id}/`],
    ['find a village (on demand)', pages[3]],
    ['search', '/cari/'],
    ['data', '/data/'],
    ['map', '/peta/'],
  ];
  for (const [name, path] of types) {
    const js = await javascriptOf(worker.origin, path);
    report.row({
      what: `JavaScript, ${name}`,
      value: `${kb(js.gzip)} in ${js.files} file(s)`,
      goal: name === 'map' ? '≤ 60 KB' : undefined,
      met: name === 'map' ? js.gzip <= 60 * 1024 : undefined,
    });
  }
  const embed = await fetch(`${worker.origin}/embed.js`);
  if (embed.ok) {
    const size = await fileGzip(worker.origin, '/embed.js');
    report.row({ what: 'embed script /embed.js', value: kb(size.gzip), goal: '≤ 6 KB', met: size.gzip <= 6 * 1024 });
  }
  const manifest = JSON.parse(await readFile(join(BUILD, 'client/generated/map/manifest.json'), 'utf8'));
  for (const [file, budget] of [
    ['regencies.topo.json', 150],
    ['villages.bin', 250],
  ] as const) {
    const gzip = manifest.sizes[file]?.gzip ?? 0;
    report.row({ what: `map data ${file}`, value: kb(gzip), goal: `≤ ${budget} KB`, met: gzip <= budget * 1024 });
  }
} finally {
  worker.stop();
}

// 6. The map's draw and frame times, from bench/map.ts (headless Chromium, all points).
const mapJson = join(state, 'map.json');
node(['bench/map.ts'], { ATLAS_BUILD_DIR: BUILD, BENCH_JSON: mapJson });
report.section(
  'Map (headless Chromium, software canvas, all points)',
  'Next to the floor measured in the same run: the points written straight into ImageData with a full redraw per frame.',
);
if (existsSync(mapJson)) {
  const map = JSON.parse(await readFile(mapJson, 'utf8'));
  report.row({
    what: 'first draw',
    value: `${map.map.first.toFixed(1)} ms (floor ${map.floor.first.toFixed(1)} ms)`,
    goal: '≤ 30 ms',
    met: map.map.first <= 30,
  });
  report.row({
    what: 'pan/zoom frame p95',
    value: `${map.map.frameP95.toFixed(1)} ms, ${map.map.fps.toFixed(0)} fps (floor ${map.floor.frameP95.toFixed(1)} ms)`,
    goal: '≤ 20 ms (60 fps)',
    met: map.map.frameP95 <= 20,
  });
}

const seconds = (performance.now() - t0) / 1000;
const chromium = spawnSync(await chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim() || 'Chromium';
await writeFile('docs/benchmarks.md', report.markdown(started, seconds, chromium));
const unmet = report.sections.flatMap((s) => s.rows).filter((r) => r.met === false);
console.log(
  `\nworst latency ratio ${worstRatio.toFixed(2)}×; ${unmet.length} row(s) not met; written to docs/benchmarks.md (${Math.round(seconds)} s)`,
);
