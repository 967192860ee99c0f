/**
 * Size budgets, failing when exceeded (sizes only: timings live in `npm run bench`, the machines are too noisy for
 * pass/fail): the critical path of home and regency pages, JavaScript and CSS per page type, the embed script, the
 * map's data files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criticalPath, fileGzip, javascriptOf } from '../../bench/lib/weights.ts';
import { readOfficial, readOracle } from '../helpers/oracle.ts';
import { type PageType, pagePaths } from '../helpers/pages.ts';
import { buildDir, startServer } from '../helpers/server.ts';

const KB = 1024;
/** JavaScript a page may load, gzip: none on content pages; the embed generator, search and the map where they are. */
const JS_BUDGET: Partial<Record<PageType, number>> = { search: 4 * KB, map: 60 * KB };
const GENERATOR_JS = 8 * KB;
/** Inline CSS per page, gzip (it is on the critical path). */
const CSS_BUDGET = 6 * KB;
const CRITICAL_PATH = 14 * KB;

let server: Awaited<ReturnType<typeof startServer>>;
const paths = pagePaths(readOracle(), readOfficial());

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

describe('size budgets', () => {
  it('home and regency pages: critical path (HTML with its inline CSS) at most 14 KB compressed', async () => {
    for (const path of [paths.home, paths.regency, `/en${paths.regency}`]) {
      const { criticalGzip } = await criticalPath(server.origin, path);
      expect(criticalGzip, path).toBeLessThanOrEqual(CRITICAL_PATH);
    }
  });

  it('JavaScript and inline CSS per page type', async () => {
    for (const [type, path] of Object.entries(paths) as [PageType, string][]) {
      if (type === 'not-found') continue;
      const response = await fetch(`${server.origin}${path}`);
      const html = await response.text();
      const generator = /data-embed-generator/.test(html);
      const js = await javascriptOf(server.origin, path);
      const budget = (JS_BUDGET[type] ?? 0) + (generator ? GENERATOR_JS : 0);
      expect(js.gzip, `${type}: ${js.files} script file(s)`).toBeLessThanOrEqual(budget);
      const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      expect(gzipSync(css).length, `${type} inline CSS`).toBeLessThanOrEqual(CSS_BUDGET);
    }
  });

  it('the embed script at most 6 KB and the map data within 150 KB (shapes) and 250 KB (points), compressed', async () => {
    const embed = await fetch(`${server.origin}/embed.js`);
    if (embed.ok) expect((await fileGzip(server.origin, '/embed.js')).gzip).toBeLessThanOrEqual(6 * KB);
    const manifest = JSON.parse(await readFile(join(buildDir(), 'client/generated/map/manifest.json'), 'utf8'));
    expect(manifest.sizes['regencies.topo.json'].gzip).toBeLessThanOrEqual(150 * KB);
    expect(manifest.sizes['villages.bin'].gzip).toBeLessThanOrEqual(250 * KB);
  });
});
