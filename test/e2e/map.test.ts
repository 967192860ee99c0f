/**
 * The map on the built Worker in headless Chromium: points where their coordinates project, the choropleth
 * from the figures, filters, the URL as state, search, keyboard, axe, and the page without JavaScript.
 * Expectations come from the content files (test/helpers/oracle.ts), the geo folder's CSV files and a projection
 * rebuilt from docs/map.md (test/map/e2e-helpers.ts), not from the map's code.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/browser.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readOracle } from '../helpers/oracle.ts';
import { startServer } from '../helpers/server.ts';
import { centroids, close, hasGeo, openMap, pixelsNear, rgbOf, settle, toScreen, viewOf } from '../map/e2e-helpers.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: BrowserContext;
const oracle = readOracle();
const id = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const errors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function newPage(width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return page;
}

describe.skipIf(!hasGeo)('the map with the official boundaries', () => {
  it('draws every seed village where its coordinates project, in its status colour', { timeout: 120_000 }, async () => {
    const located = centroids('village-centroids.csv');
    const page = await newPage();
    for (const village of oracle.villages) {
      const lngLat = located.get(village.code);
      expect(lngLat, village.code).toBeDefined();
      if (!lngLat) continue;
      // Centred a little off the village, so the check does not rely on "it is in the middle".
      const center = `${(lngLat[0] + 0.01).toFixed(4)},${(lngLat[1] - 0.005).toFixed(4)}`;
      await openMap(page, `${server.origin}/peta/?status=proposed,target,formed&center=${center}&zoom=40`);
      const view = await viewOf(page);
      const colour = await rgbOf(page, `var(--status-${village.status})`);
      const [x, y] = toScreen(view, lngLat);
      expect(x, village.code).toBeGreaterThan(20);
      expect(x, village.code).toBeLessThan(view.width - 20);
      // The symbol's pixels in the status colour, around the expected point: their centre is the point.
      const R = 9;
      const near = await pixelsNear(page, 1, x, y, R);
      const hits = near.flatMap((p, i) =>
        p[3] === 255 && close(p, colour) ? [[(i % (2 * R + 1)) - R, Math.floor(i / (2 * R + 1)) - R]] : [],
      );
      expect(hits.length, `${village.code} at ${x},${y}`).toBeGreaterThan(8);
      const mean = (k: 0 | 1) => hits.reduce((sum, h) => sum + h[k], 0) / hits.length;
      expect(Math.hypot(mean(0) + Math.round(x) - x, mean(1) + Math.round(y) - y), village.code).toBeLessThan(1);
      const away = await pixelsNear(page, 1, x + 40, y + 40, 0);
      expect(away[0][3], `${village.code}: nothing drawn 40 px away`).toBe(0);
    }
    await page.close();
  });

  it('shades Sanggau (61.03) by its figures: realization as percent of target, with the legend saying so', async () => {
    const report = oracle.reports.find((r) => r.regencyCode === '61.03');
    const figure = report?.figures.find((f) => f.indicator === 'desa-bersinar-formed');
    expect(figure?.target).toBeTruthy();
    const percent = ((figure?.realization ?? 0) / (figure?.target ?? 1)) * 100; // 8 of 2: 400%
    const page = await newPage();
    await openMap(page, `${server.origin}/peta/?layer=desa-bersinar-formed&year=${report?.year}&status=`);
    // The legend row whose range holds the percentage (its words are the oracle: "50–75%", "150% atau lebih").
    const rows = await page.locator('[data-legend-bins] li').evaluateAll((items) =>
      items.map((li) => ({
        text: li.textContent ?? '',
        swatch: getComputedStyle(li.querySelector('.map-swatch') as Element).backgroundColor,
      })),
    );
    const holds = (text: string) => {
      const n = [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
      if (/atau lebih/.test(text)) return percent >= n[0];
      if (/Di bawah/.test(text)) return percent < n[0];
      return n.length === 2 && percent >= n[0] && percent < n[1];
    };
    const row = rows.find((r) => holds(r.text));
    expect(row, JSON.stringify(rows)).toBeDefined();
    const expected = (row?.swatch.match(/\d+/g) ?? []).map(Number);
    // A point inside Sanggau: the centroid of its villages in the geo folder.
    const inside = [...centroids('village-centroids.csv')]
      .filter(([code]) => code.startsWith('61.03.'))
      .map(([, p]) => p);
    const lngLat: [number, number] = [
      inside.reduce((s, p) => s + p[0], 0) / inside.length,
      inside.reduce((s, p) => s + p[1], 0) / inside.length,
    ];
    const [x, y] = toScreen(await viewOf(page), lngLat);
    const [pixel] = await pixelsNear(page, 0, x, y, 0);
    expect(close(pixel, expected), `${pixel} vs ${expected}`).toBe(true);
    // A regency without that figure has the "no data" colour of the legend's first row.
    const noData = (rows[0].swatch.match(/\d+/g) ?? []).map(Number);
    const aceh = [...centroids('village-centroids.csv')]
      .filter(([code]) => code.startsWith('11.01.'))
      .map(([, p]) => p);
    const [ax, ay] = toScreen(await viewOf(page), aceh[Math.floor(aceh.length / 2)]);
    expect(close((await pixelsNear(page, 0, ax, ay, 0))[0], noData)).toBe(true);
    // The villages layer shades it differently (5 Desa Bersinar villages, not 400%).
    await page.selectOption('select[name="layer"]', 'villages');
    await settle(page);
    const [after] = await pixelsNear(page, 0, x, y, 0);
    expect(close(after, expected)).toBe(false);
    expect(page.url()).not.toContain('layer=');
    await page.close();
  });

  it('changes the counts when a filter changes', async () => {
    const page = await newPage();
    await openMap(page, `${server.origin}/peta/`);
    // The data was prepared off the main thread (the CSP lets the page start its worker from this origin).
    expect(await page.evaluate(() => performance.getEntriesByName('map:prepared-in-worker').length)).toBe(1);
    const shown = () => page.locator('[data-total="shown"]').textContent();
    const total = Number((await shown())?.replace(/\./g, ''));
    expect(total).toBeGreaterThanOrEqual(83_402);
    await page.locator('input[name="status"][value="none"]').uncheck();
    await settle(page);
    expect(await shown()).toBe(id(oracle.villages.length));
    expect(page.url()).toContain('status=proposed,target,formed');
    await page.selectOption('select[name="province"]', '61');
    await settle(page);
    expect(await shown()).toBe(id(oracle.villages.filter((v) => v.provinceCode === '61').length));
    expect(await page.locator('[data-total="formed"]').textContent()).toBe(
      id(oracle.villages.filter((v) => v.provinceCode === '61' && v.status === 'formed').length),
    );
    await page.close();
  });

  it('restores the view from a URL, and back and forward step through changes', async () => {
    const page = await newPage();
    const village = oracle.villages.find((v) => v.regencyCode === '61.03') ?? oracle.villages[0];
    const query = `regency=61.03&layer=desa-bersinar-formed&year=2023&center=110.4,0.2&zoom=6&selected=${village.code}`;
    await openMap(page, `${server.origin}/peta/?${query}`);
    expect(await page.inputValue('select[name="layer"]')).toBe('desa-bersinar-formed');
    expect(await page.inputValue('select[name="year"]')).toBe('2023');
    expect(await page.inputValue('select[name="province"]')).toBe('61');
    expect(await page.inputValue('select[name="regency"]')).toBe('61.03');
    await expect.poll(() => page.locator('#map-panel-title').textContent()).toBe(village.name);
    expect(await page.locator('#map-panel').isVisible()).toBe(true);
    const view = await viewOf(page);
    expect(view.center).toEqual([110.4, 0.2]);
    expect(view.zoom).toBe(6);
    // A new selection is a new history entry; back restores the village, forward the regency.
    await page.locator('#map-list-regencies button[data-code="61.03"]').click();
    await expect.poll(() => page.locator('#map-panel-title').textContent()).toBe('Kabupaten Sanggau');
    await page.goBack();
    await expect.poll(() => page.locator('#map-panel-title').textContent()).toBe(village.name);
    expect(new URL(page.url()).searchParams.get('selected')).toBe(village.code);
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe('61.03');
    await page.close();
  });

  it('finds a regency by name and jumps to it', async () => {
    const page = await newPage();
    await openMap(page, `${server.origin}/peta/`);
    await page.fill('#map-search-input', 'sanggau');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe('61.03');
    await expect.poll(() => page.locator('#map-panel-title').textContent()).toBe('Kabupaten Sanggau');
    const view = await viewOf(page);
    expect(view.zoom).toBeGreaterThan(5);
    // Sanggau's villages are in view, near the middle.
    const [x, y] = toScreen(
      view,
      centroids('village-centroids.csv').get(oracle.villages.find((v) => v.regencyCode === '61.03')?.code ?? '') ?? [
        0, 0,
      ],
    );
    expect(Math.abs(x - view.width / 2)).toBeLessThan(view.width / 2);
    expect(Math.abs(y - view.height / 2)).toBeLessThan(view.height / 2);
    // By code too.
    await page.fill('#map-search-input', '19.02');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe('19.02');
    await page.close();
  });

  it('is operable by keyboard: the list and the map', async () => {
    const page = await newPage();
    await openMap(page, `${server.origin}/peta/?regency=61.03`);
    const villages = page.locator('#map-list-villages button');
    await expect.poll(() => villages.count()).toBeGreaterThan(100);
    // Names arrive with the regency's names file.
    const named = oracle.villages.find((v) => v.regencyCode === '61.03');
    await expect
      .poll(() => page.locator(`#map-list-villages button[data-code="${named?.code}"]`).textContent())
      .toContain(named?.name);
    const first = villages.first();
    await first.focus();
    const firstCode = await first.getAttribute('data-code');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.code);
    expect(second).not.toBe(firstCode);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe(second);
    // Only one button per list is in the tab order.
    expect(await page.locator('#map-list-villages button[tabindex="0"]').count()).toBe(1);
    // The map itself: focus, arrow to a neighbouring regency (announced), Enter selects it.
    await page.locator('#map-stage').focus();
    await page.keyboard.press('ArrowRight');
    const announced = await page.locator('#map-announce').textContent();
    expect(announced).toMatch(/^(Kabupaten|Kota) /);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#map-panel-title').textContent()).toBe(announced?.split(',')[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#map-panel').isVisible()).toBe(false);
    await page.close();
  });

  it('has no axe violations with the panel and the list open, light and dark, 360 and 1280 px', {
    timeout: 90_000,
  }, async () => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await newPage(width, 800);
        await page.emulateMedia({ colorScheme: scheme });
        await openMap(page, `${server.origin}/peta/?regency=61.03&selected=61.03&layer=desa-bersinar-formed`);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of violations)
          found.push(
            `${scheme} ${width}: ${v.id} ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        await page.close();
      }
    }
    expect(found).toEqual([]);
  });

  it('logged no errors (CSP, scripts) on any map page above', () => {
    expect(errors).toEqual([]);
  });
});

describe('the map without JavaScript', () => {
  it('shows the static SVG, the legend and the tables of every regency', async () => {
    const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'atlas-nojs-')), {
      executablePath: await chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
      javaScriptEnabled: false,
    });
    try {
      for (const path of ['/peta/', '/en/peta/']) {
        const page = await context.newPage();
        const response = await page.goto(`${server.origin}${path}`);
        const html = (await response?.text()) ?? '';
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>\s*\S/);
        expect(html).not.toMatch(/\sstyle="/);
        // Without the geo folder the SVG is the fallback outline of Indonesia (test/e2e/map-nogeo.test.ts).
        expect(await page.locator('svg.map-svg').count()).toBe(1);
        if (hasGeo) expect(await page.locator('svg.map-svg [data-code]').count()).toBe(514);
        expect(await page.locator('.map-table tr[data-regency]').count()).toBe(514);
        expect(await page.locator('#map-legend li').count()).toBeGreaterThan(7);
        expect(await page.locator('#map-search').isVisible()).toBe(false);
        const sanggau = page.locator('.map-table tr[data-regency="61.03"]');
        const formed = oracle.villages.filter((v) => v.regencyCode === '61.03' && v.status === 'formed').length;
        expect(await sanggau.locator('[data-status="formed"]').textContent()).toBe(String(formed));
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
