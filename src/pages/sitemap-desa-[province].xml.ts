/** A sitemap of one province's official villages (pages rendered on demand), in both languages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReference } from '../content-model/reference.ts';
import { LOCALES, localizePath } from '../i18n/index.ts';
import { paths } from '../lib/paths.ts';

export const prerender = true;

export const getStaticPaths = (async () =>
  [...(await loadReference()).provinces.keys()].map((province) => ({ params: { province } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const origin = site ?? url;
  const prefix = `${params.province}.`;
  const codes = [...(await loadReference()).villages.keys()].filter((code) => code.startsWith(prefix));
  const href = (locale: (typeof LOCALES)[number], code: string) =>
    new URL(localizePath(locale, paths.village(code)), origin).href;
  const urls = codes.map((code) => {
    const alternates = LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${href(l, code)}"/>`).join(
      '',
    );
    return LOCALES.map((l) => `<url><loc>${href(l, code)}</loc>${alternates}</url>`).join('\n');
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
