/** GET /api/v1/villages and /api/v1/villages/{code}: Desa Bersinar villages with official codes. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { decodeCursor } from '../../lib/cursor.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { nextLink } from '../../lib/page.ts';
import {
  bboxParam,
  cursorParam,
  districtParam,
  limitParam,
  provinceParam,
  qParam,
  regencyParam,
  statusParam,
  yearParam,
} from '../../lib/params.ts';
import { ProblemError } from '../../lib/problem.ts';
import { problemResponses } from '../../lib/responses.ts';
import { villageCode } from '../../lib/schemas.ts';
import { planVillageList } from './plan.ts';
import { cursorShape, getVillage, listVillages } from './queries.ts';
import { villagesCsv, villagesGeoJson } from './representations.ts';
import { VillageDetailSchema, VillageSchema } from './schemas.ts';

export const villages = new OpenAPIHono<AppEnv>();

const listQuery = z
  .object({
    province: provinceParam.optional(),
    regency: regencyParam.optional(),
    district: districtParam.optional(),
    status: statusParam.optional(),
    year: yearParam.optional(),
    q: qParam.optional(),
    bbox: bboxParam.optional(),
    limit: limitParam,
    cursor: cursorParam.optional(),
    format: z.enum(['json', 'geojson', 'csv']).default('json').openapi({ description: 'Representation' }),
  })
  .strict();

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Desa Bersinar villages: filter by area, status, year, name or bounding box; paginated',
  description:
    'Filters combine (AND). Pages follow `links.next` (also in the `Link` header). `format=geojson` gives a FeatureCollection (points at the best known location), `format=csv` a CSV file.',
  request: { query: listQuery },
  responses: {
    200: {
      description: 'One page of villages',
      content: {
        'application/json': { schema: envelope(z.array(VillageSchema)) },
        'application/geo+json': {
          schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
        },
        'text/csv': { schema: z.string() },
      },
    },
    ...problemResponses,
  },
});

villages.openapi(
  listRoute,
  async (c) => {
    const { limit, cursor, format, ...filter } = c.req.valid('query');
    const plan = planVillageList(filter);
    const page = await listVillages(c.env.DB, plan, limit, cursor ? decodeCursor(cursor, cursorShape(plan)) : null);
    const next = nextLink(c, page.nextKey);
    const body = wrap(c, page.villages, { next });
    if (format === 'geojson') {
      return c.body(JSON.stringify(villagesGeoJson(body)), 200, {
        'Content-Type': 'application/geo+json; charset=utf-8',
      });
    }
    if (format === 'csv') {
      return c.body(villagesCsv(page.villages), 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': 'inline; filename="desa-bersinar.csv"',
      });
    }
    return c.json(body, 200);
  },
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
    const links = {
      regency: `/api/v1/regencies/${village.regency.code}`,
      official: `/api/v1/reference/villages?q=${encodeURIComponent(village.name)}&regency=${village.regency.code}`,
    };
    return c.json(wrap(c, village, links), 200);
  },
  rejectInvalid(oneRoute),
);
