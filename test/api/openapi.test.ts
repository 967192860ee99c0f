/**
 * The OpenAPI document served at /api/v1/openapi.json: valid OpenAPI 3.1, and exactly the routes the app serves
 * (a route missing from the document, or a documented one the app lacks, fails here).
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/app.ts';
import {
  API_BASE,
  type Api,
  type DocOperation,
  type OpenApiDoc,
  openApiDocument,
  operationsOf,
  syncedApi,
} from '../helpers/api.ts';

let api: Api;
let doc: OpenApiDoc;
let operations: DocOperation[];
beforeAll(async () => {
  api = await syncedApi();
  doc = await openApiDocument(api);
  operations = operationsOf(doc);
});
afterAll(() => api.dispose());

/** The document itself is served by the app but does not describe itself. */
const SELF = `${API_BASE}/openapi.json`;

/** `METHOD /path/{param}` for every route the Hono app registers (middleware, registered as ALL, left out). */
function appRoutes(): string[] {
  const routes = app.routes
    .filter((r) => r.method !== 'ALL' && r.path !== SELF)
    .map((r) => {
      const path = r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}').replace(/(.)\/$/, '$1');
      return `${r.method} ${path}`;
    });
  return [...new Set(routes)].sort();
}

const documented = () => operations.map((op) => `${op.method} ${op.path}`).sort();

describe('/api/v1/openapi.json', () => {
  it('is served as JSON and validates as OpenAPI 3.1', async () => {
    const response = await api.get(SELF);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the app registers', () => {
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThan(0);
    const missing = routes.filter((r) => !documented().includes(r));
    expect(missing, 'routes missing from the document').toEqual([]);
  });

  it('documents no route the app lacks', () => {
    const extra = documented().filter((r) => !appRoutes().includes(r));
    expect(extra, 'documented routes the app does not serve').toEqual([]);
  });

  it('resolves every documented path against its server URL to a path the app serves', () => {
    // OpenAPI: a path is appended to the server URL. A client reading the document must land on the real route.
    const server = new URL(doc.servers?.[0]?.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '');
    const resolved = Object.keys(doc.paths)
      .map((path) => `${server}${path}`.replace(/(.)\/$/, '$1'))
      .sort();
    const served = appRoutes().map((r) => r.replace(/^\w+ /, ''));
    expect(resolved.filter((path) => !served.includes(path))).toEqual([]);
  });

  it('documents the 400 problem response of every operation, with the Problem schema', () => {
    const components = (doc as { components?: { schemas?: Record<string, { required?: string[] }> } }).components;
    const problem = components?.schemas?.Problem;
    expect(problem?.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance']));
    for (const op of operations) {
      const content = op.responses['400']?.content as Record<string, { schema?: { $ref?: string } }> | undefined;
      expect(content?.['application/problem+json']?.schema?.$ref, `${op.method} ${op.docPath}`).toBe(
        '#/components/schemas/Problem',
      );
    }
  });

  it('gives every operation a summary and every parameter a schema, path parameters required', () => {
    for (const op of operations) {
      expect(op.summary, `${op.method} ${op.docPath}`).toEqual(expect.any(String));
      for (const param of op.parameters) {
        expect(param.schema, `${op.docPath} ${param.name}`).toBeDefined();
        if (param.in === 'path') expect(param.required, `${op.docPath} ${param.name}`).toBe(true);
      }
      const inPath = [...op.docPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const params = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      expect(params.sort(), op.docPath).toEqual(inPath);
    }
  });
});
