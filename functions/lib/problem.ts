/**
 * RFC 9457 problem details: the one error shape of the API. Handlers throw ProblemError; the app's onError
 * and the validation hook turn everything into `application/problem+json`.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const InvalidParamSchema = z
  .object({
    name: z.string().openapi({ description: 'The offending parameter', example: 'status' }),
    in: z.enum(['query', 'path']),
    reason: z.string(),
    allowed: z.array(z.string()).optional().openapi({ description: 'Allowed values or parameter names' }),
  })
  .openapi('InvalidParam');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/data/api/#problem-invalid-parameter' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    invalidParams: z.array(InvalidParamSchema).optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;
export type InvalidParam = z.infer<typeof InvalidParamSchema>;

/** Problem types, documented on the API docs page under these anchors. */
export const PROBLEM_TYPES = {
  'invalid-parameter': 'Invalid parameter',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  'not-synced': 'Data not synced yet',
  'database-unavailable': 'Database unavailable',
  'rate-limited': 'Too many requests',
  'uri-too-long': 'URI too long',
  'not-implemented': 'Not implemented',
  'internal-error': 'Internal error',
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly problemType: ProblemType;
  readonly invalidParams?: InvalidParam[];
  constructor(status: ContentfulStatusCode, problemType: ProblemType, detail: string, invalidParams?: InvalidParam[]) {
    super(detail);
    this.status = status;
    this.problemType = problemType;
    this.invalidParams = invalidParams;
  }
}

/** @example return problemResponse(c, new ProblemError(404, 'not-found', 'No village 61.03.10.2999')) */
export function problemResponse(c: Context, error: ProblemError): Response {
  const url = new URL(c.req.url);
  const body: Problem = {
    type: `/data/api/#problem-${error.problemType}`,
    title: PROBLEM_TYPES[error.problemType],
    status: error.status,
    detail: error.message,
    instance: url.pathname + url.search,
    ...(error.invalidParams ? { invalidParams: error.invalidParams } : {}),
  };
  const noStore = error.status >= 500 || error.status === 429;
  return c.body(JSON.stringify(body), error.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    ...(noStore ? { 'Cache-Control': 'no-store' } : {}),
  });
}
