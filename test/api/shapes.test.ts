/**
 * Every route answers in one of the two shapes: the envelope on success, RFC 9457 problem+json on error. The routes
 * come from the OpenAPI document, their path and query values from the real content: a route added to the API is
 * covered here as soon as it is documented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  bindingsFor,
  body,
  concretePaths,
  contentTypeForFormat,
  type DocOperation,
  envelopeError,
  fillPath,
  fits,
  type Json,
  openApiDocument,
  operationsOf,
  problemError,
  queryValues,
  requiredQuery,
  syncedApi,
  withQuery,
} from '../helpers/api.ts';

let api: Api;
let operations: DocOperation[];
let version: string | undefined;
beforeAll(async () => {
  api = await syncedApi({ reference: true });
  operations = operationsOf(await openApiDocument(api));
  version = (await api.db.prepare('SELECT version FROM data_version').first<{ version: string }>())?.version;
});
afterAll(() => api.dispose());

/** At most this many real values per parameter, to keep the file fast; the content decides which. */
const PER_PARAMETER = 3;
const queryParams = (op: DocOperation) => op.parameters.filter((p) => p.in === 'query');

/** Requests `path` and checks the documented success shape for it; returns the envelope when JSON. */
async function expectSuccess(op: DocOperation, path: string): Promise<Json | null> {
  const response = await api.get(path);
  expect(response.status, path).toBe(200);
  const format = new URL(path, 'http://x').searchParams.get('format');
  const type = response.headers.get('content-type') ?? '';
  if (format && format !== 'json') {
    const documented = contentTypeForFormat(op, format);
    expect(documented, `${path}: format=${format} has a documented content type`).toBeDefined();
    expect(type, path).toContain(String(documented));
    const text = await response.text();
    if (format === 'geojson') expect(JSON.parse(text).type, path).toBe('FeatureCollection');
    else expect(text.split('\r\n')[0], path).toMatch(/^[a-z_]+(,[a-z_]+)*$/);
    return null;
  }
  expect(type, path).toMatch(/^application\/json/);
  const json = (await response.json()) as Json;
  expect(envelopeError(json), path).toBeNull();
  expect(json.meta.dataVersion, path).toBe(version);
  expect(json.meta.syncedAt, path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(json.links.self, path).toBe(path);
  return json;
}

describe('every documented route', () => {
  it('is a GET the content can exercise', () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) {
      expect(op.method, op.docPath).toBe('GET');
      expect(concretePaths(op, api.content).length, `no content to fill ${op.docPath}`).toBeGreaterThan(0);
    }
  });

  it('answers the envelope for every real path, and for each real value of each query parameter', async () => {
    for (const op of operations) {
      const required = requiredQuery(op, api.content);
      for (const path of concretePaths(op, api.content)) {
        await expectSuccess(op, withQuery(path, required));
      }
      const path = concretePaths(op, api.content)[0];
      for (const param of queryParams(op).filter((p) => !p.required)) {
        for (const value of queryValues(param, api.content).slice(0, PER_PARAMETER)) {
          const query = new URLSearchParams(required);
          query.set(param.name, value);
          await expectSuccess(op, withQuery(path, query));
        }
      }
    }
  });

  it('pages through `links.next`, which the Link header repeats, wherever a list is cut', async () => {
    let paged = 0;
    for (const op of operations.filter((o) => queryParams(o).some((p) => p.name === 'limit'))) {
      const query = requiredQuery(op, api.content);
      query.set('limit', '1');
      const first = await expectSuccess(op, withQuery(concretePaths(op, api.content)[0], query));
      if (!first?.links.next) continue;
      const header = (await api.get(first.links.self)).headers.get('link');
      expect(header).toBe(`<${first.links.next}>; rel="next"`);
      const second = await expectSuccess(op, first.links.next);
      expect(second?.data).not.toEqual(first.data);
      paged++;
    }
    expect(paged, 'no list had a second page').toBeGreaterThan(0);
  });

  it('rejects an unknown query parameter with a 400 naming it and listing the allowed names', async () => {
    for (const op of operations) {
      const query = requiredQuery(op, api.content);
      query.set('colour', 'red');
      const path = withQuery(concretePaths(op, api.content)[0], query);
      const response = await api.get(path);
      expect(response.status, path).toBe(400);
      const json = (await response.json()) as Json;
      expect(problemError(400, response.headers.get('content-type'), json), path).toBeNull();
      expect(json.detail, path).toContain('colour');
      const named = json.invalidParams.find((p: { name: string }) => p.name === 'colour');
      expect(named, path).toMatchObject({ in: 'query', reason: expect.any(String) });
      expect([...named.allowed].sort(), path).toEqual(
        queryParams(op)
          .map((p) => p.name)
          .sort(),
      );
    }
  });

  it('rejects a bad value of every parameter with a 400 naming it (and its allowed values when listed)', async () => {
    for (const op of operations) {
      for (const param of op.parameters.filter((p) => p.in === 'query' || p.in === 'path')) {
        const bad = ['x', '', 'x'.repeat(300)].find((v) => !fits(param.schema, v)) ?? 'x';
        const query = requiredQuery(op, api.content);
        const values = bindingsFor(op, api.content)[0];
        if (param.in === 'query') query.set(param.name, bad);
        else values[param.name] = bad;
        const url = withQuery(fillPath(op.path, values), query);
        const response = await api.get(url);
        expect(response.status, url).toBe(400);
        const json = (await response.json()) as Json;
        expect(problemError(400, response.headers.get('content-type'), json), url).toBeNull();
        const named = json.invalidParams?.find((p: { name: string }) => p.name === param.name);
        expect(named, `${url} names ${param.name}`).toMatchObject({ in: param.in });
        if (param.schema.enum) expect(named.allowed, url).toEqual(param.schema.enum.map(String));
      }
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
    expect(problemError(status, response.headers.get('content-type'), json)).toBeNull();
    expect(json).toMatchObject({ status, instance: path });
    if (parameter) {
      expect(json.invalidParams.map((p: { name: string }) => p.name)).toContain(parameter);
      expect(json.detail).toContain(parameter);
    }
  });

  it('lists the allowed values and parameter names', async () => {
    const villages = operations.find((op) => op.docPath === '/villages');
    const status = await body(await api.get('/api/v1/villages?status=done'));
    expect(status.invalidParams[0]).toMatchObject({
      name: 'status',
      in: 'query',
      allowed: villages?.parameters.find((p) => p.name === 'status')?.schema.enum,
    });
    const unknown = await body(await api.get('/api/v1/villages?colour=red'));
    expect(unknown.invalidParams[0]).toMatchObject({ name: 'colour', in: 'query' });
    expect(unknown.invalidParams[0].allowed).toEqual(expect.arrayContaining(['regency', 'status', 'bbox', 'cursor']));
  });

  it('answers writes with 405 and an Allow header: the API is read-only', async () => {
    const response = await api.get('/api/v1/villages', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(problemError(405, response.headers.get('content-type'), await response.json())).toBeNull();
  });

  it('answers 503 problem before the first sync', async () => {
    await api.db.prepare('DELETE FROM data_version').run();
    const response = await api.get('/api/v1');
    expect(response.status).toBe(503);
    const json = await body(response);
    expect(problemError(503, response.headers.get('content-type'), json)).toBeNull();
    expect(json.detail).toMatch(/npm run sync/);
  });
});
