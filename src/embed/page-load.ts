/**
 * What every iframe widget page does the same way (like src/lib/on-demand.ts for the site's pages, but the locale
 * comes from `lang=`): parse the options, one D1 round trip, ETag/304 and the API's Cache-Control; a bad option
 * (400), an unknown area (404) or an unreadable database (503) still renders a small readable widget, never a
 * broken frame. D1 calls go through the same guard (timeout) as the API's.
 */
import { env } from 'cloudflare:workers';
import type { AstroGlobal } from 'astro';
import { DB_RETRY_AFTER_SECONDS, guardDatabase } from '../../functions/lib/database.ts';
import type { DataVersion } from '../../functions/v1/meta/queries.ts';
import { cacheHeaders, ERROR_CACHE_CONTROL, notModified, pageEtag } from '../lib/page-cache.ts';
import { type EmbedOptions, type OptionProblem, parseOptions, type Widget } from './options.ts';

export interface Loaded<T> {
  dataVersion: DataVersion | null;
  value: T | null;
  /** Options that only the data can judge (an indicator not in the catalogue). */
  problems?: OptionProblem[];
}

export type EmbedPage<T> =
  | { state: 'ok'; options: EmbedOptions; value: T; dataVersion: DataVersion }
  | { state: 'invalid'; options: EmbedOptions; problems: OptionProblem[] }
  | { state: 'not-found' | 'unavailable'; options: EmbedOptions };

/** @example const page = await loadEmbed(Astro, 'desa', (db, o) => getEmbedVillage(db, o.area)); */
export async function loadEmbed<T>(
  astro: AstroGlobal,
  widget: Widget,
  load: (db: D1Database, options: EmbedOptions) => Promise<Loaded<T>>,
): Promise<EmbedPage<T> | Response> {
  const { options, problems } = parseOptions(widget, (name) => astro.url.searchParams.get(name));
  const headers = astro.response.headers;
  const fail = (status: number) => {
    astro.response.status = status;
    headers.set('Cache-Control', status >= 500 ? ERROR_CACHE_CONTROL : 'public, max-age=60');
    if (status === 503) headers.set('Retry-After', String(DB_RETRY_AFTER_SECONDS));
  };
  if (problems.length > 0) {
    fail(400);
    return { state: 'invalid', options, problems };
  }
  try {
    const loaded = await load(guardDatabase((env as unknown as { DB: D1Database }).DB), options);
    if (!loaded.dataVersion) throw new Error('the database has not been synced');
    if (loaded.problems?.length) {
      fail(400);
      return { state: 'invalid', options, problems: loaded.problems };
    }
    if (loaded.value === null) {
      fail(404);
      return { state: 'not-found', options };
    }
    const etag = pageEtag(loaded.dataVersion.version, options.lang);
    if (notModified(astro.request, etag)) return new Response(null, { status: 304, headers: cacheHeaders(etag) });
    for (const [name, value] of Object.entries(cacheHeaders(etag))) headers.set(name, value);
    return { state: 'ok', options, value: loaded.value, dataVersion: loaded.dataVersion };
  } catch (error) {
    console.error(`${astro.url.pathname}: D1 unavailable`, error);
    fail(503);
    return { state: 'unavailable', options };
  }
}
