// @ts-check
import cloudflare from '@astrojs/cloudflare';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { getProvinces } from 'idn-area-data';
import { pagefind } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

// Pages are prerendered (static, zero JS) except the few the Worker renders on demand: every /api/* request
// (src/pages/api/[...path].ts hands it to the Hono app in functions/), village pages and "find a village".
// See docs/architecture.md for why.

// Tests and benchmarks build into their own folder (ATLAS_BUILD_DIR, e.g. .build/test) with their own cache, so
// they never rewrite dist/ under a running `npm start` (wrangler dev serves dist/client as it was when it started).
const buildDir = process.env.ATLAS_BUILD_DIR;
// Part of the ETag of pages the Worker renders on demand: a new build may change their markup.
const buildId = Date.now().toString(36);
// The public origin, for canonical links, hreflang alternates, feeds and sitemaps. `npm run deploy` requires it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:8787';
// Village pages are rendered on demand, so their sitemaps (one per province) are static files of their own.
const villageSitemaps = (await getProvinces()).map((p) => new URL(`/sitemap-desa-${p.code}.xml`, site).href);

export default defineConfig({
  site,
  output: 'static',
  ...(buildDir ? { outDir: buildDir, cacheDir: `${buildDir}-cache` } : {}),
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough', prerenderEnvironment: 'node' }),
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en-GB' } },
      filter: (page) => !/\/(admin|cari|404)\//.test(new URL(page).pathname),
      customSitemaps: villageSitemaps,
    }),
    pagefind(),
    securityHeaders(),
  ],
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    define: { __BUILD_ID__: JSON.stringify(buildId) },
    // Never inline scripts into pages: the CSP allows scripts from this origin only (`script-src 'self'`).
    build: { assetsInlineLimit: 0 },
  },
  // No forms or actions: the only non-page route is the read-only API, which answers other methods itself
  // with a 405 problem (Astro's origin check would answer a bare 403 text instead).
  security: { checkOrigin: false },
});
