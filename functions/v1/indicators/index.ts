/** GET /api/v1/indicators: the catalogue every figure refers to. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { problemResponses } from '../../lib/responses.ts';
import { listIndicators } from './queries.ts';
import { IndicatorSchema } from './schemas.ts';

export const indicators = new OpenAPIHono<AppEnv>();

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'The indicator catalogue (labels in Indonesian and English, unit, direction)',
  request: { query: z.object({}).strict() },
  responses: {
    200: {
      description: 'Every indicator',
      content: { 'application/json': { schema: envelope(z.array(IndicatorSchema)) } },
    },
    ...problemResponses,
  },
});

indicators.openapi(
  listRoute,
  async (c) => c.json(wrap(c, await listIndicators(c.env.DB)), 200),
  rejectInvalid(listRoute),
);
