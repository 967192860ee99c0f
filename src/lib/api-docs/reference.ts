/**
 * The API reference for the docs pages (/data/api/, /en/data/api/), built at build time from the same OpenAPI
 * document the API serves (v1's zod schemas), with runnable examples picked from the content. Nothing here is typed
 * twice: routes, parameters, limits, cache policy and problem types all come from the API's own code.
 */
import { readFileSync } from 'node:fs';
import { CACHE_CONTROL, LIMITS, RATE_LIMIT_PERIOD_SECONDS, READ_METHODS } from '../../../functions/lib/http.ts';
import { PROBLEM_TYPES, type ProblemType } from '../../../functions/lib/problem.ts';
import { v1 } from '../../../functions/v1/index.ts';
import { siteContent } from '../content.ts';

export const API_BASE = '/api/v1';
/** Where the curl examples point: the local server of `npm start` (the site has no fixed public origin yet). */
export const EXAMPLE_ORIGIN = 'http://127.0.0.1:8787';

interface Schema {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  description?: string;
}
interface RawParam {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface RawOperation {
  summary?: string;
  description?: string;
  parameters?: RawParam[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

export interface ParamDoc {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  type: string;
  allowed?: string[];
  pattern?: string;
  default?: string;
  range?: string;
}
export interface EndpointDoc {
  /** Anchor on the page, e.g. `get-api-v1-villages-code`. */
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  parameters: ParamDoc[];
  /** Content types of the 200 response. */
  representations: string[];
  /** A real request on this site, e.g. `/api/v1/villages?regency=61.03`. */
  example: string;
}

export const document = v1.getOpenAPI31Document({
  openapi: '3.1.0',
  info: { title: 'Atlas Desa Bersinar API', version: '1' },
});

const fits = (schema: Schema | undefined, value: string) =>
  (!schema?.pattern || new RegExp(schema.pattern, 'u').test(value)) &&
  (!schema?.enum || schema.enum.map(String).includes(value));

const requestPath = (docPath: string) =>
  docPath.startsWith(API_BASE) ? docPath : docPath === '/' ? API_BASE : `${API_BASE}${docPath}`;

/** Real values for the example requests: the regency with the most villages, its first village and report. */
async function samples(): Promise<Record<string, string>[]> {
  const content = await siteContent();
  const count = (code: string) => content.villagesOf.get(code)?.length ?? 0;
  const regency = [...content.regencies].sort((a, b) => count(b.data.code) - count(a.data.code))[0]?.data;
  const village = content.villagesOf.get(regency?.code ?? '')?.[0]?.data;
  const report = content.reportsOf.get(regency?.code ?? '')?.[0]?.data ?? content.reports[0]?.data;
  if (!regency || !village || !report) throw new Error('API docs: the content has no regency with villages');
  const area = { province: regency.provinceCode, regency: regency.code, q: village.name };
  return [
    { code: regency.provinceCode, ...area },
    { code: regency.code, ...area },
    { code: village.code, ...area },
    { code: report.regencyCode, year: String(report.year), ...area },
  ];
}

/** Query parameters shown in an example, the first the endpoint accepts (plus every required one). */
const EXAMPLE_QUERY = ['regency', 'province', 'q'];

function paramDoc(p: RawParam): ParamDoc {
  const s = p.schema ?? {};
  const range =
    s.minimum !== undefined || s.maximum !== undefined
      ? `${s.minimum ?? ''}–${s.maximum ?? ''}`
      : s.minLength !== undefined || s.maxLength !== undefined
        ? `${s.minLength ?? 0}–${s.maxLength ?? ''}`
        : undefined;
  return {
    name: p.name,
    in: p.in === 'path' ? 'path' : 'query',
    required: p.required === true,
    description: p.description ?? s.description,
    type: s.type ?? 'string',
    allowed: s.enum?.map(String),
    pattern: s.pattern,
    default: s.default === undefined ? undefined : String(s.default),
    range,
  };
}

export async function endpoints(): Promise<EndpointDoc[]> {
  const values = await samples();
  const paths = document.paths as Record<string, Record<string, RawOperation>>;
  return Object.entries(paths).flatMap(([docPath, item]) =>
    Object.entries(item).map(([method, op]) => {
      const parameters = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query').map(paramDoc);
      const inPath = (op.parameters ?? []).filter((p) => p.in === 'path');
      const binding = values.find((b) => inPath.every((p) => b[p.name] !== undefined && fits(p.schema, b[p.name])));
      if (!binding) throw new Error(`API docs: no content fits the path parameters of ${docPath}`);
      const path = requestPath(docPath);
      const query = new URLSearchParams();
      const inQuery = (op.parameters ?? []).filter((p) => p.in === 'query');
      const optional = EXAMPLE_QUERY.map((name) => inQuery.find((p) => p.name === name)).find(
        (p) => p !== undefined && binding[p.name] !== undefined && fits(p.schema, binding[p.name]),
      );
      for (const p of inQuery) {
        if ((p.required || p === optional) && binding[p.name]) query.set(p.name, binding[p.name]);
      }
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(binding[name] ?? ''));
      return {
        id: `${method}-${path}`
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/-$/, ''),
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        description: op.description,
        parameters,
        representations: Object.keys(op.responses?.['200']?.content ?? {}),
        example: query.size > 0 ? `${filled}?${query}` : filled,
      };
    }),
  );
}

/** `format` values of the list that has them, with an example request each (from the villages example). */
export function formats(list: EndpointDoc[]) {
  const withFormat = list.find((e) => e.parameters.some((p) => p.name === 'format'));
  const values = withFormat?.parameters.find((p) => p.name === 'format')?.allowed ?? [];
  return values.map((format) => {
    const url = new URL(withFormat?.example ?? API_BASE, EXAMPLE_ORIGIN);
    url.searchParams.set('format', format);
    return { format, example: url.pathname + url.search };
  });
}

/** A paginated example: a list with a page of one item, so that a `next` link appears. */
export function paginationExample(list: EndpointDoc[]) {
  const paged = list.find((e) => e.parameters.some((p) => p.name === 'limit') && !e.path.includes('{'));
  const url = new URL(paged?.example ?? API_BASE, EXAMPLE_ORIGIN);
  url.searchParams.set('limit', '1');
  return url.pathname + url.search;
}

/** The per-client rate limit of the LIMITER binding, as configured in wrangler.toml. */
export function rateLimit() {
  const toml = readFileSync('wrangler.toml', 'utf8');
  const match = /name = "LIMITER"[\s\S]*?simple = \{ limit = (\d+), period = (\d+) \}/.exec(toml);
  return { limit: Number(match?.[1]), period: Number(match?.[2] ?? RATE_LIMIT_PERIOD_SECONDS) };
}

export const problemTypes = Object.entries(PROBLEM_TYPES) as [ProblemType, string][];
export { CACHE_CONTROL, LIMITS, RATE_LIMIT_PERIOD_SECONDS, READ_METHODS };

export const curl = (example: string) => `curl -i '${EXAMPLE_ORIGIN}${example}'`;

/** A 400 problem as the API gives it for a bad enum value, built from the first documented enum parameter. */
export function problemExample(list: EndpointDoc[]) {
  const endpoint = list.find((e) => e.parameters.some((p) => p.in === 'query' && p.allowed));
  const param = endpoint?.parameters.find((p) => p.in === 'query' && p.allowed);
  const instance = `${endpoint?.path}?${param?.name}=x`;
  const problem = {
    type: '/data/api/#problem-invalid-parameter',
    title: PROBLEM_TYPES['invalid-parameter'],
    status: 400,
    detail: `Invalid query parameter — ${param?.name}: …`,
    instance,
    invalidParams: [{ name: param?.name, in: 'query', reason: '…', allowed: param?.allowed }],
  };
  return { instance, json: JSON.stringify(problem, null, 2) };
}
