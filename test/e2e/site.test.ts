/**
 * The public site end to end: the built Worker on workerd with a synced local D1, every page type in both languages
 * loaded in headless Chromium. Expected figures come from the content files (test/helpers/oracle.ts), never from
 * the code under test; numbers are formatted here with Intl directly.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import {
  countByStatus,
  expectedPercent,
  fold,
  type Official,
  type Oracle,
  readOfficial,
  readOracle,
} from '../helpers/oracle.ts';
import { LOCALES, type Locale, type PageType, pagePaths, prefix } from '../helpers/pages.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: BrowserContext;
const oracle: Oracle = readOracle();
const official: Official = readOfficial();
const paths = pagePaths(oracle, official);
const INTL = { id: 'id-ID', en: 'en-GB' } as const;
const num = (locale: Locale, n: number) => new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 2 }).format(n);
/** Pages that may load scripts: the map and the search page. Every other page ships no JavaScript. */
const SCRIPTED: PageType[] = ['map', 'search'];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function open(path: string) {
  const page = await browser.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  // Scripts of the page itself (not of the embed previews it frames).
  page.on('request', (r) => r.resourceType() === 'script' && r.frame() === page.mainFrame() && scripts.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, response, scripts, errors };
}

describe('every page type exists in both languages', () => {
  for (const locale of LOCALES) {
    for (const [type, path] of Object.entries(paths) as [PageType, string][]) {
      it(`${type} in ${locale}: lang, canonical, hreflang, language switch, no stray scripts, no console errors`, async () => {
        const { page, response, scripts, errors } = await open(prefix(locale, path));
        const bare = path.split('?')[0];
        expect(response?.status()).toBe(type === 'not-found' ? 404 : 200);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        if (type !== 'not-found') {
          const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
          expect(new URL(canonical ?? '').pathname).toBe(prefix(locale, bare));
          for (const l of LOCALES) {
            const href = await page.locator(`link[rel="alternate"][hreflang="${l}"]`).getAttribute('href');
            expect(new URL(href ?? '').pathname).toBe(prefix(l, bare));
          }
          const other = locale === 'id' ? 'en' : 'id';
          expect(await page.locator(`header a[hreflang="${other}"]`).getAttribute('href')).toBe(prefix(other, bare));
        }
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('main#main').count()).toBe(1);
        // The embed generator's module (regency, village and data pages) is the one script a content page may load.
        const generator = /\/_astro\/(EmbedGenerator\.|protocol\.)/;
        if (!SCRIPTED.includes(type)) expect(scripts.filter((u) => !generator.test(u))).toEqual([]);
        // The browser logs the 404 status of the not-found page itself; nothing else may be logged.
        expect(errors.filter((e) => !(type === 'not-found' && /status of 404/.test(e)))).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('content on the pages equals the content files', () => {
  it('home: national totals and villages by status, in both number formats', async () => {
    const counts = countByStatus(oracle.villages);
    const figures = oracle.reports.reduce((n, r) => n + r.figures.length, 0);
    for (const locale of LOCALES) {
      const { page } = await open(prefix(locale, '/'));
      const shown = (key: string) => page.locator(`[data-total="${key}"]`).textContent();
      expect(await shown('regencies')).toBe(num(locale, oracle.regencies.length));
      for (const status of ['formed', 'target', 'proposed'] as const)
        expect(await shown(status)).toBe(num(locale, counts[status]));
      expect(await shown('figures')).toBe(num(locale, figures));
      await page.close();
    }
  });

  it('regency pages: every figure as target vs realization with computed percent and its source, once', async () => {
    for (const locale of LOCALES) {
      const page = await browser.newPage();
      for (const regency of oracle.regencies) {
        await page.goto(`${server.origin}${prefix(locale, `/kabupaten/${regency.slug}/`)}`);
        expect(await page.locator('h1').textContent()).toBe(regency.name);
        for (const report of oracle.reports.filter((r) => r.regencyCode === regency.code)) {
          const section = page.locator(`section:has(> h2#report-${report.year})`);
          for (const figure of report.figures) {
            const row = section.locator(`tr[data-indicator="${figure.indicator}"]`);
            const label = oracle.indicators.find((i) => i.id === figure.indicator)?.label[locale] ?? '';
            expect(await row.locator('th').first().textContent()).toContain(label);
            const cell = (field: string) => row.locator(`[data-field="${field}"]`).textContent();
            const unknown = locale === 'id' ? 'tidak disebut' : 'not given';
            expect(await cell('target')).toContain(figure.target === null ? unknown : num(locale, figure.target));
            expect(await cell('realization')).toContain(
              figure.realization === null ? unknown : num(locale, figure.realization),
            );
            const percent = expectedPercent(figure.target, figure.realization);
            expect(await cell('percent')).toBe(percent === null ? '–' : `${num(locale, percent)}%`);
            const link = row.locator('[data-field="source"] a');
            expect(await link.getAttribute('data-source')).toBe(figure.source);
            const cited = section.locator(`${await link.getAttribute('href')} cite`);
            expect(await cited.getAttribute('data-source')).toBe(figure.source);
            const news = oracle.news.find((n) => n.id === figure.source);
            expect(await cited.textContent()).toContain(news?.source.publisher);
          }
          // each source listed once under its report
          const cites = await section
            .locator('ol.sources cite')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
          expect(new Set(cites).size).toBe(cites.length);
        }
        const villages = oracle.villages
          .filter((v) => v.regencyCode === regency.code)
          .map((v) => v.code)
          .sort();
        const listed = await page
          .locator('tr[data-village]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-village')));
        expect(listed.sort()).toEqual(villages);
      }
      await page.close();
    }
  });

  it('village pages (rendered by the Worker): status, code and sources for villages in the atlas', async () => {
    for (const locale of LOCALES) {
      const page = await browser.newPage();
      for (const village of oracle.villages) {
        const response = await page.goto(`${server.origin}${prefix(locale, `/desa/${village.code}/`)}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('[data-field="code"]').textContent()).toBe(village.code);
        expect(await page.locator('h1').textContent()).toContain(village.name);
        const cited = await page
          .locator('ol.sources cite')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
        expect(cited).toEqual(village.sources);
        expect(await page.locator('[data-field="status"]').getAttribute('class')).toContain(`status-${village.status}`);
      }
      await page.close();
    }
  });

  it('a village outside the atlas: its official names, and only Desa Bersinar villages as the nearest', async () => {
    const code = paths['village-outside'].split('/')[2];
    const row = official.village.get(code);
    const { page } = await open(paths['village-outside']);
    expect(await page.locator('h1').textContent()).toContain(row?.name);
    expect(await page.locator('main').textContent()).toContain(official.district.get(row?.parent ?? '')?.name);
    const nearest = await page
      .locator('[data-nearest]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-nearest')));
    const inAtlas = new Set(oracle.villages.map((v) => v.code));
    for (const n of nearest) expect(inAtlas.has(n ?? '')).toBe(true);
    await page.close();
  });

  it('find a village works without JavaScript and lists the official villages whose name starts with the query', async () => {
    const page = await browser.newPage();
    await page.context().route('**/*.js', (route) => route.abort());
    for (const q of ['lalang', 'Sosok', 'dukong']) {
      await page.goto(`${server.origin}/cari-desa/`);
      await page.fill('#find-q', q);
      await Promise.all([page.waitForLoadState('load'), page.click('form.find-form button')]);
      const expected = official.villages
        .filter((v) => fold(v.name).startsWith(fold(q)))
        .map((v) => v.code)
        .sort();
      const shown = await page
        .locator('tr[data-village]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-village')));
      expect(shown.sort()).toEqual(expected.slice(0, 25).sort());
      for (const v of oracle.villages.filter((x) => expected.includes(x.code))) {
        expect(await page.locator(`tr[data-village="${v.code}"] .status-${v.status}`).count()).toBe(1);
      }
    }
    await page.context().unroute('**/*.js');
    await page.close();
  });

  it('news: the index lists every source and each article names its publisher and dates', async () => {
    const { page } = await open('/berita/');
    for (const n of oracle.news) {
      expect(await page.locator(`a[href="/berita/${n.id}/"]`).count()).toBe(1);
    }
    for (const n of oracle.news) {
      // rendered on demand by the Worker from D1
      const response = await page.goto(`${server.origin}/en/berita/${n.id}/`);
      expect(response?.status()).toBe(200);
      const cite = page.locator('article cite');
      expect(await cite.getAttribute('data-source')).toBe(n.id);
      expect(await cite.locator('time').first().getAttribute('datetime')).toBe(n.date);
      expect(await cite.textContent()).toContain(n.source.publisher);
      expect(await page.locator('h1').getAttribute('lang')).toBe('id');
    }
    await page.close();
  });

  it("search: Pagefind finds regency pages in the reader's language, and official villages come from the API", async () => {
    const regency = oracle.regencies.find((r) => r.slug === 'sanggau') ?? oracle.regencies[0];
    for (const locale of LOCALES) {
      const { page, errors } = await open(
        prefix(locale, `/cari/?q=${encodeURIComponent(regency.name.split(' ').at(-1) ?? '')}`),
      );
      const pages = page.locator('#search-results ol.results a');
      await pages.first().waitFor();
      const hrefs = await pages.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(hrefs).toContain(prefix(locale, `/kabupaten/${regency.slug}/`));
      for (const href of hrefs) expect(href?.startsWith('/en/')).toBe(locale === 'en');
      await page.close();
      expect(errors).toEqual([]);
    }
    const q = oracle.villages[0].name;
    const { page } = await open(`/cari/?q=${encodeURIComponent(q)}`);
    const villages = page.locator('#search-results ul a');
    await villages.first().waitFor();
    const expected = official.villages
      .filter((v) => fold(v.name).startsWith(fold(q)))
      .slice(0, 10)
      .map((v) => `/desa/${v.code}/`);
    expect((await villages.evaluateAll((els) => els.map((e) => e.getAttribute('href')))).sort()).toEqual(
      expected.sort(),
    );
    await page.close();
  });
});
