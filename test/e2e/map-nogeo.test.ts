/**
 * The map when the geo folder is absent: the site is built with GEO_DIR pointing nowhere into its own folder
 * (.build/test-nogeo), served, and the map page must still work — Natural Earth's outline instead of regencies,
 * every table row, no errors. The shared public/generated/map is regenerated from the real GEO_DIR afterwards.
 * Costs one extra build (about 30 s).
 */
import { spawnSync } from 'node:child_process';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { openMap, pixelsNear, rgbOf, toScreen, viewOf } from '../map/e2e-helpers.ts';

const BUILD_DIR = '.build/test-nogeo';

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

let server: { origin: string; stop(): void };
let browser: BrowserContext;
let geoLog = '';

beforeAll(async () => {
  try {
    geoLog = run(['scripts/geo/index.ts'], { GEO_DIR: '/nonexistent' });
    run(['node_modules/astro/bin/astro.mjs', 'build'], { GEO_DIR: '/nonexistent', ATLAS_BUILD_DIR: BUILD_DIR });
  } finally {
    run(['scripts/geo/index.ts'], {});
  }
  // The server helper reads its build folder when it is imported.
  process.env.ATLAS_BUILD_DIR = BUILD_DIR;
  const { startServer } = await import('../helpers/server.ts');
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe('the map without the geo folder', () => {
  it('builds with the fallback outline and says so', () => {
    expect(geoLog).toMatch(/fallback outline of Indonesia \(Natural Earth, world-atlas\)/);
    expect(geoLog).toMatch(/geo: 0 village points/);
  });

  it('draws Indonesia from Natural Earth, lists every regency, credits Natural Earth, logs no errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setViewportSize({ width: 1280, height: 900 });
    await openMap(page, `${server.origin}/peta/`);
    // Central Kalimantan is land; the Java Sea south of it is not.
    const view = await viewOf(page);
    const land = await rgbOf(page, 'var(--map-land)');
    const sea = await rgbOf(page, 'var(--map-sea)');
    const [kalimantan] = await pixelsNear(page, 0, ...toScreen(view, [113.5, -1.0]), 0);
    const [javaSea] = await pixelsNear(page, 0, ...toScreen(view, [111.0, -5.0]), 0);
    expect(kalimantan.slice(0, 3)).toEqual(land);
    expect(javaSea.slice(0, 3)).toEqual(sea);
    expect(await page.locator('svg.map-svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-table tr[data-regency]').count()).toBe(514);
    expect(await page.locator('.map-credits').textContent()).toContain('Natural Earth');
    expect(await page.locator('[data-total="shown"]').textContent()).toBe('0');
    expect(errors).toEqual([]);
    await page.close();
  });
});
