/** The Hono app against a real D1 synced from the real content. */
import { app } from '../../functions/app.ts';
import { PROBLEM_TYPES } from '../../functions/lib/problem.ts';
import type { ContentSet } from '../../src/content-model/types.ts';
import { runSync } from '../../src/sync/pipeline.ts';
import { testDatabase } from './d1.ts';

/** With `reference: true` the official areas (idn-area-data) are synced too, as `npm run sync` does. */
export async function syncedApi(options: { reference?: boolean } = {}) {
  const database = await testDatabase();
  const { content, plan, reference } = await runSync(database.db, { reference: options.reference ?? false });
  // Each request comes from its own client address unless the test gives one, so only http.test.ts meets the limit.
  let client = 0;
  const get = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    client++;
    if (!headers.has('cf-connecting-ip'))
      headers.set('cf-connecting-ip', `10.${client >> 16}.${(client >> 8) & 255}.${client & 255}`);
    return app.request(path, { ...init, headers }, database.env);
  };
  return { ...database, content, plan, reference, get };
}
export type Api = Awaited<ReturnType<typeof syncedApi>>;

/** A parsed JSON body, loosely typed for assertions. */
export type Json = Record<string, any>;

/** Asserts nothing by itself: returns the parsed body after checking the content type matches the status. */
export async function body(response: Response) {
  const type = response.headers.get('content-type') ?? '';
  const expected = response.ok ? 'application/json' : 'application/problem+json';
  if (!type.startsWith(expected)) throw new Error(`status ${response.status} with content type "${type}"`);
  return response.json() as Promise<Json>;
}

// ---- The OpenAPI document as the list of routes -------------------------------------------------------------------

export const API_BASE = '/api/v1';

export interface DocSchema {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}
export interface DocParam {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema: DocSchema;
}
export interface DocOperation {
  method: string;
  /** The path as written in the document, e.g. `/villages/{code}`. */
  docPath: string;
  /** The request path template under the API base, e.g. `/api/v1/villages/{code}`. */
  path: string;
  summary?: string;
  parameters: DocParam[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
export type OpenApiDoc = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, Omit<DocOperation, 'method' | 'docPath' | 'path'>>>;
};

/**
 * The request path of a documented path. Paths written relative to the API base (as v1's own document does) go
 * under API_BASE; openapi.test.ts checks separately that `servers` resolves them there, so that a wrong `servers`
 * entry fails that one test instead of every route here.
 */
export function requestPath(docPath: string): string {
  if (docPath === API_BASE || docPath.startsWith(`${API_BASE}/`)) return docPath;
  return docPath === '/' ? API_BASE : `${API_BASE}${docPath}`;
}

export function operationsOf(doc: OpenApiDoc): DocOperation[] {
  return Object.entries(doc.paths).flatMap(([docPath, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method))
      .map(([method, op]) => ({
        ...op,
        method: method.toUpperCase(),
        docPath,
        path: requestPath(docPath),
        parameters: op.parameters ?? [],
        responses: op.responses ?? {},
      })),
  );
}

export async function openApiDocument(api: Pick<Api, 'get'>): Promise<OpenApiDoc> {
  const response = await api.get(`${API_BASE}/openapi.json`);
  if (response.status !== 200) throw new Error(`openapi.json answered ${response.status}`);
  return response.json() as Promise<OpenApiDoc>;
}

// ---- Real values from the content for the documented parameters ---------------------------------------------------

/** Whether a value (as text in a URL) satisfies a documented parameter schema. */
export function fits(schema: DocSchema, value: string): boolean {
  if (schema.enum) return schema.enum.map(String).includes(value);
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return false;
  if (schema.type === 'integer' || schema.type === 'number') {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || (schema.type === 'integer' && !Number.isInteger(n))) return false;
    if (schema.minimum !== undefined && n < schema.minimum) return false;
    if (schema.maximum !== undefined && n > schema.maximum) return false;
  }
  if (schema.minLength !== undefined && value.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  return true;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** Every combination of path values the content offers: one per province, regency, village and report. */
export function pathBindings(content: ContentSet): Record<string, string>[] {
  return [
    ...unique(content.regencies.map((r) => r.provinceCode)).map((code) => ({ code })),
    ...content.regencies.map((r) => ({ code: r.code })),
    ...content.villages.map((v) => ({ code: v.code })),
    ...content.reports.map((r) => ({ code: r.regencyCode, year: String(r.year) })),
  ];
}

/** The content bindings whose names and values fit an operation's documented path parameters. */
export function bindingsFor(op: DocOperation, content: ContentSet): Record<string, string>[] {
  const params = op.parameters.filter((p) => p.in === 'path');
  if (params.length === 0) return [{}];
  const names = JSON.stringify(params.map((p) => p.name).sort());
  return pathBindings(content)
    .filter((b) => JSON.stringify(Object.keys(b).sort()) === names)
    .filter((b) => params.every((p) => fits(p.schema, b[p.name])));
}

export const fillPath = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));

/** Concrete paths for an operation, one per fitting content binding. */
export const concretePaths = (op: DocOperation, content: ContentSet) =>
  bindingsFor(op, content).map((b) => fillPath(op.path, b));

/** Real values for a query parameter: its documented enum, else values from the content, else its example. */
export function queryValues(param: DocParam, content: ContentSet): string[] {
  if (param.schema.enum) return param.schema.enum.map(String);
  const located = content.villages.flatMap((v) => (v.location ? [v.location] : []));
  const fromContent: Record<string, string[]> = {
    province: content.regencies.map((r) => r.provinceCode),
    regency: content.regencies.map((r) => r.code),
    district: content.villages.map((v) => v.districtCode),
    year: [...content.reports.map((r) => String(r.year)), ...content.villages.map((v) => String(v.year ?? ''))],
    q: content.villages.map((v) => v.name),
    bbox: located.map(({ lng, lat }) => [lng - 0.5, lat - 0.5, lng + 0.5, lat + 0.5].join(',')),
  };
  const example = param.schema.example === undefined ? [] : [String(param.schema.example)];
  const values = unique(fromContent[param.name] ?? example).filter((v) => fits(param.schema, v));
  return values.length > 0 ? values : example;
}

/** The required query parameters of an operation, each with its first real value. */
export function requiredQuery(op: DocOperation, content: ContentSet): URLSearchParams {
  const query = new URLSearchParams();
  for (const p of op.parameters.filter((x) => x.in === 'query' && x.required)) {
    query.set(p.name, queryValues(p, content)[0] ?? '');
  }
  return query;
}

export const withQuery = (path: string, query: URLSearchParams) => (query.size > 0 ? `${path}?${query}` : path);

// ---- The two response shapes, as checks that return what is wrong (or null) ---------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ data, meta: { dataVersion, syncedAt, count? }, links: { self, … } }`, nothing else at the top. */
export function envelopeError(json: unknown): string | null {
  if (!isObject(json)) return 'body is not an object';
  const keys = Object.keys(json).sort().join(',');
  if (keys !== 'data,links,meta') return `top-level keys are ${keys}, not data,links,meta`;
  const { data, meta, links } = json;
  if (!isObject(meta) || typeof meta.dataVersion !== 'string' || typeof meta.syncedAt !== 'string') {
    return 'meta lacks dataVersion/syncedAt';
  }
  if (Array.isArray(data) && meta.count !== data.length) return `meta.count ${meta.count} ≠ ${data.length} items`;
  if (!isObject(links) || typeof links.self !== 'string') return 'links.self missing';
  if (Object.values(links).some((l) => typeof l !== 'string')) return 'a link is not a string';
  return null;
}

/** RFC 9457 as this API promises it: content type, the five members, `status` equal to the HTTP status. */
export function problemError(status: number, contentType: string | null, json: unknown): string | null {
  if (!(contentType ?? '').startsWith('application/problem+json')) return `content type "${contentType}"`;
  if (!isObject(json)) return 'body is not an object';
  for (const key of ['type', 'title', 'detail', 'instance'] as const) {
    if (typeof json[key] !== 'string' || json[key] === '') return `"${key}" is not a non-empty string`;
  }
  if (json.status !== status) return `"status" ${json.status} ≠ HTTP ${status}`;
  const type = String(json.type);
  const key = type.replace('/data/api/#problem-', '');
  if (!type.startsWith('/data/api/#problem-') || !(key in PROBLEM_TYPES)) return `unknown type ${type}`;
  if (json.title !== PROBLEM_TYPES[key as keyof typeof PROBLEM_TYPES]) return `title "${json.title}" ≠ its type's`;
  if (json.invalidParams !== undefined) {
    if (!Array.isArray(json.invalidParams)) return 'invalidParams is not a list';
    for (const p of json.invalidParams) {
      if (!isObject(p) || typeof p.name !== 'string' || typeof p.reason !== 'string') return 'bad invalidParams item';
      if (p.in !== 'query' && p.in !== 'path') return `invalidParams.in is ${p.in}`;
    }
  }
  return null;
}

/** What a documented `format` value answers with: the response content type whose subtype spells it. */
export function contentTypeForFormat(op: DocOperation, format: string): string | undefined {
  const types = Object.keys(op.responses['200']?.content ?? {});
  return types.find((t) => t.split('/')[1]?.replace(/[^a-z]/g, '') === format);
}
