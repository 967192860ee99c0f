/** GET /api/v1/reference/villages: "is my village in the program?" over all official villages. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { decodeCursor } from '../../lib/cursor.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { nextLink } from '../../lib/page.ts';
import { cursorParam, limitParam, qParam, regencyParam } from '../../lib/params.ts';
import { ProblemError } from '../../lib/problem.ts';
import { problemResponses } from '../../lib/responses.ts';
import { villageCode } from '../../lib/schemas.ts';
import { getOfficialVillage, searchOfficialVillages } from './queries.ts';
import { OfficialVillageDetailSchema, OfficialVillageSchema } from './schemas.ts';

export const reference = new OpenAPIHono<AppEnv>();

const route = createRoute({
  method: 'get',
  path: '/villages',
  summary: 'Search the official Kemendagri villages by name prefix (idn-area-data, ODbL)',
  request: {
    query: z
      .object({ q: qParam, regency: regencyParam.optional(), limit: limitParam, cursor: cursorParam.optional() })
      .strict(),
  },
  responses: {
    200: {
      description: 'Official villages whose name starts with q, with their place in the program if any',
      content: { 'application/json': { schema: envelope(z.array(OfficialVillageSchema)) } },
    },
    ...problemResponses,
  },
});

reference.openapi(
  route,
  async (c) => {
    const { q, regency, limit, cursor } = c.req.valid('query');
    const after = cursor ? (decodeCursor(cursor, ['string', 'string']) as string[]) : null;
    const page = await searchOfficialVillages(c.env.DB, q, regency, limit, after);
    const next = nextLink(c, page.nextKey);
    return c.json(wrap(c, page.villages, { next, license: 'https://opendatacommons.org/licenses/odbl/1-0/' }), 200);
  },
  rejectInvalid(route),
);

const oneRoute = createRoute({
  method: 'get',
  path: '/villages/{code}',
  summary:
    'One official village: where it is, its place in the program, its BNNK office and the nearest Desa Bersinar villages',
  request: { params: z.object({ code: villageCode }), query: z.object({}).strict() },
  responses: {
    200: {
      description: 'The official village (any of the 83,762), in the program or not',
      content: { 'application/json': { schema: envelope(OfficialVillageDetailSchema) } },
    },
    ...problemResponses,
  },
});

reference.openapi(
  oneRoute,
  async (c) => {
    const { code } = c.req.valid('param');
    const { village } = await getOfficialVillage(c.env.DB, code);
    if (!village) throw new ProblemError(404, 'not-found', `${code} is not an official Kemendagri village code.`);
    const { program, nearest, regency, ...rest } = village;
    const data = {
      ...rest,
      regency: { code: regency.code, name: regency.name },
      program: program && { status: program.status, year: program.year, yearBefore: program.yearBefore },
      nearest: nearest.map((n) => ({ ...n, regency: n.regency.name })),
    };
    const links = {
      page: `/desa/${code}/`,
      ...(program ? { village: `/api/v1/villages/${code}` } : {}),
      ...(regency.slug ? { regency: `/api/v1/regencies/${regency.code}` } : {}),
    };
    return c.json(wrap(c, data, { ...links, license: 'https://opendatacommons.org/licenses/odbl/1-0/' }), 200);
  },
  rejectInvalid(oneRoute),
);
