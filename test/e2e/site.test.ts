/** End to end: the built Worker on workerd, a synced local D1, and pages loaded in headless Chromium. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/index.ts';
import { percentOfTarget } from '../../src/lib/derived.ts';
import { nationalTotals } from '../../src/lib/totals.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe('site on workerd', () => {
  it('home page shows the national totals computed from content, with no client JavaScript', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    const response = await page.goto(`${server.origin}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    const { content } = server;
    const totals = nationalTotals(content.regencies.length, content.villages, content.reports);
    const shown = async (key: string) => page.locator(`[data-total="${key}"]`).textContent();
    expect(await shown('regencies')).toBe(formatNumber(totals.regencies));
    expect(await shown('formed')).toBe(formatNumber(totals.villagesByStatus.formed));
    expect(await shown('target')).toBe(formatNumber(totals.villagesByStatus.target));
    expect(await shown('figures')).toBe(formatNumber(totals.figures));
    for (const r of content.regencies) {
      expect(await page.getByRole('link', { name: r.name, exact: true }).getAttribute('href')).toBe(
        `/kabupaten/${r.slug}/`,
      );
    }
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('every regency page lists every figure as target vs realization with its source', async () => {
    const page = await browser.newPage();
    for (const regency of server.content.regencies) {
      await page.goto(`${server.origin}/kabupaten/${regency.slug}/`);
      expect(await page.locator('h1').textContent()).toBe(regency.name);
      for (const report of server.content.reports.filter((r) => r.regencyCode === regency.code)) {
        for (const figure of report.figures) {
          const row = page.locator(`#report-${report.year} ~ * tr[data-indicator="${figure.indicator}"]`).first();
          const cell = (field: string) => row.locator(`[data-field="${field}"]`).textContent();
          const expectValue = (v: number | undefined) => (v === undefined ? 'tidak disebut' : formatNumber(v));
          expect(await cell('target')).toContain(expectValue(figure.target));
          expect(await cell('realization')).toContain(expectValue(figure.realization));
          const percent = percentOfTarget(figure.target, figure.realization);
          expect(await cell('percent')).toBe(percent === null ? '–' : `${formatNumber(percent)}%`);
          const source = server.content.news.find((n) => n.id === figure.source);
          expect(await row.locator('cite').getAttribute('data-source')).toBe(source?.id);
          expect(await row.locator('cite').textContent()).toContain(source?.source.publisher);
        }
      }
    }
    await page.close();
  });

  it('village pages and the API answer from the same origin', async () => {
    const page = await browser.newPage();
    for (const village of server.content.villages) {
      const response = await page.goto(`${server.origin}/desa/${village.code}/`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('[data-field="code"]').textContent()).toBe(village.code);
    }
    const codes = await page.evaluate(async () => {
      const json = (await (await fetch('/api/v1/villages?regency=61.03')).json()) as { data: { code: string }[] };
      return json.data.map((v) => v.code);
    });
    const expected = server.content.villages.filter((v) => v.regencyCode === '61.03').map((v) => v.code);
    expect(codes).toEqual(expected.sort());
    await page.close();
  });
});
