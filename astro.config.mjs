// @ts-check
import cloudflare from '@astrojs/cloudflare';
import { defineConfig } from 'astro/config';

// Pages are prerendered (static, zero JS); the only on-demand route is src/pages/api/[...path].ts, which hands
// every /api/* request to the Hono app in functions/. See docs/architecture.md for why.
// Tests and benchmarks build into their own folder (ATLAS_BUILD_DIR, e.g. .build/test) with their own cache, so
// they never rewrite dist/ under a running `npm start` (wrangler dev serves dist/client as it was when it started).
const buildDir = process.env.ATLAS_BUILD_DIR;

export default defineConfig({
  output: 'static',
  ...(buildDir ? { outDir: buildDir, cacheDir: `${buildDir}-cache` } : {}),
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough', prerenderEnvironment: 'node' }),
  i18n: { locales: ['id', 'en'], defaultLocale: 'id', routing: { prefixDefaultLocale: false } },
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // No forms or actions: the only non-page route is the read-only API, which answers other methods itself
  // with a 405 problem (Astro's origin check would answer a bare 403 text instead).
  security: { checkOrigin: false },
});
