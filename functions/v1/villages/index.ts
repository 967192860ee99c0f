/** GET /api/v1/villages and /api/v1/villages/{code}: Desa Bersinar villages with official codes. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { ProblemError } from '../../lib/problem.ts';
import { problemResponses } from '../../lib/responses.ts';
import { regencyCode, VILLAGE_STATUSES, villageCode } from '../../lib/schemas.ts';
import { getVillage, listVillages } from './queries.ts';
import { VillageDetailSchema, VillageSchema } from './schemas.ts';

export const villages = new OpenAPIHono<AppEnv>();

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Desa Bersinar villages, filtered by regency and status',
  request: {
    query: z
      .object({
        regency: regencyCode.optional(),
        status: z.enum(VILLAGE_STATUSES).optional().openapi({ example: 'formed' }),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'Villages ordered by code',
      content: { 'application/json': { schema: envelope(z.array(VillageSchema)) } },
    },
    ...problemResponses,
  },
});

villages.openapi(
  listRoute,
  async (c) => c.json(await wrap(c, await listVillages(c.env.DB, c.req.valid('query'))), 200),
  rejectInvalid(listRoute),
);

const oneRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'One Desa Bersinar village',
  request: { params: z.object({ code: villageCode }), query: z.object({}).strict() },
  responses: {
    200: {
      description: 'The village with its sources and description',
      content: { 'application/json': { schema: envelope(VillageDetailSchema) } },
    },
    ...problemResponses,
  },
});

villages.openapi(
  oneRoute,
  async (c) => {
    const { code } = c.req.valid('param');
    const village = await getVillage(c.env.DB, code);
    if (!village)
      throw new ProblemError(404, 'not-found', `Village ${code} is not a Desa Bersinar village in the atlas.`);
    return c.json(await wrap(c, village, { regency: `/api/v1/regencies/${village.regency.code}` }), 200);
  },
  rejectInvalid(oneRoute),
);
