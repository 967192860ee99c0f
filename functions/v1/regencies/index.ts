/** GET /api/v1/regencies and /api/v1/regencies/{code}: regencies in the program, with reports and figures. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { ProblemError } from '../../lib/problem.ts';
import { problemResponses } from '../../lib/responses.ts';
import { regencyCode } from '../../lib/schemas.ts';
import { getRegency, listRegencies } from './queries.ts';
import { RegencyDetailSchema, RegencySummarySchema } from './schemas.ts';

export const regencies = new OpenAPIHono<AppEnv>();

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Regencies in the Desa Bersinar program',
  request: { query: z.object({}).strict() },
  responses: {
    200: {
      description: 'Every regency with content, with its BNNK office and village counts',
      content: { 'application/json': { schema: envelope(z.array(RegencySummarySchema)) } },
    },
    ...problemResponses,
  },
});

regencies.openapi(
  listRoute,
  async (c) => c.json(await wrap(c, await listRegencies(c.env.DB)), 200),
  rejectInvalid(listRoute),
);

const oneRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'One regency with every yearly report, figure and source',
  request: { params: z.object({ code: regencyCode }), query: z.object({}).strict() },
  responses: {
    200: {
      description: 'The regency profile and its reports (figures as target vs realization)',
      content: { 'application/json': { schema: envelope(RegencyDetailSchema) } },
    },
    ...problemResponses,
  },
});

regencies.openapi(
  oneRoute,
  async (c) => {
    const { code } = c.req.valid('param');
    const regency = await getRegency(c.env.DB, code);
    if (!regency) throw new ProblemError(404, 'not-found', `Regency ${code} has no content in the atlas.`);
    return c.json(await wrap(c, regency, { villages: `/api/v1/villages?regency=${code}` }), 200);
  },
  rejectInvalid(oneRoute),
);
