/** GET /api/v1/regencies[/{code}[/reports/{year}]]: regencies in the program, with reports and figures. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../bindings.ts';
import { envelope, wrap } from '../../lib/envelope.ts';
import { rejectInvalid } from '../../lib/hook.ts';
import { provinceParam, regencyParam, yearParam } from '../../lib/params.ts';
import { ProblemError } from '../../lib/problem.ts';
import { problemResponses } from '../../lib/responses.ts';
import { getRegency, listRegencies } from './queries.ts';
import { RegencyDetailSchema, RegencySummarySchema, ReportSchema } from './schemas.ts';

export const regencies = new OpenAPIHono<AppEnv>();

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Regencies in the Desa Bersinar atlas, optionally within one province',
  request: { query: z.object({ province: provinceParam.optional() }).strict() },
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
  async (c) => c.json(wrap(c, await listRegencies(c.env.DB, c.req.valid('query').province)), 200),
  rejectInvalid(listRoute),
);

const oneRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'One regency with every yearly report, figure and source',
  request: { params: z.object({ code: regencyParam }), query: z.object({}).strict() },
  responses: {
    200: {
      description: 'The regency profile and its reports (figures as target vs realization)',
      content: { 'application/json': { schema: envelope(RegencyDetailSchema) } },
    },
    ...problemResponses,
  },
});

const notInAtlas = (code: string) => new ProblemError(404, 'not-found', `Regency ${code} has no content in the atlas.`);

regencies.openapi(
  oneRoute,
  async (c) => {
    const { code } = c.req.valid('param');
    const regency = await getRegency(c.env.DB, code);
    if (!regency) throw notInAtlas(code);
    return c.json(
      wrap(c, regency, { villages: `/api/v1/villages?regency=${code}`, stats: `/api/v1/stats?regency=${code}` }),
      200,
    );
  },
  rejectInvalid(oneRoute),
);

const reportRoute = createRoute({
  method: 'get',
  path: '/{code}/reports/{year}',
  summary: 'One yearly report of a regency',
  request: { params: z.object({ code: regencyParam, year: yearParam }), query: z.object({}).strict() },
  responses: {
    200: {
      description: 'The report with every figure and its source',
      content: { 'application/json': { schema: envelope(ReportSchema) } },
    },
    ...problemResponses,
  },
});

regencies.openapi(
  reportRoute,
  async (c) => {
    const { code, year } = c.req.valid('param');
    const regency = await getRegency(c.env.DB, code, year);
    if (!regency) throw notInAtlas(code);
    const report = regency.reports[0];
    if (!report) {
      const years = regency.reportYears.join(', ') || 'none';
      throw new ProblemError(404, 'not-found', `Regency ${code} has no report for ${year} (reports: ${years}).`);
    }
    return c.json(wrap(c, report, { regency: `/api/v1/regencies/${code}` }), 200);
  },
  rejectInvalid(reportRoute),
);
