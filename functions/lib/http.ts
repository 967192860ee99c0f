/**
 * HTTP behaviour of the whole API, as middleware: read-only methods, request size limits, rate limiting (Workers
 * rate-limit binding), and conditional requests with a strong ETag derived from the data version.
 */
import type { MiddlewareHandler } from 'hono';
import { sha256 } from '../../src/sync/hash.ts';
import type { AppEnv } from '../bindings.ts';
import { getDataVersion } from '../v1/meta/queries.ts';
import { ProblemError, problemResponse } from './problem.ts';

export const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];
export const LIMITS = { urlLength: 2048, parameters: 16, valueLength: 512 } as const;
/** Fresh for a minute; caches may serve a stale copy for a day while they revalidate in the background. */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=86400';
const ERROR_CACHE_CONTROL = 'public, max-age=60';
export const RATE_LIMIT_PERIOD_SECONDS = 60;

export const readOnly = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (READ_METHODS.includes(c.req.method)) return next();
  const response = problemResponse(
    c,
    new ProblemError(405, 'method-not-allowed', `The API is read-only: ${c.req.method} is not allowed.`),
  );
  response.headers.set('Allow', READ_METHODS.join(', '));
  return response;
};

export const requestLimits = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const url = new URL(c.req.url);
  if (c.req.url.length > LIMITS.urlLength) {
    throw new ProblemError(414, 'uri-too-long', `The URL is longer than ${LIMITS.urlLength} characters.`);
  }
  const names = [...url.searchParams.keys()];
  if (names.length > LIMITS.parameters) {
    const beyond = names.slice(LIMITS.parameters);
    const reason = `is beyond the limit of ${LIMITS.parameters} query parameters`;
    throw new ProblemError(
      400,
      'invalid-parameter',
      `At most ${LIMITS.parameters} query parameters are accepted; these are beyond it: ${beyond.join(', ')}.`,
      beyond.map((name) => ({ name, in: 'query' as const, reason })),
    );
  }
  const invalid = names.flatMap((name, i) => {
    if (names.indexOf(name) !== i) return [{ name, in: 'query' as const, reason: 'is given more than once' }];
    if ((url.searchParams.get(name) ?? '').length > LIMITS.valueLength) {
      return [{ name, in: 'query' as const, reason: `is longer than ${LIMITS.valueLength} characters` }];
    }
    return [];
  });
  if (invalid.length > 0) {
    const detail = invalid.map((p) => `${p.name}: ${p.reason}`).join('; ');
    throw new ProblemError(400, 'invalid-parameter', `Invalid query parameter — ${detail}`, invalid);
  }
  await next();
};

/** One key per client address; without the binding (some test contexts) nothing is limited. */
export const rateLimit = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const limiter = c.env.LIMITER;
  if (limiter && c.req.method !== 'OPTIONS') {
    const key = c.req.header('cf-connecting-ip') ?? 'anonymous';
    const { success } = await limiter.limit({ key });
    if (!success) {
      const response = problemResponse(
        c,
        new ProblemError(
          429,
          'rate-limited',
          `Too many requests from this address; retry in ${RATE_LIMIT_PERIOD_SECONDS} s.`,
        ),
      );
      response.headers.set('Retry-After', String(RATE_LIMIT_PERIOD_SECONDS));
      response.headers.set('Cache-Control', 'no-store');
      return response;
    }
  }
  await next();
};

/**
 * Strong ETag: the data version plus a digest of the API's own contract (its OpenAPI document), so that a deploy
 * that changes response shapes invalidates caches even when the data did not change.
 */
const etagOf = (version: string, contract: string) => `"${version.slice(0, 24)}-${contract.slice(0, 8)}"`;

/** True when an If-None-Match header lists this ETag (or `*`); weak comparison, as RFC 9110 asks for GET. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * @param contract the API's contract (its OpenAPI document), digested lazily once per isolate into every ETag.
 * @example app.use('/api/*', conditional({ contract: () => v1.getOpenAPI31Document(info) }))
 */
export const conditional = (options: { contract: () => unknown }): MiddlewareHandler<AppEnv> => {
  let digest: Promise<string> | undefined;
  const contract = () => {
    digest ??= sha256(JSON.stringify(options.contract()));
    return digest;
  };
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const version = await getDataVersion(c.env.DB);
    if (!version)
      throw new ProblemError(503, 'not-synced', 'The database has not been synced yet: run `npm run sync`.');
    c.set('dataVersion', version);
    const etag = etagOf(version.version, await contract());
    await next();
    // Only a response that would be a 200 may become a 304 (RFC 9110 §13.2.1): errors ignore If-None-Match.
    if (c.res.status === 200 && matches(c.req.header('if-none-match'), etag)) {
      c.res = new Response(null, {
        status: 304,
        headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Encoding' },
      });
      return;
    }
    if (c.res.status === 200) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', CACHE_CONTROL);
    } else if (c.res.status < 500 && c.res.status !== 429) {
      c.res.headers.set('Cache-Control', ERROR_CACHE_CONTROL);
    }
    c.res.headers.set('Vary', 'Accept-Encoding');
  };
};
