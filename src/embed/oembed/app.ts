/**
 * GET /oembed?url=…&format=json[&maxwidth=&maxheight=] (oEmbed 1.0, https://oembed.com): a `rich` answer whose
 * html is the iframe widget of any embeddable page of the site, in the page's language. Errors are RFC 9457
 * problems like the API's: 400 for a missing or bad parameter, 404 for a foreign or unknown URL, 501 for
 * format=xml. Cached like the API (ETag from the data version, short max-age with stale-while-revalidate).
 */
import { Hono } from 'hono';
import { DatabaseUnavailable, DB_RETRY_AFTER_SECONDS, guardDatabase } from '../../../functions/lib/database.ts';
import { ProblemError, problemResponse } from '../../../functions/lib/problem.ts';
import { cacheHeaders, notModified, pageEtag } from '../../lib/page-cache.ts';
import { embedT } from '../i18n.ts';
import { iframeSnippet } from '../snippets.ts';
import { matchPage } from './match.ts';
import { resolveTarget } from './resolve.ts';
import { DEFAULT_WIDTH, estimateHeight, MIN_WIDTH } from './sizes.ts';

type Env = { Bindings: { DB: D1Database } };

/** How long a consumer may keep the answer: the iframe shows live figures, so the snippet itself rarely changes. */
export const CACHE_AGE = 86_400;
const PROVIDER = 'Atlas Desa Bersinar';

const invalid = (name: string, reason: string, allowed?: string[]) =>
  new ProblemError(400, 'invalid-parameter', `${name} ${reason}`, [
    { name, in: 'query', reason, ...(allowed ? { allowed } : {}) },
  ]);

function dimension(value: string | undefined, name: string): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) throw invalid(name, 'must be a positive whole number of pixels');
  return Number(value);
}

/** @param site the configured public origin (SITE_URL); the request's own origin is accepted too. */
export function createOembedApp(site: string) {
  const app = new Hono<Env>();
  app.get('/oembed', async (c) => {
    const query = c.req.query();
    const { url, format = 'json' } = query;
    if (format === 'xml') {
      throw new ProblemError(501, 'not-implemented', 'Only format=json is implemented.', [
        { name: 'format', in: 'query', reason: 'is not implemented', allowed: ['json'] },
      ]);
    }
    if (format !== 'json') throw invalid('format', 'must be json', ['json']);
    if (!url) throw invalid('url', 'is required: the address of a page of this site');
    const [maxWidth, maxHeight] = [dimension(query.maxwidth, 'maxwidth'), dimension(query.maxheight, 'maxheight')];
    const requestOrigin = new URL(c.req.url).origin;
    const target = matchPage(url, [...new Set([new URL(site).origin, requestOrigin])]);
    if (!target) throw new ProblemError(404, 'not-found', `${url} is not an embeddable page of this site.`);
    const origin = new URL(url).origin;
    const t = embedT(target.options.lang);
    const { dataVersion, resolved } = await resolveTarget(guardDatabase(c.env.DB), target, t, requestOrigin);
    if (!dataVersion) throw new ProblemError(503, 'not-synced', 'The database has not been synced yet.');
    if (!resolved) throw new ProblemError(404, 'not-found', `${url} names no official area.`);
    const etag = pageEtag(dataVersion.version, `oembed-${target.options.lang}`);
    if (notModified(c.req.raw, etag)) return c.body(null, 304, cacheHeaders(etag));
    const width = Math.max(MIN_WIDTH, Math.min(maxWidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH));
    let options = resolved.options;
    let height = estimateHeight(options.widget, options.view, width, resolved.mapRatio);
    if (maxHeight !== null && height > maxHeight) {
      options = { ...options, view: 'compact' };
      height = Math.min(maxHeight, estimateHeight(options.widget, 'compact', width, resolved.mapRatio));
    }
    const title = t(`embed.frame.${options.widget}`, { name: resolved.name });
    const html = iframeSnippet(origin, options, title, height).replace('width="100%"', `width="${width}"`);
    return c.json(
      {
        type: 'rich',
        version: '1.0',
        title,
        provider_name: PROVIDER,
        provider_url: `${origin}/`,
        cache_age: CACHE_AGE,
        html,
        width,
        height,
      },
      200,
      { ...cacheHeaders(etag), 'Access-Control-Allow-Origin': '*' },
    );
  });
  app.onError((error, c) => {
    const problem =
      error instanceof ProblemError
        ? error
        : error instanceof DatabaseUnavailable
          ? new ProblemError(
              503,
              'database-unavailable',
              `The database cannot be read right now; retry in ${DB_RETRY_AFTER_SECONDS} s.`,
            )
          : new ProblemError(500, 'internal-error', 'Unexpected server error; it has been logged.');
    if (!(error instanceof ProblemError)) console.error('oembed:', error);
    const response = problemResponse(c, problem);
    response.headers.set('Access-Control-Allow-Origin', '*');
    if (problem.status === 503) response.headers.set('Retry-After', String(DB_RETRY_AFTER_SECONDS));
    if (problem.status < 500) response.headers.set('Cache-Control', 'public, max-age=60');
    return response;
  });
  return app;
}
