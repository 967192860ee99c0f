/**
 * The partner's page of the browser tests: every way of embedding on one page of another origin, opening a host
 * page with problems collected, and screenshots with every cross-origin frame painted.
 */
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { scenario } from './expected.ts';
import { hostHtml, type startHost } from './host.ts';

export const SHOTS = '/tmp/embed-shots';

type Scenario = ReturnType<typeof scenario>;
type Host = Awaited<ReturnType<typeof startHost>>;

/** Markup of one iframe widget of the site (`origin`). */
export const frame = (origin: string, src: string, title: string, id: string) =>
  `<iframe id="${id}" src="${origin}${src}" title="${title}" width="100%" height="120" frameborder="0"></iframe>`;
export const script = (origin: string) => `<script src="${origin}/embed.js" async></script>`;

/** Every widget every way: iframes, elements, badges, and embed.js to size the frames. */
export function widgetsPage(origin: string, s: Scenario) {
  const { regency, village, outside } = s;
  const f = (src: string, title: string, id: string) => frame(origin, src, title, id);
  return hostHtml(
    'Mitra',
    `<h1>Situs mitra</h1><div class="widgets">
      ${f(`/embed/angka/?area=${regency.code}`, 'angka', 'f-regency')}
      ${f('/embed/angka/', 'nasional', 'f-national')}
      ${f(`/embed/angka/?area=${s.province.code}&lang=en`, 'province', 'f-province')}
      ${f(`/embed/desa/?area=${village.code}`, 'desa', 'f-village')}
      ${f(`/embed/desa/?area=${outside.code}&lang=en&view=compact`, 'outside', 'f-outside')}
      ${f(`/embed/peta/?area=${regency.code}`, 'peta', 'f-map')}
      ${f(`/embed/angka/?area=${regency.code}&theme=dark&view=compact`, 'dark', 'f-dark')}
      <bersinar-stats id="e-regency" area="${regency.code}"><a href="${origin}/">fallback</a></bersinar-stats>
      <bersinar-stats id="e-village" area="${village.code}" lang="en" theme="dark"></bersinar-stats>
      <p><a id="b-village" href="${origin}/desa/${village.code}/"><img src="${origin}/badge/desa/${village.code}.svg" alt="badge" height="20"></a>
      <a id="b-regency" href="${origin}/"><img src="${origin}/badge/kabupaten/${regency.code}.svg?lang=en" alt="badge" height="20"></a>
      <a id="b-outside" href="${origin}/"><img src="${origin}/badge/desa/${outside.code}.svg" alt="badge" height="20"></a></p>
    </div>${script(origin)}`,
  );
}

/**
 * Puts a page on the host and opens it; `problems` collects page errors and console errors or warnings — but not
 * the browser's own log of a failed request ("Failed to load resource"), which no script can prevent.
 */
export async function openOnHost(
  browser: BrowserContext,
  host: Host,
  path: string,
  html: string,
  headers?: Record<string, string>,
  prepare?: (page: Page) => Promise<void>,
) {
  host.put(path, { html, headers });
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    if (['error', 'warning'].includes(m.type()) && !m.text().startsWith('Failed to load resource')) {
      problems.push(m.text());
    }
  });
  await prepare?.(page);
  await page.goto(`${host.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

/**
 * A screenshot of the whole host page with every frame painted: Chromium does not paint cross-origin frames
 * outside the viewport, so the viewport is made as tall as the page first.
 */
export async function screenshot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 900, height: 800 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 900, height });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}
