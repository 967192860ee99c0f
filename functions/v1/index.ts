/** /api/v1: the index (links, data version, license) and every resource mounted under it. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../bindings.ts';
import { envelope, wrap } from '../lib/envelope.ts';
import { rejectInvalid } from '../lib/hook.ts';
import { problemResponses } from '../lib/responses.ts';
import { regencies } from './regencies/index.ts';
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
      await wrap(c, {
        name: 'Atlas Desa Bersinar API v1',
        description:
          'Desa Bersinar (Desa Bersih Narkoba) villages and BNNK yearly results, transcribed from published sources. Every figure carries its source.',
        license: {
          content: 'Figures are facts reported by the cited publishers; cite the source given with each figure.',
          reference: 'Official area codes and names: idn-area-data (ODbL-1.0).',
        },
        links: {
          regencies: '/api/v1/regencies',
          regency: '/api/v1/regencies/{code}',
          villages: '/api/v1/villages{?regency,status}',
          village: '/api/v1/villages/{code}',
        },
      }),
      200,
    ),
  rejectInvalid(indexRoute),
);

v1.route('/regencies', regencies);
v1.route('/villages', villages);
