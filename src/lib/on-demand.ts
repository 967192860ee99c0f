/**
 * What every page the Worker renders from D1 does the same way: the locale from the `[...lang]` segment (anything
 * but nothing or `en` is a 404), one D1 call, the ETag and 304, 404 when the thing does not exist, and 503 with
 * Retry-After (never a crash) when the database cannot be read.
 */
import { env } from 'cloudflare:workers';
import type { AstroGlobal } from 'astro';
import { DB_RETRY_AFTER_SECONDS, guardDatabase } from '../../functions/lib/database.ts';
import type { DataVersion } from '../../functions/v1/meta/queries.ts';
import type { Locale } from '../i18n/index.ts';
import { cacheHeaders, ERROR_CACHE_CONTROL, notModified, pageEtag } from './page-cache.ts';

export interface Loaded<T> {
  dataVersion: DataVersion | null;
  value: T | null;
}
export interface OnDemandPage<T> {
  locale: Locale;
  value: T | null;
  /** The database could not be read (the page shows a 503 message). */
  failed: boolean;
}

/** @example const page = await onDemand(Astro, (db) => loadThing(db, code)); if (page instanceof Response) return page; */
export async function onDemand<T>(
  astro: AstroGlobal,
  load: (db: D1Database) => Promise<Loaded<T>>,
): Promise<OnDemandPage<T> | Response> {
  const { lang } = astro.params;
  if (lang !== undefined && lang !== 'en') return astro.rewrite('/404');
  const locale: Locale = lang === 'en' ? 'en' : 'id';
  const headers = astro.response.headers;
  try {
    const { dataVersion, value } = await load(guardDatabase((env as unknown as { DB: D1Database }).DB));
    if (!dataVersion) throw new Error('the database has not been synced');
    const etag = pageEtag(dataVersion.version, locale);
    if (value === null) {
      astro.response.status = 404;
      headers.set('Cache-Control', 'public, max-age=60');
      return { locale, value, failed: false };
    }
    if (notModified(astro.request, etag)) return new Response(null, { status: 304, headers: cacheHeaders(etag) });
    for (const [name, v] of Object.entries(cacheHeaders(etag))) headers.set(name, v);
    return { locale, value, failed: false };
  } catch (error) {
    console.error(`${astro.url.pathname}: D1 unavailable`, error);
    astro.response.status = 503;
    headers.set('Retry-After', String(DB_RETRY_AFTER_SECONDS));
    headers.set('Cache-Control', ERROR_CACHE_CONTROL);
    return { locale, value: null, failed: true };
  }
}
