/** /api/v1: the index (links, data version, license) and every resource mounted under it. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../bindings.ts';
import { envelope, wrap } from '../lib/envelope.ts';
import { rejectInvalid } from '../lib/hook.ts';
import { problemResponses } from '../lib/responses.ts';
import { indicators } from './indicators/index.ts';
import { provinces } from './provinces/index.ts';
import { reference } from './reference/index.ts';
import { regencies } from './regencies/index.ts';
import { stats } from './stats/index.ts';
import { villages } from './villages/index.ts';

export const v1 = new OpenAPIHono<AppEnv>();

const IndexSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    license: z.object({ content: z.string(), reference: z.string() }),
    links: z.record(z.string(), z.string()),
  })
  .openapi('ApiIndex');

const indexRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Links to every resource and the current data version',
  request: { query: z.object({}).strict() },
  responses: {
    200: { description: 'The API index', content: { 'application/json': { schema: envelope(IndexSchema) } } },
    ...problemResponses,
  },
});

v1.openapi(
  indexRoute,
  async (c) =>
    c.json(
      wrap(c, {
        name: 'Atlas Desa Bersinar API v1',
        description:
          'Desa Bersinar (Desa Bersih Narkoba) villages and BNNK yearly results, transcribed from published sources. Every figure carries its source.',
        license: {
          content: 'Figures are facts reported by the cited publishers; cite the source given with each figure.',
          reference: 'Official area codes and names: idn-area-data by Fityan Nugroho, ODbL-1.0.',
        },
        links: {
          openapi: '/api/v1/openapi.json',
          docs: '/data/api/',
          stats: '/api/v1/stats{?province,regency,year}',
          provinces: '/api/v1/provinces',
          province: '/api/v1/provinces/{code}',
          regencies: '/api/v1/regencies{?province}',
          regency: '/api/v1/regencies/{code}',
          report: '/api/v1/regencies/{code}/reports/{year}',
          indicators: '/api/v1/indicators',
          villages: '/api/v1/villages{?province,regency,district,status,year,q,bbox,limit,cursor,format}',
          village: '/api/v1/villages/{code}',
          officialVillages: '/api/v1/reference/villages{?q,regency,limit,cursor}',
        },
      }),
      200,
    ),
  rejectInvalid(indexRoute),
);

v1.route('/stats', stats);
v1.route('/provinces', provinces);
v1.route('/regencies', regencies);
v1.route('/indicators', indicators);
v1.route('/villages', villages);
v1.route('/reference', reference);

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate every request. */
v1.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Atlas Desa Bersinar API',
    version: '1',
    description:
      'Desa Bersinar (Desa Bersih Narkoba) villages and BNNK yearly results. Read-only JSON; errors are RFC 9457 problem+json. Stability: v1 only gains fields and endpoints; anything breaking goes to /api/v2.',
    license: { name: 'Figures: cite the source given with each. Official areas: ODbL-1.0 (idn-area-data)' },
  },
  servers: [{ url: '/api/v1', description: 'This site' }],
});
