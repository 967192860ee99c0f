/**
 * HTTP done right on every documented route: strong ETag from the data version and 304, caching headers, CORS for
 * reads only, 405 for writes, HEAD, Vary, request limits and the rate limit of wrangler.toml's LIMITER binding.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySync } from '../../src/sync/apply.ts';
import {
  type Api,
  concretePaths,
  type DocOperation,
  type Json,
  openApiDocument,
  operationsOf,
  problemError,
  requiredQuery,
  syncedApi,
  withQuery,
} from '../helpers/api.ts';

let api: Api;
let operations: DocOperation[];
/** One real path per documented route, with its required query. */
let paths: string[];
beforeAll(async () => {
  api = await syncedApi({ reference: true });
  operations = operationsOf(await openApiDocument(api));
  paths = operations.map((op) => withQuery(concretePaths(op, api.content)[0], requiredQuery(op, api.content)));
});
afterAll(() => api.dispose());

const ORIGIN = 'https://example.org';
/** README, "Limits": URLs over 2,048 characters get 414; at most 16 query parameters, each at most 512 characters. */
const LIMITS = { urlLength: 2048, parameters: 16, valueLength: 512 };
const problemOf = async (response: Response) =>
  problemError(response.status, response.headers.get('content-type'), await response.json());
const tokens = (header: string | null) => (header ?? '').split(',').map((t) => t.trim().toLowerCase());

describe('ETag and conditional requests', () => {
  it('gives every 200 a strong ETag, and answers 304 with an empty body to a matching If-None-Match', async () => {
    for (const path of paths) {
      const response = await api.get(path);
      expect(response.status, path).toBe(200);
      const etag = response.headers.get('etag') ?? '';
      expect(etag, path).toMatch(/^"[^"]+"$/);
      for (const ifNoneMatch of [etag, `"not-it", ${etag}`, `W/${etag}`, '*']) {
        const conditional = await api.get(path, { headers: { 'if-none-match': ifNoneMatch } });
        expect(conditional.status, `${path} If-None-Match: ${ifNoneMatch}`).toBe(304);
        expect(await conditional.text()).toBe('');
        expect(conditional.headers.get('etag')).toBe(etag);
        expect(conditional.headers.get('cache-control')).toBe(response.headers.get('cache-control'));
      }
      const other = await api.get(path, { headers: { 'if-none-match': '"not-it", W/"nor-this"' } });
      expect(other.status, path).toBe(200);
    }
  });

  it('ignores If-None-Match on requests that fail: a 304 only ever stands in for a 200 (RFC 9110 §13.2.1)', async () => {
    const etag = String((await api.get(paths[0])).headers.get('etag'));
    for (const path of ['/api/v1/villages?status=done', '/api/v1/villages?colour=red', '/api/v1/nowhere']) {
      const plain = await api.get(path);
      expect(plain.status, path).toBeGreaterThanOrEqual(400);
      const conditional = await api.get(path, { headers: { 'if-none-match': etag } });
      expect(conditional.status, `${path} with If-None-Match: ${etag}`).toBe(plain.status);
      expect(await problemOf(conditional), path).toBeNull();
    }
  });

  it('changes the ETag when a sync changes the data, and gives it back when the data comes back', async () => {
    const before = (await api.get(paths[0])).headers.get('etag');
    const changed = api.plan.map((t) =>
      t.table === 'villages' ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? { ...r, note: `${r.note} +` } : r)) } : t,
    );
    await applySync(api.db, changed, { reference: api.reference });
    const after = await api.get(paths[0], { headers: { 'if-none-match': String(before) } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    await applySync(api.db, api.plan, { reference: api.reference });
    expect((await api.get(paths[0])).headers.get('etag')).toBe(before);
  });
});

describe('caching, content types, Vary', () => {
  it('lets caches serve 200s stale while they revalidate', async () => {
    for (const path of paths) {
      const cacheControl = tokens((await api.get(path)).headers.get('cache-control'));
      expect(cacheControl, path).toContain('public');
      expect(
        cacheControl.some((t) => /^max-age=\d+$/.test(t)),
        path,
      ).toBe(true);
      expect(
        cacheControl.some((t) => /^stale-while-revalidate=\d+$/.test(t)),
        path,
      ).toBe(true);
    }
  });

  it('varies on Accept-Encoding and never on Origin (the origin is *)', async () => {
    for (const path of [...paths, '/api/v1/villages?status=done', '/api/v1/nowhere']) {
      const response = await api.get(path, { headers: { origin: ORIGIN } });
      const vary = tokens(response.headers.get('vary'));
      expect(vary, path).toContain('accept-encoding');
      expect(vary, path).not.toContain('origin');
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('answers problems as application/problem+json', async () => {
    for (const path of ['/api/v1/villages?status=done', '/api/v1/villages/99.99.99.9999', '/api/v1/nowhere']) {
      const response = await api.get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(await problemOf(response), path).toBeNull();
    }
  });
});

describe('methods and CORS', () => {
  it('opens reads to every origin and preflights allow only GET, HEAD and OPTIONS', async () => {
    for (const path of paths) {
      const preflight = await api.get(path, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
      });
      expect(preflight.status, path).toBeLessThan(300);
      expect(preflight.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(tokens(preflight.headers.get('access-control-allow-methods')).sort(), path).toEqual(
        ['get', 'head', 'options'].sort(),
      );
    }
  });

  it('lets browsers send If-None-Match across origins (preflight allows the header)', async () => {
    const preflight = await api.get(paths[0], {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(tokens(preflight.headers.get('access-control-allow-headers'))).toContain('if-none-match');
    expect(tokens(preflight.headers.get('access-control-expose-headers'))).toEqual(
      expect.arrayContaining(['etag', 'link', 'retry-after']),
    );
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('answers %s with a 405 problem and Allow', async (method) => {
    for (const path of paths) {
      const response = await api.get(path, { method, headers: { origin: ORIGIN } });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(tokens(response.headers.get('allow')).sort()).toEqual(['get', 'head', 'options']);
      expect(await problemOf(response)).toBeNull();
    }
  });

  it('answers HEAD like GET without a body', async () => {
    for (const path of paths) {
      const [get, head] = await Promise.all([api.get(path), api.get(path, { method: 'HEAD' })]);
      expect(head.status, path).toBe(200);
      expect(await head.text(), path).toBe('');
      for (const name of ['content-type', 'etag', 'cache-control']) {
        expect(head.headers.get(name), `${path} ${name}`).toBe(get.headers.get(name));
      }
    }
  });
});

describe('request limits', () => {
  const villages = () => paths.find((p) => p.startsWith('/api/v1/villages') && !p.includes('/villages/')) ?? '';
  const firstParam = () => {
    const op = operations.find((o) => o.docPath === '/villages');
    return op?.parameters.find((p) => p.in === 'query' && p.schema.enum) ?? { name: '', schema: { enum: [] } };
  };

  it('answers an over-long URL with a 414 problem', async () => {
    const path = `${villages()}?q=${'a'.repeat(LIMITS.urlLength)}`;
    const response = await api.get(path);
    expect(response.status).toBe(414);
    expect(await problemOf(response)).toBeNull();
  });

  it('counts the whole URL: 2,048 characters pass the length check, 2,049 do not', async () => {
    const base = 'http://localhost/api/v1/villages?q=';
    const at = await api.get(`${base}${'a'.repeat(LIMITS.urlLength - base.length)}`);
    expect(at.status, 'at 2,048 characters the over-long q is refused as a parameter (400), not as a URL (414)').toBe(
      400,
    );
    const beyond = await api.get(`${base}${'a'.repeat(LIMITS.urlLength + 1 - base.length)}`);
    expect(beyond.status).toBe(414);
  });

  it('answers too many parameters with a 400 problem naming the ones beyond the limit', async () => {
    const names = Array.from({ length: LIMITS.parameters + 1 }, (_, i) => `p${i}`);
    const response = await api.get(`${villages()}?${names.map((n) => `${n}=1`).join('&')}`);
    expect(response.status).toBe(400);
    const json = (await response.clone().json()) as Json;
    expect(await problemOf(response)).toBeNull();
    expect(json.detail).toContain(String(LIMITS.parameters));
    const named = Array.isArray(json.invalidParams) ? json.invalidParams.map((p: { name: string }) => p.name) : [];
    expect(named.length, 'invalidParams names the parameters beyond the limit').toBeGreaterThan(0);
    for (const name of named) expect(names).toContain(name);
  });

  it('answers a repeated parameter with a 400 problem naming it', async () => {
    const { name, schema } = firstParam();
    const [a, b] = (schema.enum ?? []).map(String);
    const response = await api.get(`${villages()}?${name}=${a}&${name}=${b ?? a}`);
    expect(response.status).toBe(400);
    const json = (await response.clone().json()) as Json;
    expect(await problemOf(response)).toBeNull();
    expect(json.invalidParams).toEqual([expect.objectContaining({ name, in: 'query' })]);
  });

  it('answers an over-long value with a 400 problem naming it', async () => {
    const response = await api.get(`${villages()}?q=${'a'.repeat(LIMITS.valueLength + 1)}`);
    expect(response.status).toBe(400);
    const json = (await response.clone().json()) as Json;
    expect(await problemOf(response)).toBeNull();
    expect(json.invalidParams).toEqual([expect.objectContaining({ name: 'q', in: 'query' })]);
  });
});

describe('rate limit (LIMITER binding)', () => {
  it('answers 429 problem+json with Retry-After beyond the limit, per client address', {
    timeout: 120_000,
  }, async () => {
    const toml = await readFile('wrangler.toml', 'utf8');
    const match = /name = "LIMITER"[\s\S]*?simple = \{ limit = (\d+), period = (\d+) \}/.exec(toml);
    expect(match, 'LIMITER in wrangler.toml').not.toBeNull();
    const [limit, period] = [Number(match?.[1]), Number(match?.[2])];
    const client = { 'cf-connecting-ip': '203.0.113.7' };
    let limited: Response | undefined;
    let served = 0;
    for (let i = 0; i < limit * 2 && !limited; i++) {
      const response = await api.get(paths[i % paths.length], { headers: client });
      if (response.status === 429) limited = response;
      else served++;
    }
    expect(limited, `no 429 after ${limit * 2} requests`).toBeDefined();
    expect(served).toBeGreaterThanOrEqual(limit);
    const response = limited as Response;
    const retryAfter = response.headers.get('retry-after') ?? '';
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(period);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await problemOf(response)).toBeNull();
    expect((await api.get(paths[0], { headers: client })).status).toBe(429);
    expect((await api.get(paths[0], { headers: { 'cf-connecting-ip': '203.0.113.8' } })).status).toBe(200);
  });
});
