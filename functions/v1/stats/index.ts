/** GET /api/v1/stats: totals for the nation, a province or a regency, for every year or one. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { provinceParam, regencyParam, yearParam } from '../../lib/params.ts';
import { ProblemError } from '../../lib/problem.ts';
import { problemResponses } from '../../lib/responses.ts';
import { getStats, type Scope } from './queries.ts';
import { StatsSchema } from './schemas.ts';

export const stats = new OpenAPIHono<AppEnv>();

const query = z
  .object({ province: provinceParam.optional(), regency: regencyParam.optional(), year: yearParam.optional() })
  .strict()
  .refine((q) => !(q.province && q.regency), {
    message: 'give either province or regency, not both',
    path: ['regency'],
  });

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Villages by status and reported figures (target, realization, percent of target), national or by area',
  request: { query },
  responses: {
    200: { description: 'Totals for the scope', content: { 'application/json': { schema: envelope(StatsSchema) } } },
    ...problemResponses,
  },
});

stats.openapi(
  route,
  async (c) => {
    const { province, regency, year } = c.req.valid('query');
    const scope: Scope = regency
      ? { type: 'regency', code: regency }
      : province
        ? { type: 'province', code: province }
        : { type: 'national', code: null };
    const result = await getStats(c.env.DB, scope, year);
    if (!result) throw new ProblemError(404, 'not-found', `There is no official ${scope.type} ${scope.code}.`);
    return c.json(wrap(c, result), 200);
  },
  rejectInvalid(route),
);
