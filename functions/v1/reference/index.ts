/** GET /api/v1/reference/villages: "is my village in the program?" over all official villages. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { decodeCursor } from '../../lib/cursor.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { nextLink } from '../../lib/page.ts';
import { cursorParam, limitParam, qParam, regencyParam } from '../../lib/params.ts';
import { problemResponses } from '../../lib/responses.ts';
import { searchOfficialVillages } from './queries.ts';
import { OfficialVillageSchema } from './schemas.ts';

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
