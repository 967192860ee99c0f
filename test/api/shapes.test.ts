/** Every route answers in one of the two shapes: the envelope on success, RFC 9457 problem+json on error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, syncedApi } from '../helpers/api.ts';

let api: Awaited<ReturnType<typeof syncedApi>>;
beforeAll(async () => {
  api = await syncedApi();
});
afterAll(() => api.dispose());

const successPaths = () => [
  '/api/v1',
  '/api/v1/regencies',
  ...api.content.regencies.map((r) => `/api/v1/regencies/${r.code}`),
  '/api/v1/villages',
  ...api.content.villages.map((v) => `/api/v1/villages/${v.code}`),
];

describe('success envelope', () => {
  it('every route returns { data, meta: { dataVersion, syncedAt }, links: { self } }', async () => {
    const version = api.plan && (await api.db.prepare('SELECT version FROM data_version').first<{ version: string }>());
    for (const path of successPaths()) {
      const response = await api.get(path);
      expect(response.status, path).toBe(200);
      const json = await body(response);
      expect(Object.keys(json).sort(), path).toEqual(['data', 'links', 'meta']);
      expect(json.meta.dataVersion, path).toBe(version?.version);
      expect(json.meta.syncedAt, path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(json.links.self, path).toBe(path);
      if (Array.isArray(json.data)) expect(json.meta.count, path).toBe(json.data.length);
    }
  });
});

const problems: [string, number, string | null][] = [
  ['/api/v1/villages?status=done', 400, 'status'],
  ['/api/v1/villages?regency=61', 400, 'regency'],
  ['/api/v1/villages?colour=red', 400, 'colour'],
  ['/api/v1?x=1', 400, 'x'],
  ['/api/v1/regencies?limit=5', 400, 'limit'],
  ['/api/v1/regencies/61-03', 400, 'code'],
  ['/api/v1/villages/61.03.10', 400, 'code'],
  ["/api/v1/villages/61.03.10.2001'--", 400, 'code'],
  ['/api/v1/regencies/99.99', 404, null],
  ['/api/v1/villages/99.99.99.9999', 404, null],
  ['/api/v1/does-not-exist', 404, null],
  ['/api/v2', 404, null],
];

describe('problem+json errors', () => {
  it.each(problems)('%s → %i naming %s', async (path, status, parameter) => {
    const response = await api.get(path);
    expect(response.status).toBe(status);
    const json = await body(response);
    expect(json).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), instance: path });
    expect(json.type).toMatch(/^\/data\/api\/#problem-/);
    if (parameter) {
      expect(json.invalidParams.map((p: { name: string }) => p.name)).toContain(parameter);
      expect(json.detail).toContain(parameter);
    }
  });

  it('lists the allowed values and parameter names', async () => {
    const status = await body(await api.get('/api/v1/villages?status=done'));
    expect(status.invalidParams[0]).toMatchObject({
      name: 'status',
      in: 'query',
      allowed: ['proposed', 'target', 'formed'],
    });
    const unknown = await body(await api.get('/api/v1/villages?colour=red'));
    expect(unknown.invalidParams[0]).toMatchObject({ name: 'colour', in: 'query' });
    expect(unknown.invalidParams[0].allowed).toEqual(expect.arrayContaining(['regency', 'status', 'bbox', 'cursor']));
  });

  it('answers writes with 405 and an Allow header: the API is read-only', async () => {
    const response = await api.get('/api/v1/villages', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await body(response)).status).toBe(405);
  });

  it('answers 503 problem before the first sync', async () => {
    await api.db.prepare('DELETE FROM data_version').run();
    const response = await api.get('/api/v1');
    expect(response.status).toBe(503);
    expect((await body(response)).detail).toMatch(/npm run sync/);
  });
});
