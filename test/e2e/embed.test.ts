/**
 * The widgets on a partner's page, in headless Chromium: a host on another origin embeds every widget every way
 * (iframe, script, badge) and the test checks the figures against the API and the oracle, the iframe heights,
 * the dark theme, a strict host CSP, axe inside the widgets, the API going down, and framing of other pages.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_HEIGHTS, MAP_WIDTH } from '../../src/embed/map/box.ts';
import { estimateHeight } from '../../src/embed/oembed/sizes.ts';
import { darkToken, fmt, fmtDay, scenario } from '../embed/expected.ts';
import { hostHtml, startHost } from '../embed/host.ts';
import {
  openOnHost,
  frame as partnerFrame,
  widgetsPage as partnerPage,
  script as partnerScript,
  screenshot,
} from '../embed/partner.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readOfficial, readOracle } from '../helpers/oracle.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let host: Awaited<ReturnType<typeof startHost>>;
let browser: BrowserContext;
const s = scenario(readOracle(), readOfficial());
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(async () => {
  // The server first: its port is chosen before wrangler binds it, and the host's own port 0 could take it.
  server = await startServer();
  [browser, host] = await Promise.all([launchBrowser(), startHost()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  server?.stop();
});

const api = async (path: string) => (await (await fetch(`${server.origin}${path}`)).json()) as { data: any; meta: any };
const frame = (src: string, title: string, id: string) => partnerFrame(server.origin, src, title, id);
const script = () => partnerScript(server.origin);
const widgetsPage = () => partnerPage(server.origin, s);
const open = (path: string, html: string, headers?: Record<string, string>, prepare?: (page: Page) => Promise<void>) =>
  openOnHost(browser, host, path, html, headers, prepare);

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').trim();
const inFrame = (page: Page, id: string, selector: string) => page.frameLocator(`#${id}`).locator(selector).first();

describe('widgets on a partner page (another origin)', () => {
  it('iframes and the element show the API’s figures, which are the oracle’s', async () => {
    const { page, problems } = await open('/widgets', widgetsPage());
    const stats = await api(`/api/v1/stats?regency=${s.regency.code}`);
    for (const status of ['formed', 'target', 'proposed'] as const) {
      expect(stats.data.villages[status]).toBe(s.regency.counts[status]);
      expect(await inFrame(page, 'f-regency', `[data-field="${status}"]`).textContent()).toBe(
        fmt('id', s.regency.counts[status]),
      );
      expect(await inFrame(page, 'f-national', `[data-field="${status}"]`).textContent()).toBe(
        fmt('id', s.national.counts[status]),
      );
      expect(await inFrame(page, 'f-province', `[data-field="${status}"]`).textContent()).toBe(
        fmt('en', s.province.counts[status]),
      );
      await page.locator(`#e-regency [data-field="${status}"]`).waitFor();
      expect(await text(page, `#e-regency [data-field="${status}"]`)).toBe(fmt('id', s.regency.counts[status]));
    }
    for (const [id, area, locale] of [
      ['f-regency', s.regency, 'id'],
      ['f-national', s.national, 'id'],
    ] as const) {
      const f = area.figure;
      if (!f) throw new Error(`${id}: the oracle has no figure`);
      const shown = (await inFrame(page, id, '[data-field="figure"]').textContent()) ?? '';
      for (const n of [f.target, f.realization]) if (n !== null) expect(shown, id).toContain(fmt(locale, n));
      // A percent shows only when it is the realization over the target shown (sums over several reports with and
      // without targets show the two sums alone; the API's percent counts only the reports that give both).
      const ownPercent = f.target && f.realization !== null ? Math.round((f.realization * 1000) / f.target) / 10 : null;
      if (f.percent !== null && ownPercent === f.percent) expect(shown, id).toContain(`(${fmt(locale, f.percent)}%)`);
      else expect(shown, id).not.toContain('%');
      expect(await inFrame(page, id, '.bw-figure').getAttribute('data-year')).toBe(String(f.year));
    }
    const figure = stats.data.figures.find(
      (x: any) => x.indicator.id === 'desa-bersinar-formed' && x.year === s.regency.figure?.year,
    );
    expect(await text(page, '#e-regency [data-field="figure"]')).toContain(`(${fmt('id', figure.percentOfTarget)}%)`);
    expect(figure.percentOfTarget).toBe(s.regency.figure?.percent);
    // The village: its status in words, and the same from the element and the badge.
    const village = (await api(`/api/v1/reference/villages/${s.village.code}`)).data;
    expect(village.program.status).toBe(s.village.status);
    expect(await inFrame(page, 'f-village', '[data-field="status"]').getAttribute('data-status')).toBe(
      s.village.status,
    );
    expect(await inFrame(page, 'f-village', '[data-field="status"]').textContent()).toContain(
      String(s.village.year ?? s.village.yearBefore),
    );
    await page.locator('#e-village [data-field="status"]').waitFor();
    expect(await page.locator('#e-village [data-field="status"]').getAttribute('data-status')).toBe(s.village.status);
    expect(await inFrame(page, 'f-outside', '[data-field="status"]').getAttribute('data-status')).toBe('none');
    // The map: every official village of the regency counted, by status.
    const legend = await page.frameLocator('#f-map').locator('[data-count]').allTextContents();
    expect(legend.join(' | ')).toContain(fmt('id', s.regency.counts.formed));
    expect(legend.join(' | ')).toContain(
      fmt('id', s.officialVillages - s.regency.counts.formed - s.regency.counts.target - s.regency.counts.proposed),
    );
    // Each widget links back to its page and shows the data date (the API's syncedAt).
    expect(await inFrame(page, 'f-regency', '.bw-title a').getAttribute('href')).toBe(`/kabupaten/${s.regency.slug}/`);
    expect(await inFrame(page, 'f-regency', '.bw-foot').textContent()).toContain(fmtDay('id', stats.meta.syncedAt));
    expect(await page.locator('#e-regency .bw-title a').getAttribute('href')).toBe(
      `${server.origin}/kabupaten/${s.regency.slug}/`,
    );
    // Badges load cross-origin as images.
    for (const id of ['b-village', 'b-regency', 'b-outside']) {
      expect(
        await page.locator(`#${id} img`).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
        id,
      ).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await screenshot(page, 'partner-page');
    await page.close();
  });

  it('each iframe is as tall as its content (no inner scroll bar), also after the host narrows', async () => {
    const { page } = await open('/widgets', widgetsPage());
    for (const width of [1000, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const id of ['f-regency', 'f-national', 'f-village', 'f-outside', 'f-map', 'f-dark']) {
        // Chromium does not lay out cross-origin frames off screen: a frame re-measures once it is in view.
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await expect
          .poll(
            async () => {
              const frameBox = await page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
              const content = await page
                .frameLocator(`#${id}`)
                .locator('html')
                .evaluate((html) => ({
                  height: html.getBoundingClientRect().height,
                  scroll: html.scrollHeight,
                  inner: window.innerHeight,
                }));
              const fits = Math.abs(frameBox - content.height) <= 1 && content.scroll <= content.inner;
              return fits ? 'fits' : `frame ${frameBox}, content ${JSON.stringify(content)}`;
            },
            { message: `${id} at ${width} px`, timeout: 5000 },
          )
          .toBe('fits');
      }
    }
    await page.close();
  });

  it('the heights snippets and oEmbed give before a widget reports its own are enough at 480 px', async () => {
    const outlines = (await api(`/embed/geo/${s.regency.code.slice(0, 2)}.json`)) as unknown as {
      regencies: Record<string, { width: number; height: number }>;
    };
    // Without the geo folder there is no outline: the box fits the villages and oEmbed assumes the tallest one.
    const outline = outlines.regencies[s.regency.code] ?? { width: MAP_WIDTH, height: MAP_HEIGHTS[1] };
    const slack = outlines.regencies[s.regency.code] ? 120 : 120 + (MAP_HEIGHTS[1] - MAP_HEIGHTS[0]) * 1.5;
    const widgets: [string, Parameters<typeof estimateHeight>, string][] = [
      [`/embed/angka/?area=${s.regency.code}`, ['angka', 'full', 480], 'a'],
      [`/embed/angka/?area=${s.regency.code}&view=compact&lang=en`, ['angka', 'compact', 480], 'b'],
      [`/embed/desa/?area=${s.village.code}`, ['desa', 'full', 480], 'c'],
      [`/embed/desa/?area=${s.outside.code}&view=compact`, ['desa', 'compact', 480], 'd'],
      [`/embed/peta/?area=${s.regency.code}`, ['peta', 'full', 480, outline.height / outline.width], 'e'],
    ];
    const html = hostHtml(
      'Mitra',
      widgets
        .map(
          ([src, , id]) =>
            `<div><iframe id="${id}" src="${server.origin}${src}" title="${id}" width="480" height="100" frameborder="0"></iframe></div>`,
        )
        .join(''),
    );
    const { page } = await open('/heights', html);
    await page.setViewportSize({ width: 600, height: 3000 });
    for (const [src, args, id] of widgets) {
      const measured = await page
        .frameLocator(`#${id}`)
        .locator('html')
        .evaluate((e) => e.getBoundingClientRect().height);
      console.log(`height of ${src} at 480 px: ${measured}, estimate ${estimateHeight(...args)}`);
      expect(estimateHeight(...args), src).toBeGreaterThanOrEqual(Math.ceil(measured));
      expect(estimateHeight(...args) - measured, src).toBeLessThan(slack);
    }
    await page.close();
  });

  it('the dark theme applies, in an iframe and in the element, and `auto` follows the reader', async () => {
    const tokens = await readFile('src/styles/tokens.css', 'utf8');
    const dark = darkToken(tokens, '--color-bg');
    const { page } = await open('/widgets', widgetsPage());
    const background = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background(page.frameLocator('#f-dark').locator('.bw'))).toBe(dark);
    expect(await background(page.frameLocator('#f-regency').locator('.bw'))).not.toBe(dark);
    await page.locator('#e-village .bw').waitFor();
    expect(await background(page.locator('#e-village .bw'))).toBe(dark);
    expect(await background(page.locator('#e-regency .bw'))).not.toBe(dark);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${host.origin}/widgets`, { waitUntil: 'networkidle' });
    await page.locator('#e-regency .bw[data-widget]').waitFor();
    expect(await background(page.locator('#e-regency .bw'))).toBe(dark);
    await screenshot(page, 'partner-page-dark');
    await page.close();
  });

  it('the script works under a strict CSP on the host page (no unsafe-inline, no eval)', async () => {
    const o = server.origin;
    const csp = `default-src 'none'; script-src ${o}; style-src 'self'; connect-src ${o}; img-src ${o}; frame-src ${o}; base-uri 'none'; require-trusted-types-for 'script'`;
    const { page, problems } = await open('/strict', widgetsPage(), { 'Content-Security-Policy': csp }, async (p) => {
      await p.addInitScript(() => {
        (window as any).violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as any).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
    });
    await page.locator('#e-regency [data-field="formed"]').waitFor();
    expect(await text(page, '#e-regency [data-field="formed"]')).toBe(fmt('id', s.regency.counts.formed));
    await page.locator('#e-village [data-field="status"]').waitFor();
    // The shadow root's constructed stylesheet applied (a strict style-src does not block it).
    expect(await page.locator('#e-regency .bw').evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
    expect(problems).toEqual([]);
    // The frames were sized under it too.
    expect(await page.locator('#f-regency').evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
    await page.close();
  });

  it('axe finds nothing inside the widgets, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await open('/widgets', widgetsPage(), undefined, (p) => p.emulateMedia({ colorScheme: scheme }));
      await page.locator('#e-village [data-field="status"]').waitFor();
      const { violations, passes } = await new AxeBuilder({ page }).include('.widgets').withTags(TAGS).analyze();
      expect(
        violations.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
      ).toEqual([]);
      // It did look inside: nodes within the cross-origin frames and within the element's shadow root passed.
      const targets = passes.flatMap((p) => p.nodes.map((n) => JSON.stringify(n.target)));
      expect(targets.some((t) => t.startsWith('["#f-map",'))).toBe(true);
      expect(targets.some((t) => t.startsWith('[["#e-regency",'))).toBe(true);
      await page.close();
    }
  });

  it('when the API is down or slow, the element keeps the figures it was built with and says so', async () => {
    const asOf = '2026-01-31';
    const html = hostHtml(
      'Mitra',
      `<bersinar-stats id="down" area="${s.regency.code}" data-as-of="${asOf}"><a href="${server.origin}/">Angka saat dipasang: 5</a></bersinar-stats>
       <bersinar-stats id="slow" area="${s.village.code}" lang="en" timeout="400" data-as-of="${asOf}"><a href="${server.origin}/">As built</a></bersinar-stats>
       <bersinar-stats id="bare" area="${s.regency.code}"></bersinar-stats>
       <bersinar-stats id="bad" area="${s.regency.code}" theme="blue" year="20"></bersinar-stats>${script()}`,
    );
    const { page, problems } = await open('/down', html, undefined, async (p) => {
      await p.route(`${server.origin}/api/v1/stats**`, (route) => route.abort('failed'));
      await p.route(`${server.origin}/api/v1/reference/**`, async (route) => {
        await new Promise((r) => setTimeout(r, 3000));
        await route.continue().catch(() => {});
      });
    });
    await page.locator('#down .bw-note').waitFor();
    expect(await page.locator('#down > a').isVisible()).toBe(true);
    expect(await text(page, '#down .bw-note')).toContain(fmtDay('id', asOf));
    await page.locator('#slow .bw-note').waitFor({ timeout: 3000 });
    expect(await text(page, '#slow .bw-note')).toContain(fmtDay('en', asOf));
    expect(await page.locator('#slow > a').isVisible()).toBe(true);
    // Without fallback content: a message and a link, never a blank box.
    await page.locator('#bare .bw-note').waitFor();
    expect(await page.locator('#bare a').getAttribute('href')).toContain(server.origin);
    // A bad option: a readable message inside the widget.
    const bad = await text(page, '#bad .bw-message');
    expect(bad).toContain('theme');
    expect(bad).toContain('blue');
    expect(bad).toContain('year');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a bad option or an unknown area gives a readable message inside the iframe', async () => {
    const html = hostHtml(
      'Mitra',
      `${frame('/embed/angka/?year=19&theme=blue', 'bad', 'bad')}${frame('/embed/peta/?area=99.99', 'unknown', 'unknown')}${script()}`,
    );
    const { page } = await open('/bad', html);
    expect(await inFrame(page, 'bad', '.bw-message').textContent()).toMatch(/year.*19/s);
    expect(await inFrame(page, 'bad', '[data-option="theme"]').textContent()).toContain('blue');
    expect(await inFrame(page, 'unknown', '.bw-message').textContent()).toContain('99.99');
    await page.close();
  });

  it('only embed pages may be framed: a site page is blocked in a cross-origin frame', async () => {
    const html = hostHtml(
      'Mitra',
      `${frame(`/kabupaten/${s.regency.slug}/`, 'site page', 'blocked')}${frame(`/embed/angka/?area=${s.regency.code}`, 'embed', 'allowed')}`,
    );
    const { page } = await open('/framing', html);
    // Chromium shows its error page in place of a frame its CSP refused.
    const urls = page.frames().map((f) => f.url());
    expect(urls).toContain('chrome-error://chromewebdata/');
    expect(urls.some((u) => u.includes(`/kabupaten/${s.regency.slug}/`))).toBe(false);
    expect(await inFrame(page, 'allowed', '[data-field="formed"]').textContent()).toBe(
      fmt('id', s.regency.counts.formed),
    );
    await page.close();
  });
});
