/**
 * HTTP caching of the pages the Worker renders on demand, like the API's: a strong ETag from the data version and
 * the build (a new deploy changes the markup even when the data did not), `If-None-Match` → 304, and the API's
 * Cache-Control.
 */
import { CACHE_CONTROL } from '../../functions/lib/http.ts';

declare const __BUILD_ID__: string;
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';

export const pageEtag = (dataVersion: string, locale: string) => `"${dataVersion.slice(0, 24)}-${BUILD_ID}-${locale}"`;

/** True when the request's If-None-Match lists this ETag (or `*`), weak comparison as RFC 9110 asks for GET. */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  return !!header && header.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag);
}

export function cacheHeaders(etag: string): Record<string, string> {
  return { ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Encoding' };
}

/** Errors must not be cached for long: a fixed database must show at once. */
export const ERROR_CACHE_CONTROL = 'no-store';
