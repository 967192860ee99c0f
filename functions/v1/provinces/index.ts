/** GET /api/v1/provinces[/{code}]: the 38 official provinces with the program's coverage. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { provinceParam } from '../../lib/params.ts';
import { ProblemError } from '../../lib/problem.ts';
import { problemResponses } from '../../lib/responses.ts';
import { listRegencies } from '../regencies/queries.ts';
import { getProvince, listProvinces } from './queries.ts';
import { ProvinceDetailSchema, ProvinceSchema } from './schemas.ts';

export const provinces = new OpenAPIHono<AppEnv>();

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'All official provinces with the regencies and villages the atlas holds for each',
  request: { query: z.object({}).strict() },
  responses: {
    200: {
      description: 'The 38 provinces',
      content: { 'application/json': { schema: envelope(z.array(ProvinceSchema)) } },
    },
    ...problemResponses,
  },
});

provinces.openapi(
  listRoute,
  async (c) => c.json(wrap(c, await listProvinces(c.env.DB)), 200),
  rejectInvalid(listRoute),
);

const oneRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'One province with its regencies in the atlas',
  request: { params: z.object({ code: provinceParam }), query: z.object({}).strict() },
  responses: {
    200: { description: 'The province', content: { 'application/json': { schema: envelope(ProvinceDetailSchema) } } },
    ...problemResponses,
  },
});

provinces.openapi(
  oneRoute,
  async (c) => {
    const { code } = c.req.valid('param');
    const [province, regencyList] = await Promise.all([getProvince(c.env.DB, code), listRegencies(c.env.DB, code)]);
    if (!province) throw new ProblemError(404, 'not-found', `There is no official province ${code}.`);
    return c.json(wrap(c, { ...province, regencyList }, { stats: `/api/v1/stats?province=${code}` }), 200);
  },
  rejectInvalid(oneRoute),
);
