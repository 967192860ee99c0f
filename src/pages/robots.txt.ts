/** robots.txt: everything may be crawled but the CMS screen and search results; where the sitemaps are. */
import type { APIRoute } from 'astro';

export const prerender = true;

export const GET: APIRoute = ({ site, url }) =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /admin/',
      'Disallow: /api/',
      'Disallow: /cari-desa/?',
      'Disallow: /en/cari-desa/?',
      '',
      `Sitemap: ${new URL('/sitemap-index.xml', site ?? url).href}`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
