/**
 * Embeds over HTTP, as the built Worker serves them: who may frame or hot-link what (both sides), caching,
 * oEmbed against the spec's required fields, a badge for any official village, and the size budgets.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenario } from '../embed/expected.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readOfficial, readOracle } from '../helpers/oracle.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const official = readOfficial();
const s = scenario(readOracle(), official);
const CACHE = 'public, max-age=60, stale-while-revalidate=86400';

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers });
const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([n, ...v]) => [n, v]),
  );
const widgetPaths = () => [
  `/embed/angka/?area=${s.regency.code}`,
  '/embed/angka/?lang=en&theme=dark',
  `/embed/angka/?area=${s.province.code}&view=compact`,
  `/embed/peta/?area=${s.regency.code}&lang=en`,
  `/embed/desa/?area=${s.village.code}`,
  `/embed/desa/?area=${s.outside.code}&lang=en`,
];

describe('who may frame and hot-link what', () => {
  it('iframe widgets (and their error pages): any site may frame them; the CSP is otherwise the site’s', async () => {
    for (const path of [...widgetPaths(), '/embed/angka/?year=19', '/embed/peta/?area=99.99']) {
      const response = await get(path);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), path).toEqual(['*']);
      expect(response.headers.get('x-frame-options'), path).toBeNull();
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      const html = await response.text();
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))).toString(
        'base64',
      );
      expect(csp.get('style-src'), path).toEqual(["'self'", `'sha256-${digest}'`]);
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });

  it('every other page keeps frame-ancestors none and X-Frame-Options DENY', async () => {
    for (const path of [
      `/kabupaten/${s.regency.slug}/`,
      `/desa/${s.village.code}/`,
      '/data/',
      '/en/peta/',
      '/embed/nope/',
      '/embed/geo/61.json',
    ]) {
      const response = await get(path);
      expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors'), path).toEqual([
        "'none'",
      ]);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('badges and embed.js may be loaded by any site; badges run nothing', async () => {
    const badge = await get(`/badge/desa/${s.village.code}.svg`);
    expect(badge.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(badge.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(badge.headers.get('x-content-type-options')).toBe('nosniff');
    expect(directives(badge.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
    const script = await get('/embed.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript; charset=utf-8/);
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(script.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(script.headers.get('etag')).toBeTruthy();
  });
});

describe('caching', () => {
  it('widget pages, badges and oEmbed: ETag, the API’s Cache-Control, 304 on If-None-Match', async () => {
    const page = encodeURIComponent(`${server.origin}/kabupaten/${s.regency.slug}/`);
    for (const path of [
      ...widgetPaths(),
      `/badge/desa/${s.village.code}.svg?lang=en`,
      `/badge/kabupaten/${s.regency.code}.svg`,
      `/oembed?url=${page}&format=json`,
    ]) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      expect(first.headers.get('cache-control'), path).toBe(CACHE);
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^"[^"]+"$/);
      const again = await get(path, { 'If-None-Match': etag ?? '' });
      expect(again.status, path).toBe(304);
    }
    expect((await get('/embed/angka/?year=19')).headers.get('cache-control')).toBe('public, max-age=60');
  });
});

describe('oEmbed', () => {
  const oembed = (url: string, extra = '') => get(`/oembed?url=${encodeURIComponent(url)}&format=json${extra}`);

  it('answers rich with the spec’s required fields for every embeddable page, in both languages', async () => {
    const o = server.origin;
    const pages: [string, string][] = [
      [`${o}/kabupaten/${s.regency.slug}/`, `/embed/angka/?area=${s.regency.code}`],
      [`${o}/en/kabupaten/${s.regency.slug}/`, `/embed/angka/?area=${s.regency.code}&amp;lang=en`],
      [`${o}/desa/${s.village.code}/`, `/embed/desa/?area=${s.village.code}`],
      [`${o}/en/desa/${s.outside.code}/`, `/embed/desa/?area=${s.outside.code}&amp;lang=en`],
      [`${o}/peta/?regency=${s.regency.code}&layer=desa-bersinar-formed`, `/embed/peta/?area=${s.regency.code}`],
      [`${o}/en/peta/?province=${s.province.code}`, `/embed/angka/?area=${s.province.code}&amp;lang=en`],
      [`${o}/data/`, '/embed/angka/"'],
      [
        `${o}/embed/angka/?area=${s.regency.code}&view=compact`,
        `/embed/angka/?area=${s.regency.code}&amp;view=compact`,
      ],
    ];
    for (const [url, src] of pages) {
      const response = await oembed(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(/^application\/json/);
      const body = (await response.json()) as Record<string, any>;
      // oEmbed 1.0 §2.3.4: type and version always; html, width and height for `rich`.
      expect(body.type, url).toBe('rich');
      expect(body.version, url).toBe('1.0');
      expect(typeof body.html, url).toBe('string');
      expect(body.html, url).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="\d+" height="\d+"[^>]*><\/iframe>$/);
      expect(body.html, url).toContain(`src="${o}${src}`);
      expect(Number.isInteger(body.width) && body.width > 0, url).toBe(true);
      expect(Number.isInteger(body.height) && body.height > 0, url).toBe(true);
      expect(body.html, url).toContain(`width="${body.width}" height="${body.height}"`);
      expect(body.provider_name, url).toBe('Atlas Desa Bersinar');
      expect(body.provider_url, url).toBe(`${o}/`);
      expect(typeof body.title, url).toBe('string');
      expect(body.cache_age, url).toBeGreaterThan(0);
    }
  });

  it('keeps within maxwidth and maxheight', async () => {
    const url = `${server.origin}/kabupaten/${s.regency.slug}/`;
    const narrow = (await (await oembed(url, '&maxwidth=300')).json()) as Record<string, any>;
    expect(narrow.width).toBeLessThanOrEqual(300);
    const low = (await (await oembed(url, '&maxwidth=600&maxheight=150')).json()) as Record<string, any>;
    expect(low.height).toBeLessThanOrEqual(150);
    expect(low.html).toContain('view=compact');
  });

  it('404 problem for foreign or unknown URLs, 501 for XML, 400 for a missing or bad parameter', async () => {
    for (const url of [
      'https://evil.example/kabupaten/sanggau/',
      `${server.origin}/kabupaten/tidak-ada/`,
      `${server.origin}/desa/99.99.99.9999/`,
      `${server.origin}/berita/`,
    ]) {
      const response = await oembed(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-type'), url).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as Record<string, any>;
      for (const field of ['type', 'title', 'status', 'detail', 'instance']) expect(problem, url).toHaveProperty(field);
      expect(problem.status).toBe(404);
    }
    const xml = await get(`/oembed?url=${encodeURIComponent(`${server.origin}/`)}&format=xml`);
    expect(xml.status).toBe(501);
    expect(((await xml.json()) as Record<string, any>).invalidParams[0].name).toBe('format');
    expect((await get('/oembed')).status).toBe(400);
    expect((await get(`/oembed?url=${encodeURIComponent(`${server.origin}/`)}&maxwidth=wide`)).status).toBe(400);
  });

  it('every embeddable page announces it with a discovery link to its own address', async () => {
    for (const path of [
      `/kabupaten/${s.regency.slug}/`,
      `/en/kabupaten/${s.regency.slug}/`,
      `/desa/${s.village.code}/`,
      '/data/',
      '/en/peta/',
    ]) {
      const html = await (await get(path)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/
        .exec(html)?.[1]
        ?.replace(/&amp;/g, '&');
      expect(link, path).toBeTruthy();
      const url = new URL(link ?? '').searchParams.get('url') ?? '';
      expect(new URL(url).pathname, path).toBe(path);
      // The link names the configured public origin; the endpoint here answers for it too.
      expect((await get(`/oembed${new URL(link ?? '').search}`)).status, path).toBe(200);
    }
  });
});

describe('badges', () => {
  it('every official village gets one: status and year in the program, "not yet recorded" outside', async () => {
    const oracle = readOracle();
    const inAtlas = new Map(oracle.villages.map((v) => [v.code, v]));
    const step = Math.floor(official.villages.length / 24);
    const sample = [
      ...official.villages.filter((_, i) => i % step === 0),
      ...oracle.villages.map((v) => ({ code: v.code })),
    ];
    for (const { code } of sample) {
      const response = await get(`/badge/desa/${code}.svg`);
      expect(response.status, code).toBe(200);
      const texts = [...(await response.text()).matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      const v = inAtlas.get(code);
      expect(texts[1], code).toBe(
        v
          ? `${{ formed: 'Terbentuk', target: 'Sasaran', proposed: 'Diusulkan' }[v.status]} ${v.year ?? `sebelum ${v.yearBefore}`}`
          : 'Belum tercatat',
      );
    }
    expect((await get(`/badge/kabupaten/${s.regency.code}.svg?lang=en`)).status).toBe(200);
    expect((await get('/badge/desa/99.99.99.9999.svg')).status).toBe(404);
    expect((await get(`/badge/desa/${s.village.code}.svg?lang=fr`)).status).toBe(400);
  });
});

describe('sizes', () => {
  const gzip = (bytes: Uint8Array) => gzipSync(bytes).length;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

  it('embed.js ≤ 6 KB gzip; each iframe page ≤ 30 KB gzip in total; badges small', async () => {
    const script = new Uint8Array(await (await get('/embed.js')).arrayBuffer());
    console.log(`embed.js: ${kb(script.length)} raw, ${kb(gzip(script))} gzip`);
    expect(gzip(script)).toBeLessThanOrEqual(6 * 1024);
    const browser = await launchBrowser();
    try {
      for (const path of widgetPaths()) {
        const page = await browser.newPage();
        const bodies: Promise<number>[] = [];
        page.on('response', (r) =>
          bodies.push(
            r.body().then(
              (b) => gzip(b),
              () => 0,
            ),
          ),
        );
        await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        const sizes = await Promise.all(bodies);
        const total = sizes.reduce((a, b) => a + b, 0);
        console.log(`${path}: ${sizes.length} requests, ${kb(total)} gzip`);
        expect(total, path).toBeLessThanOrEqual(30 * 1024);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    for (const path of [`/badge/desa/${s.village.code}.svg`, `/badge/kabupaten/${s.regency.code}.svg`]) {
      const badge = new Uint8Array(await (await get(path)).arrayBuffer());
      console.log(`${path}: ${badge.length} B raw, ${gzip(badge)} B gzip`);
      expect(badge.length).toBeLessThan(2048);
    }
  });
});
