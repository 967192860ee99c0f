/**
 * The embed generator on regency, village and data pages: ready-made snippets without JavaScript; with it, a live
 * preview and the code to copy — and the code it gives works when pasted on another site under a strict CSP.
 */
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fmt, scenario } from '../embed/expected.ts';
import { hostHtml, startHost } from '../embed/host.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readOfficial, readOracle } from '../helpers/oracle.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let host: Awaited<ReturnType<typeof startHost>>;
let browser: BrowserContext;
const s = scenario(readOracle(), readOfficial());

beforeAll(async () => {
  // The server first: its port is chosen before wrangler binds it, and the host's own port 0 could take it.
  server = await startServer();
  [browser, host] = await Promise.all([launchBrowser(), startHost()]);
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  server?.stop();
});

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const snippetOf = (html: string, kind: string) =>
  decode(
    new RegExp(`<pre[^>]*tabindex="0"[^>]*><code data-snippet="${kind}"[^>]*>([\\s\\S]*?)</code></pre>`).exec(
      html,
    )?.[1] ?? '',
  );

async function generator(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  // It starts when it comes into view.
  await page.locator('[data-embed-generator]').scrollIntoViewIfNeeded();
  await page.locator('[data-embed-live]').waitFor();
  return page;
}
const code = (page: Page) =>
  page
    .locator('[data-embed-code]')
    .textContent()
    .then((t) => t ?? '');
const codeWith = async (page: Page, needle: string) => {
  await expect.poll(() => code(page), { timeout: 10_000 }).toContain(needle);
  return code(page);
};

describe('embed generator', () => {
  it('without JavaScript: a ready-made iframe and badge snippet in focusable <pre> blocks', async () => {
    const regency = await (await fetch(`${server.origin}/kabupaten/${s.regency.slug}/`)).text();
    expect(snippetOf(regency, 'iframe')).toMatch(
      new RegExp(
        `^<iframe src="[^"]+/embed/angka/\\?area=${s.regency.code}" title="Desa Bersinar: ${s.regency.name}" width="100%" height="\\d+" frameborder="0" loading="lazy" data-bersinar-embed></iframe>$`,
      ),
    );
    expect(snippetOf(regency, 'badge')).toContain(
      `/badge/kabupaten/${s.regency.code}.svg" alt="${s.regency.name}: ${fmt('id', s.regency.counts.formed)} Desa Bersinar terbentuk"`,
    );
    const village = await (await fetch(`${server.origin}/en/desa/${s.village.code}/`)).text();
    expect(snippetOf(village, 'iframe')).toContain(`/embed/desa/?area=${s.village.code}&amp;lang=en"`);
    expect(snippetOf(village, 'badge')).toContain(
      `/badge/desa/${s.village.code}.svg?lang=en" alt="Desa ${s.village.name}`,
    );
    const data = await (await fetch(`${server.origin}/data/`)).text();
    expect(snippetOf(data, 'iframe')).toContain('/embed/angka/"');
    expect(snippetOf(data, 'badge')).toBe('');
    // Content pages load no script but the generator's.
    const scripts = [...regency.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const module = new Uint8Array(await (await fetch(`${server.origin}${scripts[0]}`)).arrayBuffer());
    console.log(`generator module: ${module.length} B raw, ${gzipSync(module).length} B gzip`);
    expect(gzipSync(module).length).toBeLessThanOrEqual(6 * 1024);
  });

  it('loads only its module until the reader scrolls to it', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(`${server.origin}/kabupaten/${s.regency.slug}/`, { waitUntil: 'networkidle' });
    const scripts = requests.filter((u) => /\.js(\?|$)/.test(u)).map((u) => new URL(u).pathname);
    expect(scripts.filter((p) => !/^\/_astro\/(EmbedGenerator\.|protocol\.)/.test(p))).toEqual([]);
    expect(requests.filter((u) => /\/(embed|api|badge)\//.test(u))).toEqual([]);
    await page.locator('[data-embed-generator]').scrollIntoViewIfNeeded();
    await page.locator('.embed-preview iframe').waitFor();
    await page.close();
  });

  it('with JavaScript: live preview and the code for iframe, script and badge; copy works', async () => {
    const page = await generator(`/kabupaten/${s.regency.slug}/`);
    expect(await page.locator('[data-embed-static]').isHidden()).toBe(true);
    // The iframe preview reports its height, which the snippet then carries.
    const preview = page.locator('.embed-preview iframe');
    await expect.poll(() => preview.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
    const height = Number.parseInt(await preview.evaluate((f: HTMLIFrameElement) => f.style.height), 10);
    expect(await codeWith(page, `height="${height}"`)).toContain(`/embed/angka/?area=${s.regency.code}"`);

    await page.check('input[name="as"][value="script"]');
    const script = await codeWith(page, '</bersinar-stats>');
    expect(script).toContain(`<script src="${server.origin}/embed.js" async></script>`);
    expect(script).toContain(`<bersinar-stats area="${s.regency.code}" data-as-of="`);
    expect(script).toContain(`${s.regency.name}: ${fmt('id', s.regency.counts.formed)} Desa Bersinar terbentuk`);
    await page.locator('.embed-preview bersinar-stats [data-field="formed"]').waitFor();
    await page.click('[data-embed-copy]');
    await expect.poll(() => page.locator('[data-embed-status]').textContent()).toBe('Kode disalin.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

    await page.selectOption('select[name="lang"]', 'en');
    expect(await codeWith(page, 'lang="en"')).toContain('Desa Bersinar formed');

    await page.check('input[name="as"][value="badge"]');
    const badge = await codeWith(page, '<img');
    expect(badge).toContain(
      `/badge/kabupaten/${s.regency.code}.svg?lang=en" alt="${s.regency.name}: ${fmt('en', s.regency.counts.formed)} Desa Bersinar formed"`,
    );
    await expect
      .poll(() => page.locator('.embed-preview img').evaluate((i: HTMLImageElement) => i.naturalWidth))
      .toBeGreaterThan(0);

    await page.check('input[name="as"][value="iframe"]');
    await page.selectOption('select[name="widget"]', 'peta');
    await page.selectOption('select[name="theme"]', 'dark');
    expect(await codeWith(page, '/embed/peta/')).toContain(`area=${s.regency.code}&amp;lang=en&amp;theme=dark`);
    expect(await preview.getAttribute('src')).toContain('/embed/peta/');
    await page.close();
  });

  it('the code it gives works pasted on another site under a strict CSP', async () => {
    const page = await generator(`/kabupaten/${s.regency.slug}/`);
    await page.check('input[name="as"][value="script"]');
    const script = await codeWith(page, '</bersinar-stats>');
    await page.check('input[name="as"][value="iframe"]');
    const iframe = await codeWith(page, '<iframe');
    await page.close();
    const o = server.origin;
    host.put('/pasted', {
      html: hostHtml('Mitra', `${iframe}\n${script}`),
      headers: {
        'Content-Security-Policy': `default-src 'none'; script-src ${o}; style-src 'self'; connect-src ${o}; frame-src ${o}`,
      },
    });
    const partner = await browser.newPage();
    await partner.goto(`${host.origin}/pasted`, { waitUntil: 'networkidle' });
    await partner.locator('bersinar-stats [data-field="formed"]').waitFor();
    expect(await partner.locator('bersinar-stats [data-field="formed"]').textContent()).toBe(
      fmt('id', s.regency.counts.formed),
    );
    expect(await partner.frameLocator('iframe').locator('[data-field="formed"]').textContent()).toBe(
      fmt('id', s.regency.counts.formed),
    );
    await partner.close();
  });

  it('axe finds nothing in the live generator, light and dark, phone and desktop', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await browser.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${server.origin}/kabupaten/${s.regency.slug}/`, { waitUntil: 'networkidle' });
        await page.locator('[data-embed-generator]').scrollIntoViewIfNeeded();
        await page.locator('.embed-preview iframe').waitFor();
        await page.check('input[name="as"][value="script"]');
        await page.locator('.embed-preview bersinar-stats [data-field="formed"]').waitFor();
        const { violations } = await new AxeBuilder({ page })
          .include('.embed-generator')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map((v) => `${scheme} ${width}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        ).toEqual([]);
        await page.close();
      }
    }
  });

  it('offers what fits the area: the data page’s provinces have no badge, its regencies do; English page in English', async () => {
    const page = await generator('/en/data/');
    expect(await page.locator('#embed-title').textContent()).toBe('Embed on your site');
    await page.selectOption('select[name="area"]', s.province.code);
    expect(await page.locator('input[name="as"][value="badge"]').isDisabled()).toBe(true);
    expect(await codeWith(page, `area=${s.province.code}`)).toContain('lang=en');
    await page.selectOption('select[name="area"]', s.regency.code);
    expect(await page.locator('input[name="as"][value="badge"]').isDisabled()).toBe(false);
    await page.close();
    const village = await generator(`/desa/${s.village.code}/`);
    await village.check('input[name="as"][value="badge"]');
    expect(await codeWith(village, '<img')).toContain(`alt="Desa ${s.village.name} (`);
    await village.close();
  });
});
