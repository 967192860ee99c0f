/**
 * The badge routes' common answer: `?lang=id|en`, one D1 round trip through the API's guard, ETag/304 and the
 * API's Cache-Control (a badge on a busy village site costs one conditional request a minute per reader at most),
 * `image/svg+xml` with its own CSP and CORP cross-origin. Errors are badges too (a broken image says nothing).
 */
import { env } from 'cloudflare:workers';
import { DB_RETRY_AFTER_SECONDS, guardDatabase } from '../../../functions/lib/database.ts';
import type { DataVersion } from '../../../functions/v1/meta/queries.ts';
import { cacheHeaders, ERROR_CACHE_CONTROL, notModified, pageEtag } from '../../lib/page-cache.ts';
import { BADGE_HEADERS } from '../../lib/security-headers.ts';
import type { Tr } from '../format.ts';
import { embedT } from '../i18n.ts';
import type { EmbedLocale } from '../options.ts';
import { BADGE_COLORS } from './colors.ts';
import { errorBadge } from './content.ts';
import { type Badge, renderBadge } from './svg.ts';

type Load = (
  db: D1Database,
  t: Tr,
  lang: EmbedLocale,
) => Promise<{ dataVersion: DataVersion | null; badge: Badge | null }>;

const svg = (badge: Badge, status: number, headers: Record<string, string>) =>
  new Response(renderBadge(badge, BADGE_COLORS), {
    status,
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', ...BADGE_HEADERS, ...headers },
  });

/** @example return badgeResponse(request, valid ? (db, t, lang) => … : null) */
export async function badgeResponse(request: Request, load: Load | null): Promise<Response> {
  const langParam = new URL(request.url).searchParams.get('lang');
  const lang: EmbedLocale = langParam === 'en' ? 'en' : 'id';
  const t = embedT(lang);
  const errorHeaders = { 'Cache-Control': 'public, max-age=60' };
  if (langParam !== null && langParam !== 'id' && langParam !== 'en') {
    return svg(errorBadge(t('embed.badge.invalid'), t, lang), 400, errorHeaders);
  }
  if (!load) return svg(errorBadge(t('embed.badge.unknown'), t, lang), 404, errorHeaders);
  try {
    const { dataVersion, badge } = await load(guardDatabase((env as unknown as { DB: D1Database }).DB), t, lang);
    if (!dataVersion) throw new Error('the database has not been synced');
    if (!badge) return svg(errorBadge(t('embed.badge.unknown'), t, lang), 404, errorHeaders);
    const etag = pageEtag(dataVersion.version, `badge-${lang}`);
    if (notModified(request, etag)) return new Response(null, { status: 304, headers: cacheHeaders(etag) });
    return svg(badge, 200, cacheHeaders(etag));
  } catch (error) {
    console.error(`${new URL(request.url).pathname}: D1 unavailable`, error);
    return svg(errorBadge(t('embed.badge.unavailable'), t, lang), 503, {
      'Cache-Control': ERROR_CACHE_CONTROL,
      'Retry-After': String(DB_RETRY_AFTER_SECONDS),
    });
  }
}
